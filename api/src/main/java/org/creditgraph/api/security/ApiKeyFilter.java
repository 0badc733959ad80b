package org.creditgraph.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.model.Viewer;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code X-API-Key} (contract §2): a known key makes the request an AGENCY or ADMIN caller, an
 * unknown one is refused with UNAUTHENTICATED. A request without the header is left to the bearer
 * token filter, or stays anonymous (PUBLIC).
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final ApiKeys keys;

    ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            ErrorResponses.write(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    ErrorCode.BAD_USER_INPUT,
                    "send either X-API-Key or Authorization, not both");
            return;
        }
        Optional<Viewer> viewer = key.isBlank() ? Optional.empty() : keys.lookup(key);
        if (viewer.isEmpty()) {
            ErrorResponses.write(
                    response, HttpServletResponse.SC_UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, "unknown API key");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(viewer.get()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
