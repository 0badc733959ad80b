package org.creditgraph.api.limits;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import io.github.resilience4j.bulkhead.Bulkhead;
import java.util.Map;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.resilience.DatabaseGuard;
import org.creditgraph.api.security.Callers;

/**
 * What a request costs, computed once before execution from the whole document with graphql-java's
 * {@link QueryComplexityCalculator} and {@link QueryLimits#costed()}, and the three limits that
 * hang on it:
 *
 * <ol>
 *   <li>per request: over {@code creditgraph.limits.max-query-complexity} the request gets
 *       QUERY_TOO_COMPLEX ({@code cost}, {@code limit}) and nothing runs;
 *   <li>per caller and second: the cost is spent from the caller's cost budget ({@link
 *       CallerLimits#spend}), so a caller allowed 200 requests a second cannot make all of them
 *       wide pages; over it, RATE_LIMITED with {@code retryAfterSeconds};
 *   <li>per instance: a request costing {@code creditgraph.resilience.expensive.cost} or more (and
 *       not a large batch check, which has its own bulkhead) runs only with a permit of the
 *       {@code expensive-reads} bulkhead, so that however many addresses send wide pages, cheap
 *       requests such as a single check keep the rest of the machine. No permit within the wait:
 *       UNAVAILABLE with {@code retryAfterSeconds}.
 * </ol>
 *
 * The cost stays in the request's context: a cheap request that still runs past its time limit
 * was slowed by others, and is told UNAVAILABLE rather than QUERY_TOO_COMPLEX ({@link #isExpensive}).
 */
public final class RequestCost extends SimplePerformantInstrumentation {

    /** The GraphQL context key of the request's cost. */
    public static final String COST = RequestCost.class.getName() + ".cost";

    private final int maxComplexity;
    private final int expensiveCost;
    private final int batchThreshold;
    private final CallerLimits callers;
    private final DatabaseGuard guard;

    public RequestCost(
            int maxComplexity, int expensiveCost, int batchThreshold, CallerLimits callers, DatabaseGuard guard) {
        this.maxComplexity = maxComplexity;
        this.expensiveCost = expensiveCost;
        this.batchThreshold = batchThreshold;
        this.callers = callers;
        this.guard = guard;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        int cost = cost(execution);
        if (cost > maxComplexity) {
            throw QueryLimits.tooComplex(
                    "query complexity " + cost + " is over the limit of " + maxComplexity
                            + "; ask for fewer fields, aliases or subjects, smaller pages (first) or fewer"
                            + " nested connections",
                    "complexity",
                    cost,
                    maxComplexity);
        }
        GraphQLContext context = execution.getGraphQLContext();
        context.put(COST, cost);
        CallerLimits.Quota budget = callers.spend(Callers.of(context), CallerLimits.addressOf(context), cost);
        if (!budget.allowed()) {
            throw QueryLimits.refusal(
                    ErrorCode.RATE_LIMITED,
                    "this " + (Callers.of(context).isPublic() ? "client" : "key") + " has spent its cost budget of "
                            + budget.limit() + " per second (this request costs " + cost + "); retry after "
                            + budget.resetSeconds() + " second",
                    Map.of("cost", cost, "limit", budget.limit(), "retryAfterSeconds", budget.resetSeconds()));
        }
        if (cost < expensiveCost || CheckBudget.count(execution) > batchThreshold) {
            return super.beginExecuteOperation(parameters, state);
        }
        Bulkhead lane = guard.expensiveReads();
        if (!lane.tryAcquirePermission()) {
            throw QueryLimits.refusal(
                    ErrorCode.UNAVAILABLE,
                    "the server is busy with other large requests (this one costs " + cost
                            + "); retry after 1 second, or ask for smaller pages",
                    Map.of("cost", cost, "retryAfterSeconds", 1));
        }
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> lane.onComplete());
    }

    /** The request's cost, or 0 outside a GraphQL request. */
    public static int of(GraphQLContext context) {
        Integer cost = context == null ? null : context.get(COST);
        return cost == null ? 0 : cost;
    }

    /** Whether the request was expensive by its own cost, so that running past the time limit is its own doing. */
    public boolean isExpensive(GraphQLContext context) {
        return of(context) >= expensiveCost;
    }

    static int cost(ExecutionContext execution) {
        return QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator(QueryLimits.costed())
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getOperationDefinition().getName())
                .variables(execution.getCoercedVariables())
                .build()
                .calculate();
    }
}
