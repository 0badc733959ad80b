package org.creditgraph.api.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Abuse limits (settings under {@code creditgraph.limits.*}); the README lists each with its default.
 * The rate limits hold per caller and second, the others per request.
 *
 * @param publicRequestsPerSecond requests per second for each anonymous client IP
 * @param keyRequestsPerSecond requests per second for each API key or bearer-token caller
 * @param failedAuthenticationsPerSecond refused keys or tokens per second for each client IP; past
 *     it, whatever the client presents is answered RATE_LIMITED unchecked
 * @param maxQueryDepth deepest field nesting a request may have (GraphiQL's introspection needs 13)
 * @param maxQueryComplexity largest cost of one request, computed before execution from the whole
 *     document: each field counts 1, times the page size ({@code first}, default 20) of every
 *     connection it is nested in; each element of a list argument (the subjects of
 *     {@code sanctionChecks}) counts 1; each root field other than introspection adds 100. Every
 *     alias and fragment spread counts.
 * @param maxBatch most sanction checks in one request: the subjects of all its {@code sanctionChecks}
 *     plus one for each {@code sanctionCheck}, aliases included. Requests over it or over
 *     {@code maxQueryComplexity} get QUERY_TOO_COMPLEX with {@code cost} and {@code limit} in the
 *     error's extensions, and nothing runs.
 * @param maxRequestBytes largest request body
 * @param publicCostPerSecond request cost (as for {@code maxQueryComplexity}) each anonymous client IP
 *     may spend per second; a single check costs about 110, a page of 100 search results 700, an
 *     explorer profile page about 4,000
 * @param keyCostPerSecond request cost each API key or bearer-token caller may spend per second
 */
@ConfigurationProperties("creditgraph.limits")
public record LimitsProperties(
        @DefaultValue("20") int publicRequestsPerSecond,
        @DefaultValue("200") int keyRequestsPerSecond,
        @DefaultValue("5") int failedAuthenticationsPerSecond,
        @DefaultValue("15") int maxQueryDepth,
        @DefaultValue("50000") int maxQueryComplexity,
        @DefaultValue("10000") int maxBatch,
        @DefaultValue("4194304") long maxRequestBytes,
        @DefaultValue("20000") int publicCostPerSecond,
        @DefaultValue("200000") int keyCostPerSecond) {}
