package org.creditgraph.api.security;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.limits.CallerLimits;
import org.creditgraph.model.Viewer;
import org.springframework.graphql.execution.SubscriptionPublisherException;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Puts the authenticated caller into the GraphQL context, where {@link Callers} finds it. Over
 * WebSocket (subscriptions, graphql-transport-ws) the caller is fixed when the connection opens:
 * an {@code X-API-Key} in the {@code connection_init} payload, else in the upgrade request's
 * headers, else the caller the HTTP filters authenticated for the upgrade request. Each operation
 * on the socket takes a permit from the caller's rate limit ({@link CallerLimits}), as an HTTP
 * request does. An unknown key counts as a failed authentication of the client's IP; the
 * connection is acknowledged, but every operation on it is answered with an {@code error} message
 * coded UNAUTHENTICATED, since the protocol's refusal of {@code connection_init} (close 4401)
 * carries no code.
 */
@Component
class CallerInterceptor implements WebSocketGraphQlInterceptor {

    private static final String SESSION_VIEWER = CallerInterceptor.class.getName() + ".viewer";
    private static final String SESSION_REFUSAL = CallerInterceptor.class.getName() + ".refusal";

    private final ApiKeys keys;
    private final CallerLimits limits;

    CallerInterceptor(ApiKeys keys, CallerLimits limits) {
        this.keys = keys;
        this.limits = limits;
    }

    private record Refusal(ErrorCode code, String message) {}

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Viewer viewer = Callers.authenticated();
        String client = request.getAttributes().get(CallerLimits.ADDRESS) instanceof String a ? a : null;
        if (request instanceof WebSocketGraphQlRequest ws) {
            client = address(ws.getSessionInfo());
            Map<String, Object> session = ws.getSessionInfo().getAttributes();
            if (session.get(SESSION_REFUSAL) instanceof Refusal refusal) {
                return refuse(request, refusal);
            }
            if (session.get(SESSION_VIEWER) instanceof Viewer v) {
                viewer = v;
            }
            CallerLimits.Quota quota = limits.acquire(viewer, client);
            if (!quota.allowed()) {
                return refuse(
                        request,
                        new Refusal(
                                ErrorCode.RATE_LIMITED,
                                "too many operations from this " + (viewer.isPublic() ? "client" : "key")
                                        + "; retry after " + quota.resetSeconds() + " second"));
            }
        }
        Viewer caller = viewer;
        Map<String, Object> context = new HashMap<>(CallerLimits.addressEntry(client));
        context.put(Callers.CONTEXT_KEY, caller);
        request.configureExecutionInput(
                (input, builder) -> builder.graphQLContext(context).build());
        return chain.next(request);
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo info, Map<String, Object> payload) {
        Object fromPayload = payload == null ? null : payload.get(ApiKeyFilter.HEADER);
        String key = fromPayload instanceof String s ? s : info.getHeaders().getFirst(ApiKeyFilter.HEADER);
        Viewer viewer;
        if (key != null) {
            String client = address(info);
            if (limits.authenticationBlocked(client)) {
                info.getAttributes()
                        .put(
                                SESSION_REFUSAL,
                                new Refusal(
                                        ErrorCode.RATE_LIMITED, "too many failed authentications from this client"));
                return Mono.empty();
            }
            Optional<Viewer> known = key.isBlank() ? Optional.empty() : keys.lookup(key);
            if (known.isEmpty()) {
                limits.authenticationFailed(client);
                info.getAttributes().put(SESSION_REFUSAL, new Refusal(ErrorCode.UNAUTHENTICATED, "unknown API key"));
                return Mono.empty();
            }
            viewer = known.get();
        } else {
            viewer = Callers.authenticated();
        }
        info.getAttributes().put(SESSION_VIEWER, viewer);
        return Mono.empty();
    }

    private static String address(WebSocketSessionInfo info) {
        InetSocketAddress remote = info.getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    /** An {@code error} message for the operation: the data is a publisher that fails with the coded error. */
    private static Mono<WebGraphQlResponse> refuse(WebGraphQlRequest request, Refusal refusal) {
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message(refusal.message())
                .errorType(
                        ErrorClassification.errorClassification(refusal.code().name()))
                .extensions(Map.of("code", refusal.code().name()))
                .build();
        ExecutionResult result = ExecutionResult.newExecutionResult()
                .data(Flux.error(new SubscriptionPublisherException(List.of(error), null)))
                .build();
        return Mono.just(
                new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
    }
}
