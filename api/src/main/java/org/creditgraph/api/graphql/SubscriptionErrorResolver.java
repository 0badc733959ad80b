package org.creditgraph.api.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.creditgraph.api.resilience.DatabaseFailures;
import org.creditgraph.model.store.Cursor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

/**
 * Contract §2 codes for subscriptions. A subscription's controller method runs when the stream is
 * subscribed to, so a refusal there ({@code watchlistEvents} of another caller's watchlist:
 * FORBIDDEN) ends the stream instead of passing through {@link ErrorResolver}; it reaches the
 * client as the graphql-transport-ws {@code error} message. Same codes as {@link ErrorResolver};
 * anything unexpected is INTERNAL with an incident id, its details in the log only.
 */
@Component
class SubscriptionErrorResolver extends SubscriptionExceptionResolverAdapter {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionErrorResolver.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex) {
        return switch (ex) {
            case ApiException api -> error(api.code(), api.getMessage(), api.extensions());
            case Cursor.InvalidCursorException cursor -> error(ErrorCode.BAD_USER_INPUT, cursor.getMessage(), Map.of());
            case IllegalArgumentException bad -> error(ErrorCode.BAD_USER_INPUT, bad.getMessage(), Map.of());
            case CallNotPermittedException open ->
                error(ErrorCode.UNAVAILABLE, "the database is unavailable; retry later", Map.of());
            case Throwable down
            when DatabaseFailures.isOutage(down) ->
                error(ErrorCode.UNAVAILABLE, "the database is unavailable; retry later", Map.of());
            default -> {
                String incident = UUID.randomUUID().toString();
                log.error("incident {} in a subscription", incident, ex);
                yield error(ErrorCode.INTERNAL, "internal error (incident " + incident + ")", Map.of());
            }
        };
    }

    private static GraphQLError error(ErrorCode code, String message, Map<String, Object> extra) {
        Map<String, Object> extensions = new LinkedHashMap<>(extra);
        extensions.put("code", code.name());
        return GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(ErrorClassification.errorClassification(code.name()))
                .extensions(extensions)
                .build();
    }
}
