package org.creditgraph.api.limits;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import java.util.List;

/**
 * The sanction checks a request asks for, counted before execution over the whole document: the
 * subjects of every {@code sanctionChecks} and one for every {@code sanctionCheck}, aliases and
 * fragment spreads included, with the request's variables. Over {@code creditgraph.limits.maxBatch}
 * the request gets QUERY_TOO_COMPLEX ({@code cost}, {@code limit}) and nothing runs; otherwise the
 * count is kept in the request's {@link GraphQLContext}, where the checks read it to take the batch
 * bulkhead and timeout for the request as a whole rather than for each alias.
 */
public final class CheckBudget extends SimplePerformantInstrumentation {

    private static final String CHECKS = CheckBudget.class.getName() + ".checks";

    private final int maxChecks;

    CheckBudget(int maxChecks) {
        this.maxChecks = maxChecks;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        long checks = count(execution);
        if (checks > maxChecks) {
            throw QueryLimits.tooComplex(
                    "the request asks for " + checks + " sanction checks, over the limit of " + maxChecks
                            + " per request (the subjects of all sanctionChecks plus every sanctionCheck)",
                    "checks",
                    (int) Math.min(Integer.MAX_VALUE, checks),
                    maxChecks);
        }
        execution.getGraphQLContext().put(CHECKS, (int) checks);
        return super.beginExecuteOperation(parameters, state);
    }

    /** The request's check count, or 0 when no budget was taken (a check called outside GraphQL). */
    public static int checks(GraphQLContext context) {
        Integer checks = context.get(CHECKS);
        return checks == null ? 0 : checks;
    }

    static long count(ExecutionContext execution) {
        return RootFields.sum(execution, CheckBudget::checksOf);
    }

    private static long checksOf(QueryVisitorFieldEnvironment field) {
        return switch (field.getFieldDefinition().getName()) {
            case "sanctionCheck" -> 1;
            case "sanctionChecks" ->
                field.getArguments().get("subjects") instanceof List<?> subjects ? subjects.size() : 0;
            default -> 0;
        };
    }
}
