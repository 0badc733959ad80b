package org.creditgraph.api.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.rules.ResidentIdScrubber;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Contract §2: every error carries {@code extensions.code}. Errors raised by graphql-java itself
 * (syntax, validation, disabled introspection, unknown fields) have none; they are the caller's
 * mistakes, so they get BAD_USER_INPUT. Anything else without a code becomes INTERNAL. Their
 * messages quote the offending literal (a Date argument, say), so any resident ID number in them is
 * masked (D12).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorCodeCompletion implements WebGraphQlInterceptor {

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> {
            List<GraphQLError> errors = response.getExecutionResult().getErrors();
            if (errors.stream().allMatch(ErrorCodeCompletion::hasCode)) {
                return response;
            }
            List<GraphQLError> completed =
                    errors.stream().map(ErrorCodeCompletion::complete).toList();
            return response.transform(builder -> builder.errors(completed));
        });
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().get("code") != null;
    }

    private static GraphQLError complete(GraphQLError error) {
        if (hasCode(error)) {
            return error;
        }
        ErrorCode code = callerMistake(error.getErrorType()) ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL;
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", code.name());
        return GraphqlErrorBuilder.newError()
                .message(code == ErrorCode.INTERNAL ? "internal error" : ResidentIdScrubber.masked(error.getMessage()))
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(ErrorClassification.errorClassification(code.name()))
                .extensions(extensions)
                .build();
    }

    private static boolean callerMistake(ErrorClassification type) {
        return type == graphql.ErrorType.InvalidSyntax
                || type == graphql.ErrorType.ValidationError
                || type == graphql.ErrorType.OperationNotSupported
                || type == ErrorType.BAD_REQUEST
                || (type != null && type.toString().contains("Introspection"));
    }
}
