package org.creditgraph.api.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.creditgraph.model.store.Cursor;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Turns every exception into a GraphQL error with a contract §2 code. Unexpected ones become
 * INTERNAL with an incident id; their details go to the log only (no stack trace or Cypher leaks).
 */
@Component
public class ErrorResolver extends DataFetcherExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(ErrorResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        return switch (ex) {
            case ApiException api -> error(env, api.code(), api.getMessage(), api.extensions());
            case Cursor.InvalidCursorException cursor ->
                error(env, ErrorCode.BAD_USER_INPUT, cursor.getMessage(), Map.of());
            case IllegalArgumentException bad -> error(env, ErrorCode.BAD_USER_INPUT, bad.getMessage(), Map.of());
            case ServiceUnavailableException down -> unavailable(env);
            case SessionExpiredException expired -> unavailable(env);
            default -> {
                String incident = UUID.randomUUID().toString();
                log.error(
                        "incident {} in {}",
                        incident,
                        env.getExecutionStepInfo().getPath(),
                        ex);
                yield error(env, ErrorCode.INTERNAL, "internal error (incident " + incident + ")", Map.of());
            }
        };
    }

    private static GraphQLError unavailable(DataFetchingEnvironment env) {
        return error(env, ErrorCode.UNAVAILABLE, "the database is unavailable; retry later", Map.of());
    }

    static GraphQLError error(DataFetchingEnvironment env, ErrorCode code, String message, Map<String, Object> extra) {
        Map<String, Object> extensions = new LinkedHashMap<>(extra);
        extensions.put("code", code.name());
        return GraphqlErrorBuilder.newError(env)
                .message(message)
                .errorType(ErrorClassification.errorClassification(code.name()))
                .extensions(extensions)
                .build();
    }
}
