package org.creditgraph.api.resilience;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.creditgraph.model.store.Graph;
import org.neo4j.driver.RoutingControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every transaction of the application passes here (as {@link Graph}'s guard): a timeout per
 * transaction, a retry of transient failures, and the {@code database} circuit breaker, which turns
 * an outage into fast UNAVAILABLE answers and probes until the database is back (timeouts are not
 * outages, see {@link DatabaseFailures}). Large batch checks also pass the {@code batch-checks}
 * bulkhead so that they cannot take every connection and thread from single checks.
 *
 * <p>Order: retry outside the circuit breaker, so that each attempt counts in the breaker's window
 * (an outage opens it after a few requests) and a call refused by an open breaker is not retried.
 * The driver's own retry is switched off ({@code DatabaseConfiguration}): its first back-off alone
 * is a second, which would break the promise of UNAVAILABLE within 2 s, and it retries writes after
 * lost connections too.
 */
public final class DatabaseGuard implements Graph.Guard {

    private static final Logger log = LoggerFactory.getLogger(DatabaseGuard.class);

    public static final String CIRCUIT = "database";
    public static final String BATCH_BULKHEAD = "batch-checks";
    public static final String EXPENSIVE_BULKHEAD = "expensive-reads";

    /** Bound while a large batch check runs: its reads get the longer batch timeout. */
    private static final ScopedValue<Boolean> IN_BATCH = ScopedValue.newInstance();

    private final ResilienceProperties settings;
    private final CircuitBreakerRegistry circuits;
    private final RetryRegistry retries;
    private final BulkheadRegistry bulkheads;
    private final CircuitBreaker circuit;
    private final Retry readRetry;
    private final Retry writeRetry;
    private final Bulkhead batches;
    private final Bulkhead expensiveReads;

    public DatabaseGuard(ResilienceProperties settings) {
        this.settings = settings;
        this.circuits = CircuitBreakerRegistry.of(circuitConfig(settings.breaker()));
        this.retries = RetryRegistry.ofDefaults();
        this.bulkheads = BulkheadRegistry.of(BulkheadConfig.custom()
                .maxConcurrentCalls(settings.batch().concurrency())
                .maxWaitDuration(settings.batch().maxWait())
                .writableStackTraceEnabled(false)
                .build());
        this.circuit = circuits.circuitBreaker(CIRCUIT);
        this.readRetry = retries.retry(
                "database-read",
                retryConfig(settings.readAttempts(), settings.retryWait(), DatabaseFailures::retryableRead));
        this.writeRetry = retries.retry(
                "database-write",
                retryConfig(settings.writeAttempts(), settings.retryWait(), DatabaseFailures::retryableWrite));
        this.batches = bulkheads.bulkhead(BATCH_BULKHEAD);
        this.expensiveReads = bulkheads.bulkhead(
                EXPENSIVE_BULKHEAD,
                BulkheadConfig.custom()
                        .maxConcurrentCalls(Math.max(1, settings.expensive().concurrency()))
                        .maxWaitDuration(settings.expensive().maxWait())
                        .writableStackTraceEnabled(false)
                        .build());
        circuit.getEventPublisher()
                .onStateTransition(event -> log.warn("database circuit {}", event.getStateTransition()));
    }

    @Override
    public <T> T read(Supplier<T> transaction) {
        return readRetry.executeSupplier(() -> circuit.executeSupplier(transaction));
    }

    @Override
    public <T> T write(Supplier<T> transaction) {
        return writeRetry.executeSupplier(() -> circuit.executeSupplier(transaction));
    }

    @Override
    public Optional<Duration> timeout(RoutingControl routing) {
        if (routing == RoutingControl.WRITE) {
            return Optional.of(settings.writeTimeout());
        }
        return Optional.of(IN_BATCH.isBound() ? settings.batchQueryTimeout() : settings.queryTimeout());
    }

    /**
     * Runs the database work of a batch check. {@code checks} is the size of the whole request (all
     * its aliased checks together, see {@code CheckBudget}), not of this one field, so that a request
     * cannot slip under the threshold by splitting a batch into aliases. Up to
     * {@code creditgraph.resilience.batch.threshold} checks it runs as it is; a larger batch waits
     * for one of the few bulkhead permits (at most {@code batch.max-wait}, then
     * {@code BulkheadFullException}, answered as UNAVAILABLE) and its reads get
     * {@code batch-query-timeout}. Waiting briefly absorbs bursts; waiting long would only
     * hold HTTP connections while the caller's own timeout runs out.
     */
    public <T> T batch(int checks, Supplier<T> work) {
        if (checks <= settings.batch().threshold()) {
            return work.get();
        }
        return batches.executeSupplier(
                () -> ScopedValue.where(IN_BATCH, Boolean.TRUE).call(work::get));
    }

    public CircuitBreaker circuit() {
        return circuit;
    }

    public Bulkhead batches() {
        return batches;
    }

    /** The lane of expensive requests (see {@code RequestCost}); a permit is held while the request runs. */
    public Bulkhead expensiveReads() {
        return expensiveReads;
    }

    public CircuitBreakerRegistry circuitBreakers() {
        return circuits;
    }

    public RetryRegistry retries() {
        return retries;
    }

    public BulkheadRegistry bulkheads() {
        return bulkheads;
    }

    /** Seconds a caller should wait before trying again while the circuit is open. */
    public long retryAfterSeconds() {
        return Math.max(1, settings.breaker().openFor().toSeconds());
    }

    private static CircuitBreakerConfig circuitConfig(ResilienceProperties.Breaker breaker) {
        return CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.window())
                .minimumNumberOfCalls(breaker.minimumCalls())
                .failureRateThreshold(breaker.failureRate())
                .waitDurationInOpenState(breaker.openFor())
                // Health shows HALF_OPEN when the wait is over even if no request comes.
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .permittedNumberOfCallsInHalfOpenState(breaker.halfOpenCalls())
                // Only outages count as failures. Timeouts are ignored rather than counted as
                // successes: they say nothing about whether the database is there.
                .recordException(DatabaseFailures::isOutage)
                .ignoreException(failure -> !DatabaseFailures.isOutage(failure) && DatabaseFailures.isTimeout(failure))
                // Failing fast is the point when open: no stack trace per refused call.
                .writableStackTraceEnabled(false)
                .build();
    }

    private static RetryConfig retryConfig(int attempts, Duration firstWait, Predicate<Throwable> retryable) {
        return RetryConfig.custom()
                .maxAttempts(Math.max(1, attempts))
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(firstWait, 2.0, 0.5))
                .retryOnException(retryable)
                .build();
    }
}
