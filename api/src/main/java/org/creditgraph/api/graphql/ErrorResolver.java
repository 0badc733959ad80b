package org.creditgraph.api.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.creditgraph.api.limits.RequestCost;
import org.creditgraph.api.resilience.DatabaseFailures;
import org.creditgraph.api.resilience.DatabaseGuard;
import org.creditgraph.model.store.Cursor;
import org.neo4j.driver.exceptions.Neo4jException;
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

    private final DatabaseGuard guard;
    private final RequestCost cost;

    public ErrorResolver(DatabaseGuard guard, RequestCost cost) {
        this.guard = guard;
        this.cost = cost;
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        return switch (ex) {
            case ApiException api -> error(env, api.code(), api.getMessage(), api.extensions());
            case Cursor.InvalidCursorException cursor ->
                error(env, ErrorCode.BAD_USER_INPUT, cursor.getMessage(), Map.of());
            case IllegalArgumentException bad -> error(env, ErrorCode.BAD_USER_INPUT, bad.getMessage(), Map.of());
            case CallNotPermittedException open ->
                error(
                        env,
                        ErrorCode.UNAVAILABLE,
                        "the database is unavailable; retry later",
                        Map.of("retryAfterSeconds", guard.retryAfterSeconds()));
            case BulkheadFullException full ->
                error(
                        env,
                        ErrorCode.UNAVAILABLE,
                        "too many batch checks in progress; retry later",
                        Map.of("retryAfterSeconds", 1));
            case Neo4jException down when DatabaseFailures.isOutage(down) -> unavailable(env);
            case Neo4jException slow
            when DatabaseFailures.ranPastTimeLimit(slow) && cost.isExpensive(env.getGraphQlContext()) -> {
                log.info(
                        "query past its time limit in {}: {}",
                        env.getExecutionStepInfo().getPath(),
                        slow.getMessage());
                yield error(env, ErrorCode.QUERY_TOO_COMPLEX, "the query ran past the time limit; narrow it", Map.of());
            }
            // A cheap request past its time limit waited for others: not the caller's doing.
            case Neo4jException slowed
            when DatabaseFailures.ranPastTimeLimit(slowed) -> {
                log.warn(
                        "cheap query past its time limit in {}: {}",
                        env.getExecutionStepInfo().getPath(),
                        slowed.getMessage());
                yield error(
                        env,
                        ErrorCode.UNAVAILABLE,
                        "the database is busy and did not answer in time; retry later",
                        Map.of("retryAfterSeconds", 1));
            }
            case Neo4jException busy
            when DatabaseFailures.isTimeout(busy) -> {
                log.warn(
                        "database timeout in {}: {}", env.getExecutionStepInfo().getPath(), busy.getMessage());
                yield error(env, ErrorCode.UNAVAILABLE, "the database did not answer in time; retry later", Map.of());
            }
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
