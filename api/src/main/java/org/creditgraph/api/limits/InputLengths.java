package org.creditgraph.api.limits;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.Scalars;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.graphql.ErrorCode;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code @maxLength(n)} of the schema, enforced for every String and ID argument and input
 * field (list elements and nested input objects included) on the coerced values, after validation
 * and before any data fetcher runs: a longer value aborts the operation with BAD_USER_INPUT naming
 * the argument and the limit. The value itself is never echoed: it may hold a resident ID number
 * (D12). A String or ID the schema leaves without the directive gets {@link #UNDECLARED}.
 */
@Component
@Order(0)
public class InputLengths extends SimplePerformantInstrumentation {

    public static final String DIRECTIVE = "maxLength";
    static final int UNDECLARED = 200;

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getOperationDefinition().getName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment env) {
                        if (env.isTypeNameIntrospectionField()) {
                            return;
                        }
                        String field = env.getFieldDefinition().getName();
                        for (GraphQLArgument argument : env.getFieldDefinition().getArguments()) {
                            check(
                                    env.getArguments().get(argument.getName()),
                                    argument.getType(),
                                    limit(argument),
                                    field + "." + argument.getName());
                        }
                    }
                });
        return super.beginExecuteOperation(parameters, state);
    }

    /** The declared limit of an argument or input field. */
    public static int limit(GraphQLDirectiveContainer element) {
        GraphQLAppliedDirective directive = element.getAppliedDirective(DIRECTIVE);
        if (directive == null || directive.getArgument("n") == null) {
            return UNDECLARED;
        }
        Object n = directive.getArgument("n").getValue();
        return n instanceof Number number ? number.intValue() : UNDECLARED;
    }

    public static boolean isText(GraphQLType type) {
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(type);
        return unwrapped instanceof GraphQLNamedType named
                && (named.getName().equals(Scalars.GraphQLString.getName())
                        || named.getName().equals(Scalars.GraphQLID.getName()));
    }

    private static void check(Object value, GraphQLInputType type, int limit, String where) {
        if (value == null) {
            return;
        }
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        switch (bare) {
            case GraphQLList list
            when value instanceof List<?> elements -> {
                for (int i = 0; i < elements.size(); i++) {
                    check(elements.get(i), (GraphQLInputType) list.getWrappedType(), limit, where + "[" + i + "]");
                }
            }
            case GraphQLInputObjectType object
            when value instanceof Map<?, ?> fields -> {
                for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                    check(fields.get(field.getName()), field.getType(), limit(field), where + "." + field.getName());
                }
            }
            default -> {
                if (isText(bare) && value instanceof String text && text.codePointCount(0, text.length()) > limit) {
                    throw tooLong(where, limit);
                }
            }
        }
    }

    private static AbortExecutionException tooLong(String where, int limit) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", ErrorCode.BAD_USER_INPUT.name());
        extensions.put("argument", where);
        extensions.put("maxLength", limit);
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message(where + " is longer than its limit of " + limit + " characters")
                .errorType(ErrorClassification.errorClassification(ErrorCode.BAD_USER_INPUT.name()))
                .extensions(extensions)
                .build();
        return new AbortExecutionException(List.of(error));
    }
}
