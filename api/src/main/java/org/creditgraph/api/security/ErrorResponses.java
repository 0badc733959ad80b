package org.creditgraph.api.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.graphql.ErrorCode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors raised before GraphQL runs (authentication, rate limits, oversized bodies) in the same
 * shape as GraphQL errors, so that clients read {@code errors[0].extensions.code} everywhere.
 */
public final class ErrorResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorResponses() {}

    public static void write(HttpServletResponse response, int status, ErrorCode code, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write(JSON.writeValueAsString(Map.of(
                        "errors", List.of(Map.of("message", message, "extensions", Map.of("code", code.name()))))));
    }
}
