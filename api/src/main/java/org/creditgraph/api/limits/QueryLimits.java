package org.creditgraph.api.limits;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.resilience.DatabaseGuard;
import org.creditgraph.api.resilience.ResilienceProperties;
import org.creditgraph.model.store.PageRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Depth, complexity and check budgets of a request, computed before execution from the whole
 * document (every field, every alias, every fragment spread, with the request's variables): a
 * request over any of them gets QUERY_TOO_COMPLEX and touches no data.
 *
 * <p>Complexity estimates the work and the result size: every field counts one, multiplied by the
 * page size of each connection around it; every element of a list argument counts one (the
 * {@code subjects} of {@code sanctionChecks}), a name of {@code matchMany}
 * {@link MatchBudget#NAME_WEIGHT}; every root field other than introspection adds
 * {@link #ROOT_FIELD_WEIGHT}, since each starts database work of its own.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    /**
     * What a root field adds to the complexity. At the default limit of 50,000 a request may hold a
     * few hundred root fields (aliases included), enough for any screen, while 900 aliased checks in
     * one request are refused.
     */
    static final int ROOT_FIELD_WEIGHT = 100;

    @Bean
    @Order(0)
    MaxQueryDepthInstrumentation maxQueryDepth(LimitsProperties limits) {
        return new MaxQueryDepthInstrumentation(limits.maxQueryDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return tooComplex(
                        "query depth " + depth + " is over the limit of " + maxDepth, "depth", depth, maxDepth);
            }
        };
    }

    /**
     * Runs after the depth limit and the check and name budgets, so that a request they refuse is
     * told so rather than waiting for the expensive lane.
     */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    RequestCost requestCost(
            LimitsProperties limits, ResilienceProperties resilience, CallerLimits callers, DatabaseGuard guard) {
        return new RequestCost(
                limits.maxQueryComplexity(),
                resilience.expensive().cost(),
                resilience.batch().threshold(),
                callers,
                guard);
    }

    @Bean
    @Order(0)
    MatchBudget matchBudget() {
        return new MatchBudget();
    }

    @Bean
    @Order(0)
    CheckBudget checkBudget(LimitsProperties limits) {
        return new CheckBudget(limits.maxBatch());
    }

    /**
     * A batch's subjects are added to its cost, not multiplied with its selection: the check budget
     * ({@link CheckBudget}) bounds the answers, and a 10,000-subject batch keeps its full selection.
     */
    static FieldComplexityCalculator costed() {
        return (env, childComplexity) -> {
            long cost = 1L + childComplexity;
            if (env.getFieldDefinition().getArgument("first") != null) {
                Object first = env.getArguments().get("first");
                int size = first instanceof Integer n
                        ? Math.min(Math.max(n, 0), PageRequest.MAX_SIZE)
                        : PageRequest.DEFAULT_SIZE;
                cost *= Math.max(size, 1);
            }
            cost += listElements(env.getArguments().values());
            if (env.getFieldDefinition().getName().equals(MatchBudget.FIELD)
                    && env.getArguments().get(MatchBudget.ARGUMENT) instanceof Collection<?> names) {
                cost += (long) (MatchBudget.NAME_WEIGHT - 1) * names.size();
            }
            if (env.getParentEnvironment() == null && !env.getField().getName().startsWith("__")) {
                cost += ROOT_FIELD_WEIGHT;
            }
            return (int) Math.min(Integer.MAX_VALUE / 2, cost);
        };
    }

    /** Elements of every list in the argument values, input objects included. */
    private static long listElements(Collection<?> values) {
        long count = 0;
        for (Object value : values) {
            if (value instanceof Collection<?> list) {
                count += list.size() + listElements(list);
            } else if (value instanceof Map<?, ?> object) {
                count += listElements(object.values());
            }
        }
        return count;
    }

    static AbortExecutionException tooComplex(String message, String budget, int cost, int limit) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("budget", budget);
        extensions.put("cost", cost);
        extensions.put("limit", limit);
        return refusal(ErrorCode.QUERY_TOO_COMPLEX, message, extensions);
    }

    /** A refusal before execution: the whole request fails with this coded error and nothing runs. */
    static AbortExecutionException refusal(ErrorCode code, String message, Map<String, Object> extra) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code.name());
        extensions.putAll(extra);
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(ErrorClassification.errorClassification(code.name()))
                .extensions(extensions)
                .build();
        return new AbortExecutionException(List.of(error));
    }
}
