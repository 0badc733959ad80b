package org.creditgraph.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.limits.CallerLimits;
import org.creditgraph.api.limits.ClientAddresses;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits failed authentications per client IP. A request that presents a key or token is refused
 * with 429 RATE_LIMITED, before the key is looked up, while its IP is over the limit; each 401 the
 * filters behind this one answer to a presented credential counts against the IP. Refusing even a
 * right key then is the point: otherwise the limit would only slow down the wrong guesses.
 */
final class AuthenticationAttempts extends OncePerRequestFilter {

    private final CallerLimits limits;

    private final ClientAddresses clients;

    AuthenticationAttempts(CallerLimits limits, ClientAddresses clients) {
        this.limits = limits;
        this.clients = clients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader(ApiKeyFilter.HEADER) == null && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            chain.doFilter(request, response);
            return;
        }
        String client = clients.of(request);
        if (limits.authenticationBlocked(client)) {
            response.setHeader("Retry-After", Long.toString(limits.resetSeconds()));
            ErrorResponses.write(
                    response,
                    429,
                    ErrorCode.RATE_LIMITED,
                    "too many failed authentications from this client; retry after " + limits.resetSeconds()
                            + " second");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            limits.authenticationFailed(client);
        }
    }
}
