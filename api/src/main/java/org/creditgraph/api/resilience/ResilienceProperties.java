package org.creditgraph.api.resilience;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code creditgraph.resilience.*}: how long the application waits for the database,
 * what it retries, when it stops asking (circuit breaker) and how many large batch checks and
 * expensive requests run at once. The README's configuration reference lists each with its default.
 *
 * @param queryTimeout transaction timeout of a read
 * @param batchQueryTimeout transaction timeout of a read inside a large batch check
 * @param writeTimeout transaction timeout of a write (start-up catalogue and demo data, later receipts)
 * @param connectTimeout TCP connect timeout of the driver
 * @param acquisitionTimeout longest wait for a pooled connection, opening included (TCP connect and Bolt
 *     handshake, which a busy server can take seconds for); an unreachable server fails sooner, at
 *     connect
 * @param readAttempts attempts of a read that failed transiently (1 = no retry)
 * @param writeAttempts attempts of a write that the server rolled back (deadlock); lost connections are never retried
 * @param retryWait first wait between attempts; doubles, with jitter
 */
@ConfigurationProperties("creditgraph.resilience")
public record ResilienceProperties(
        @DefaultValue("10s") Duration queryTimeout,
        @DefaultValue("30s") Duration batchQueryTimeout,
        @DefaultValue("60s") Duration writeTimeout,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("5s") Duration acquisitionTimeout,
        @DefaultValue("2") int readAttempts,
        @DefaultValue("5") int writeAttempts,
        @DefaultValue("100ms") Duration retryWait,
        @DefaultValue Breaker breaker,
        @DefaultValue Batch batch,
        @DefaultValue Expensive expensive) {

    /**
     * The {@code database} circuit breaker (count-based window over the last transactions).
     *
     * @param failureRate percentage of failed transactions in the window that opens the circuit
     * @param window number of recent transactions the rate is taken over
     * @param minimumCalls transactions needed in the window before the rate counts
     * @param openFor how long an open circuit fails fast before it lets probes through (half-open)
     * @param halfOpenCalls probes that decide whether the circuit closes again
     */
    public record Breaker(
            @DefaultValue("50") float failureRate,
            @DefaultValue("10") int window,
            @DefaultValue("4") int minimumCalls,
            @DefaultValue("5s") Duration openFor,
            @DefaultValue("2") int halfOpenCalls) {}

    /**
     * The {@code batch-checks} bulkhead.
     *
     * @param threshold requests asking for more checks than this (all their aliases together) go through
     *     the bulkhead
     * @param concurrency large batches evaluated at once
     * @param maxWait how long a large batch waits for its turn before it is refused
     */
    public record Batch(
            @DefaultValue("100") int threshold,
            @DefaultValue("2") int concurrency,
            @DefaultValue("1s") Duration maxWait) {}

    /**
     * The {@code expensive-reads} bulkhead: requests whose computed cost (see the limits) is at least
     * {@code cost} run only a few at a time, whatever caller or address sends them, so that cheap
     * requests such as single checks keep the rest of the machine.
     *
     * @param cost the request cost from which a request is expensive (a page of 100 search results
     *     with two fields costs 700; a single check about 110, a default page of 20 about 220)
     * @param concurrency expensive requests run at once
     * @param maxWait how long an expensive request waits for its turn before it is refused (UNAVAILABLE)
     */
    public record Expensive(
            @DefaultValue("500") int cost,
            @DefaultValue("1") int concurrency,
            @DefaultValue("2s") Duration maxWait) {}

    /** The defaults, as bound from an empty configuration. */
    public static ResilienceProperties defaults() {
        return new ResilienceProperties(
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Duration.ofSeconds(60),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                2,
                5,
                Duration.ofMillis(100),
                new Breaker(50, 10, 4, Duration.ofSeconds(5), 2),
                new Batch(100, 2, Duration.ofSeconds(1)),
                new Expensive(500, 1, Duration.ofSeconds(2)));
    }
}
