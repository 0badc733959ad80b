package org.creditgraph.api.limits;

import graphql.GraphQLContext;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.creditgraph.model.Viewer;
import org.springframework.stereotype.Component;

/**
 * Per-caller rate limits (Resilience4j RateLimiter), shared by GraphQL over HTTP, the exports and
 * each operation over WebSocket: anonymous callers per client IP, each API key or token caller by
 * its stable {@link Viewer#id()} (two keys with the same name have a limit each). Failed
 * authentications have their own limit per client IP, asked before a presented key or token is
 * looked at, so that guessing keys is as slow as the limit. The limiters are kept out of the
 * metrics registry on purpose: one meter per client IP would be unbounded and would record who
 * called. Rejections are counted by caller kind instead.
 */
@Component
public final class CallerLimits {

    /** Past this many tracked callers a table is cleared: a reset is better than unbounded memory. */
    private static final int MAX_TRACKED = 100_000;

    private static final Duration PERIOD = Duration.ofSeconds(1);

    /** Request attribute and GraphQL context key of the client address. */
    public static final String ADDRESS = CallerLimits.class.getName() + ".address";

    private final RateLimiterConfig publicLimit;
    private final RateLimiterConfig keyLimit;
    private final RateLimiterConfig failedLimit;
    private final RateLimiterConfig publicCost;
    private final RateLimiterConfig keyCost;
    private final Map<String, RateLimiter> callers = new ConcurrentHashMap<>();
    private final Map<String, RateLimiter> costs = new ConcurrentHashMap<>();
    private final Map<String, RateLimiter> failures = new ConcurrentHashMap<>();
    private final Counter publicRejections;
    private final Counter keyRejections;
    private final Counter failedRejections;

    public CallerLimits(LimitsProperties limits, MeterRegistry meters) {
        this.publicLimit = perPeriod(limits.publicRequestsPerSecond());
        this.keyLimit = perPeriod(limits.keyRequestsPerSecond());
        this.failedLimit = perPeriod(limits.failedAuthenticationsPerSecond());
        this.publicCost = perPeriod(limits.publicCostPerSecond());
        this.keyCost = perPeriod(limits.keyCostPerSecond());
        this.publicRejections = rejections(meters, "public");
        this.keyRejections = rejections(meters, "key");
        this.failedRejections = rejections(meters, "failed-authentication");
    }

    /**
     * What a request was allowed, in the terms of the IETF RateLimit header fields draft.
     *
     * @param limit requests per window
     * @param remaining requests left in the current window
     * @param resetSeconds seconds until the window starts again
     */
    public record Quota(boolean allowed, int limit, int remaining, long resetSeconds) {}

    /** Takes a permit for one request or operation of this caller. */
    public Quota acquire(Viewer viewer, String clientAddress) {
        boolean anonymous = viewer.isPublic();
        RateLimiter limiter = limiter(callers, id(viewer, clientAddress), anonymous ? publicLimit : keyLimit);
        boolean allowed = limiter.acquirePermission();
        if (!allowed) {
            (anonymous ? publicRejections : keyRejections).increment();
        }
        return new Quota(
                allowed,
                limiter.getRateLimiterConfig().getLimitForPeriod(),
                Math.max(0, limiter.getMetrics().getAvailablePermissions()),
                PERIOD.toSeconds());
    }

    /**
     * Spends a request's computed cost from the caller's budget per second. A request costing more
     * than a whole second's budget spends the whole budget, so that it can still run, alone.
     */
    public Quota spend(Viewer viewer, String clientAddress, int cost) {
        boolean anonymous = viewer.isPublic();
        RateLimiter limiter = limiter(costs, id(viewer, clientAddress), anonymous ? publicCost : keyCost);
        int limit = limiter.getRateLimiterConfig().getLimitForPeriod();
        boolean allowed = limiter.acquirePermission(Math.clamp(cost, 1, limit));
        if (!allowed) {
            (anonymous ? publicRejections : keyRejections).increment();
        }
        return new Quota(
                allowed, limit, Math.max(0, limiter.getMetrics().getAvailablePermissions()), PERIOD.toSeconds());
    }

    /** The client address the request came from (after trusted proxies), as put in the GraphQL context. */
    public static String addressOf(GraphQLContext context) {
        String address = context == null ? null : context.get(ADDRESS);
        return address == null ? "unknown" : address;
    }

    /** The GraphQL context entry of the client address, set with the caller before execution. */
    public static Map<String, Object> addressEntry(String clientAddress) {
        return Map.of(ADDRESS, clientAddress == null ? "unknown" : clientAddress);
    }

    private static String id(Viewer viewer, String clientAddress) {
        return viewer.isPublic() ? "ip " + clientAddress : viewer.id();
    }

    /** Whether this client IP has used up its failed authentications; then nothing it presents is checked. */
    public boolean authenticationBlocked(String clientAddress) {
        RateLimiter limiter = failures.get(clientAddress);
        if (limiter == null || limiter.getMetrics().getAvailablePermissions() > 0) {
            return false;
        }
        failedRejections.increment();
        return true;
    }

    /** Counts a refused key or token against its client IP. */
    public void authenticationFailed(String clientAddress) {
        limiter(failures, clientAddress, failedLimit).acquirePermission();
    }

    public long resetSeconds() {
        return PERIOD.toSeconds();
    }

    private static RateLimiter limiter(Map<String, RateLimiter> table, String id, RateLimiterConfig config) {
        if (table.size() > MAX_TRACKED) {
            table.clear();
        }
        return table.computeIfAbsent(id, k -> RateLimiter.of("caller", config));
    }

    private static RateLimiterConfig perPeriod(int limit) {
        return RateLimiterConfig.custom()
                .limitForPeriod(Math.max(1, limit))
                .limitRefreshPeriod(PERIOD)
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    private static Counter rejections(MeterRegistry meters, String kind) {
        return Counter.builder("creditgraph.ratelimit.rejections")
                .description("Requests refused with RATE_LIMITED")
                .tag("caller", kind)
                .register(meters);
    }
}
