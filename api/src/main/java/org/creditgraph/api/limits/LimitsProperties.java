package org.creditgraph.api.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Abuse limits (settings under {@code creditgraph.limits.*}); the README lists each with its default.
 *
 * @param publicRequestsPerSecond requests per second for each anonymous client IP
 * @param keyRequestsPerSecond requests per second for each API key or bearer-token caller
 * @param maxQueryDepth deepest field nesting a query may have (GraphiQL's introspection needs 13)
 * @param maxQueryComplexity largest estimated result size: each field counts 1, times the page size
 *     ({@code first}, default 20) of every connection it is nested in
 * @param maxBatch most subjects in one {@code sanctionChecks} call
 * @param maxRequestBytes largest request body
 */
@ConfigurationProperties("creditgraph.limits")
public record LimitsProperties(
        @DefaultValue("20") int publicRequestsPerSecond,
        @DefaultValue("200") int keyRequestsPerSecond,
        @DefaultValue("15") int maxQueryDepth,
        @DefaultValue("50000") int maxQueryComplexity,
        @DefaultValue("10000") int maxBatch,
        @DefaultValue("4194304") long maxRequestBytes) {}
