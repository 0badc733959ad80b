package org.creditgraph.api.limits;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.security.ErrorResponses;
import org.creditgraph.model.Viewer;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-caller rate limits (Resilience4j RateLimiter): anonymous callers per client IP, each API key
 * or token caller on its own. Over the limit: HTTP 429, {@code Retry-After}, RATE_LIMITED. The
 * limiters are kept out of the metrics registry on purpose: one meter per client IP would be
 * unbounded and would record who called. Rejections are counted by caller kind instead.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    /** Past this many tracked callers the table is cleared: a reset is better than unbounded memory. */
    private static final int MAX_TRACKED = 100_000;

    private final RateLimiterConfig publicLimit;
    private final RateLimiterConfig keyLimit;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final Counter publicRejections;
    private final Counter keyRejections;
    private final java.util.function.Supplier<Viewer> caller;

    public RateLimitFilter(LimitsProperties limits, MeterRegistry meters, java.util.function.Supplier<Viewer> caller) {
        this.publicLimit = perSecond(limits.publicRequestsPerSecond());
        this.keyLimit = perSecond(limits.keyRequestsPerSecond());
        this.publicRejections = rejections(meters, "public");
        this.keyRejections = rejections(meters, "key");
        this.caller = caller;
    }

    private static RateLimiterConfig perSecond(int limit) {
        return RateLimiterConfig.custom()
                .limitForPeriod(Math.max(1, limit))
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    private static Counter rejections(MeterRegistry meters, String kind) {
        return Counter.builder("creditgraph.ratelimit.rejections")
                .description("Requests refused with RATE_LIMITED")
                .tag("caller", kind)
                .register(meters);
    }

    /**
     * Only what reaches the database is limited: GraphQL and the exports. The explorer's page,
     * scripts and WebJars are static files; limiting them broke the page for a browser that loads
     * its twenty-odd files in one burst (429 on a script).
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals("/graphql") || path.startsWith("/graphql/") || path.startsWith("/export/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Viewer viewer = caller.get();
        boolean anonymous = viewer.isPublic();
        String id = anonymous ? "ip " + request.getRemoteAddr() : viewer.role() + " " + viewer.name();
        if (limiters.size() > MAX_TRACKED) {
            limiters.clear();
        }
        RateLimiter limiter =
                limiters.computeIfAbsent(id, k -> RateLimiter.of("caller", anonymous ? publicLimit : keyLimit));
        if (limiter.acquirePermission()) {
            chain.doFilter(request, response);
            return;
        }
        (anonymous ? publicRejections : keyRejections).increment();
        response.setHeader("Retry-After", "1");
        ErrorResponses.write(
                response,
                429,
                ErrorCode.RATE_LIMITED,
                "too many requests from this " + (anonymous ? "client" : "key") + "; retry after 1 second");
    }
}
