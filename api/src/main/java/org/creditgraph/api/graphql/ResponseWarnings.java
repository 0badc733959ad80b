package org.creditgraph.api.graphql;

import graphql.GraphQLContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Non-fatal warnings of a request (for example a USCC with a bad D1 check digit, which is still
 * looked up) returned in the response's {@code extensions.warnings}.
 */
@Component
public class ResponseWarnings implements WebGraphQlInterceptor {

    private static final String KEY = ResponseWarnings.class.getName();

    /** Adds a warning to the response of the request this context belongs to. */
    public static void add(GraphQLContext context, String warning) {
        List<String> warnings = context.get(KEY);
        if (warnings != null) {
            warnings.add(warning);
        }
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        List<String> warnings = new CopyOnWriteArrayList<>();
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of(KEY, warnings)).build());
        return chain.next(request)
                .map(response -> warnings.isEmpty()
                        ? response
                        : response.transform(builder -> builder.extensions(Map.of("warnings", List.copyOf(warnings)))));
    }
}
