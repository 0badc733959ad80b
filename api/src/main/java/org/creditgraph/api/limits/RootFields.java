package org.creditgraph.api.limits;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.ExecutionContext;
import java.util.function.ToLongFunction;

/**
 * The root fields of a request's operation, walked before execution with graphql-java's own
 * traverser (aliases and fragment spreads included, variables coerced), for the per-request budgets.
 */
final class RootFields {

    private RootFields() {}

    /** The sum of {@code weight} over the operation's root fields other than {@code __typename}. */
    static long sum(ExecutionContext execution, ToLongFunction<QueryVisitorFieldEnvironment> weight) {
        return QueryTraverser.newQueryTraverser()
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getOperationDefinition().getName())
                .coercedVariables(execution.getCoercedVariables())
                .build()
                .reducePreOrder(
                        (field, total) -> field.getParentEnvironment() != null || field.isTypeNameIntrospectionField()
                                ? total
                                : total + weight.applyAsLong(field),
                        0L);
    }
}
