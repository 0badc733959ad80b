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
 * The names a request asks to match, counted before execution over the whole document: the
 * {@code names} of every {@code matchMany}, aliases and fragment spreads included, with the
 * request's variables. Over {@link #MAX_NAMES} the request gets QUERY_TOO_COMPLEX (budget
 * {@code names}, {@code cost}, {@code limit}) and nothing runs, so aliases cannot multiply a batch.
 * Each name also weighs {@link #NAME_WEIGHT} in the request's complexity ({@link QueryLimits}); the
 * count is kept in the request's context, where matchMany reads it to take the batch bulkhead and
 * timeout for the request as a whole.
 */
public final class MatchBudget extends SimplePerformantInstrumentation {

    public static final int MAX_NAMES = 1000;

    /** A name's full-text search and scoring weigh ten plain list elements in the complexity. */
    public static final int NAME_WEIGHT = 10;

    static final String FIELD = "matchMany";
    private static final String NAMES = MatchBudget.class.getName() + ".names";
    static final String ARGUMENT = "names";

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        long names = count(parameters.getExecutionContext());
        if (names > MAX_NAMES) {
            throw QueryLimits.tooComplex(
                    "the request asks to match " + names + " names, over the limit of " + MAX_NAMES
                            + " per request (the names of all matchMany fields, aliases included)",
                    "names",
                    (int) Math.min(Integer.MAX_VALUE, names),
                    MAX_NAMES);
        }
        parameters.getExecutionContext().getGraphQLContext().put(NAMES, (int) names);
        return super.beginExecuteOperation(parameters, state);
    }

    /** The request's name count (all aliases), or 0 when no budget was taken. */
    public static int names(GraphQLContext context) {
        Integer names = context.get(NAMES);
        return names == null ? 0 : names;
    }

    static long count(ExecutionContext execution) {
        return RootFields.sum(execution, MatchBudget::namesOf);
    }

    private static long namesOf(QueryVisitorFieldEnvironment field) {
        if (!field.getFieldDefinition().getName().equals(FIELD)) {
            return 0;
        }
        return field.getArguments().get(ARGUMENT) instanceof List<?> names ? names.size() : 0;
    }
}
