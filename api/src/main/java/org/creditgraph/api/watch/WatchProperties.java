package org.creditgraph.api.watch;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Watchlists and change feed (settings under {@code creditgraph.watch.*}; the README lists each).
 *
 * @param pollInterval how often the worker looks for completed load runs and due webhooks
 * @param leaseTtl how long the worker lease lasts unrenewed before another server may take over
 * @param batchSize subjects recomputed per evidence fetch
 * @param maxSubjects most subjects on one watchlist
 * @param retryBase first webhook retry delay; each failure doubles it
 * @param retryMax longest delay between two webhook attempts
 * @param retryFor how long a webhook event is retried before it is given up
 * @param requestTimeout timeout of one webhook POST
 * @param subscriptionPoll how often a subscription looks for new events
 */
@ConfigurationProperties("creditgraph.watch")
public record WatchProperties(
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("5m") Duration leaseTtl,
        @DefaultValue("2000") int batchSize,
        @DefaultValue("100000") int maxSubjects,
        @DefaultValue("10s") Duration retryBase,
        @DefaultValue("1h") Duration retryMax,
        @DefaultValue("24h") Duration retryFor,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("1s") Duration subscriptionPoll) {}
