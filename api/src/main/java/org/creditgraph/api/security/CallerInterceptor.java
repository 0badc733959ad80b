package org.creditgraph.api.security;

import java.util.Map;
import java.util.Optional;
import org.creditgraph.model.Viewer;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the authenticated caller into the GraphQL context, where {@link Callers} finds it. Over
 * WebSocket (subscriptions, graphql-transport-ws) the caller is fixed when the connection opens:
 * an {@code X-API-Key} in the {@code connection_init} payload, else in the upgrade request's
 * headers, else the caller the HTTP filters authenticated for the upgrade request; an unknown key
 * closes the connection.
 */
@Component
class CallerInterceptor implements WebSocketGraphQlInterceptor {

    private static final String SESSION_VIEWER = CallerInterceptor.class.getName() + ".viewer";

    private final ApiKeys keys;

    CallerInterceptor(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Viewer viewer = request instanceof WebSocketGraphQlRequest ws
                        && ws.getSessionInfo().getAttributes().get(SESSION_VIEWER) instanceof Viewer v
                ? v
                : Callers.authenticated();
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of(Callers.CONTEXT_KEY, viewer)).build());
        return chain.next(request);
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
        Object fromPayload = payload == null ? null : payload.get(ApiKeyFilter.HEADER);
        String key = fromPayload instanceof String s ? s : info.getHeaders().getFirst(ApiKeyFilter.HEADER);
        Viewer viewer;
        if (key != null) {
            Optional<Viewer> known = key.isBlank() ? Optional.empty() : keys.lookup(key);
            if (known.isEmpty()) {
                return Mono.error(new IllegalArgumentException("unknown API key"));
            }
            viewer = known.get();
        } else {
            viewer = Callers.authenticated();
        }
        info.getAttributes().put(SESSION_VIEWER, viewer);
        return Mono.empty();
    }
}
