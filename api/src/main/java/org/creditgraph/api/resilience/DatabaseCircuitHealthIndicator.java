package org.creditgraph.api.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@code /actuator/health} component {@code databaseCircuit}: DOWN while the {@code database}
 * circuit is open (requests are answered UNAVAILABLE without asking the database), UNKNOWN while it
 * probes (half-open), UP when closed. Details carry the state and the breaker's window figures.
 */
public class DatabaseCircuitHealthIndicator implements HealthIndicator {

    private final DatabaseGuard guard;

    public DatabaseCircuitHealthIndicator(DatabaseGuard guard) {
        this.guard = guard;
    }

    @Override
    public Health health() {
        CircuitBreaker circuit = guard.circuit();
        CircuitBreaker.Metrics metrics = circuit.getMetrics();
        Health.Builder health =
                switch (circuit.getState()) {
                    case OPEN, FORCED_OPEN -> Health.down().withDetail("retryAfterSeconds", guard.retryAfterSeconds());
                    case HALF_OPEN -> Health.status(Status.UNKNOWN);
                    case CLOSED, DISABLED, METRICS_ONLY -> Health.up();
                };
        return health.withDetail("state", circuit.getState().name())
                .withDetail("failureRate", metrics.getFailureRate())
                .withDetail("bufferedCalls", metrics.getNumberOfBufferedCalls())
                .withDetail("failedCalls", metrics.getNumberOfFailedCalls())
                .withDetail("notPermittedCalls", metrics.getNumberOfNotPermittedCalls())
                .build();
    }
}
