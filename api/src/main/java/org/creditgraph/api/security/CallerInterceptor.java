package org.creditgraph.api.security;

import java.util.Map;
import org.creditgraph.model.Viewer;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Puts the authenticated caller into the GraphQL context, where {@link Callers} finds it. */
@Component
class CallerInterceptor implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Viewer viewer = Callers.authenticated();
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of(Callers.CONTEXT_KEY, viewer)).build());
        return chain.next(request);
    }
}
