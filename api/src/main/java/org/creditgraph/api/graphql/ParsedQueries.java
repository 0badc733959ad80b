package org.creditgraph.api.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Issue 8: parsed and validated GraphQL documents, kept by query text, so that the same query with
 * other variables (a check client's one query) skips parsing and validation, about 5% of a
 * check's CPU. Documents with errors are not kept (their messages may depend on the request), nor
 * long ones (a batch written out inline). Depth and complexity limits still apply: graphql-java
 * checks them when the operation executes. Per instance; it only saves work.
 */
@Configuration(proxyBeanMethods = false)
public class ParsedQueries implements PreparsedDocumentProvider {

    static final int MAX_ENTRIES = 500;
    static final int MAX_QUERY_CHARS = 8_000;

    private final Map<String, PreparsedDocumentEntry> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    @Bean
    GraphQlSourceBuilderCustomizer parsedQueryCache() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry entry;
        synchronized (entries) {
            entry = entries.get(query);
        }
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors() && query.length() <= MAX_QUERY_CHARS) {
                synchronized (entries) {
                    entries.put(query, entry);
                }
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
