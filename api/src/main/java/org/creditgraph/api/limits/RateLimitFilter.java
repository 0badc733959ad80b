package org.creditgraph.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.security.ErrorResponses;
import org.creditgraph.model.Viewer;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@link CallerLimits} on GraphQL over HTTP and the exports. Every answer carries the IETF draft's
 * {@code RateLimit-Limit}, {@code RateLimit-Remaining} and {@code RateLimit-Reset}; over the limit:
 * HTTP 429, {@code Retry-After}, RATE_LIMITED.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    private final CallerLimits limits;
    private final Supplier<Viewer> caller;
    private final ClientAddresses clients;

    public RateLimitFilter(CallerLimits limits, Supplier<Viewer> caller, ClientAddresses clients) {
        this.limits = limits;
        this.caller = caller;
        this.clients = clients;
    }

    /**
     * Only what reaches the database is limited: GraphQL, the exports and the check reports. The explorer's page,
     * scripts and WebJars are static files; limiting them broke the page for a browser that loads
     * its twenty-odd files in one burst (429 on a script).
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals("/graphql")
                || path.startsWith("/graphql/")
                || path.startsWith("/export/")
                || path.startsWith("/report/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Viewer viewer = caller.get();
        String client = clients.of(request);
        request.setAttribute(CallerLimits.ADDRESS, client);
        CallerLimits.Quota quota = limits.acquire(viewer, client);
        response.setHeader("RateLimit-Limit", Integer.toString(quota.limit()));
        response.setHeader("RateLimit-Remaining", Integer.toString(quota.remaining()));
        response.setHeader("RateLimit-Reset", Long.toString(quota.resetSeconds()));
        if (quota.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        response.setHeader("Retry-After", Long.toString(quota.resetSeconds()));
        ErrorResponses.write(
                response,
                429,
                ErrorCode.RATE_LIMITED,
                "too many requests from this " + (viewer.isPublic() ? "client" : "key") + "; retry after "
                        + quota.resetSeconds() + " second");
    }
}
