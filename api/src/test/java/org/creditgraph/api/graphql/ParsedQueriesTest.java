package org.creditgraph.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Issue 8: a query text is parsed and validated once; failures and long texts every time. */
class ParsedQueriesTest {

    final ParsedQueries cache = new ParsedQueries();
    final AtomicInteger parsed = new AtomicInteger();

    PreparsedDocumentEntry get(String query, Function<ExecutionInput, PreparsedDocumentEntry> parse) {
        return cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), input -> {
                    parsed.incrementAndGet();
                    return parse.apply(input);
                })
                .join();
    }

    static PreparsedDocumentEntry valid(ExecutionInput input) {
        return new PreparsedDocumentEntry(Document.newDocument().build());
    }

    @Test
    void theSameQueryTextIsParsedOnceWhateverItsVariables() {
        PreparsedDocumentEntry first = get("{ a }", ParsedQueriesTest::valid);
        PreparsedDocumentEntry second = get("{ a }", ParsedQueriesTest::valid);
        assertThat(second).isSameAs(first);
        assertThat(parsed).hasValue(1);
        get("{ b }", ParsedQueriesTest::valid);
        assertThat(parsed).hasValue(2);
    }

    @Test
    void documentsWithErrorsAndLongTextsAreNotKept() {
        var invalid = new PreparsedDocumentEntry(
                GraphqlErrorBuilder.newError().message("bad").build());
        get("{ bad }", input -> invalid);
        get("{ bad }", input -> invalid);
        String longQuery = "{ a }" + " ".repeat(ParsedQueries.MAX_QUERY_CHARS);
        get(longQuery, ParsedQueriesTest::valid);
        get(longQuery, ParsedQueriesTest::valid);
        assertThat(parsed).hasValue(4);
        assertThat(cache.size()).isZero();
    }

    @Test
    void atMostMaxEntriesAreKept() {
        for (int i = 0; i <= ParsedQueries.MAX_ENTRIES; i++) {
            get("{ a" + i + " }", ParsedQueriesTest::valid);
        }
        assertThat(cache.size()).isEqualTo(ParsedQueries.MAX_ENTRIES);
    }
}
