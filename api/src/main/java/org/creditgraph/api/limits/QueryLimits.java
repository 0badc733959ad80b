package org.creditgraph.api.limits;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.model.store.PageRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Depth and complexity limits, checked before execution: a query over either gets
 * QUERY_TOO_COMPLEX and touches no data. Complexity estimates the result size: every field counts
 * one, multiplied by the page size of each connection around it.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(LimitsProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxQueryDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return tooComplex("query depth " + depth + " is over the limit of " + maxDepth, "depth", depth);
            }
        };
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(LimitsProperties limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxQueryComplexity(), pageSized()) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return tooComplex(
                        "query complexity " + complexity + " is over the limit of " + maxComplexity
                                + "; ask for smaller pages (first) or fewer nested connections",
                        "complexity",
                        complexity);
            }
        };
    }

    static FieldComplexityCalculator pageSized() {
        return (env, childComplexity) -> {
            int fields = 1 + childComplexity;
            if (env.getFieldDefinition().getArgument("first") == null) {
                return fields;
            }
            Object first = env.getArguments().get("first");
            int size = first instanceof Integer n
                    ? Math.min(Math.max(n, 0), PageRequest.MAX_SIZE)
                    : PageRequest.DEFAULT_SIZE;
            return (int) Math.min(Integer.MAX_VALUE / 2, (long) fields * Math.max(size, 1));
        };
    }

    private static AbortExecutionException tooComplex(String message, String measure, int value) {
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(ErrorClassification.errorClassification(ErrorCode.QUERY_TOO_COMPLEX.name()))
                .extensions(Map.of("code", ErrorCode.QUERY_TOO_COMPLEX.name(), measure, value))
                .build();
        return new AbortExecutionException(List.of(error));
    }
}
