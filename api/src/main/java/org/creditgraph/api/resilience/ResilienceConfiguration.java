package org.creditgraph.api.resilience;

import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database guard, its health component and its metrics ({@code resilience4j_circuitbreaker_*},
 * {@code resilience4j_bulkhead_*}, {@code resilience4j_retry_*} on {@code /actuator/prometheus};
 * Boot binds every {@link MeterBinder} bean to the registry).
 */
@Configuration(proxyBeanMethods = false)
public class ResilienceConfiguration {

    @Bean
    DatabaseGuard databaseGuard(ResilienceProperties settings) {
        return new DatabaseGuard(settings);
    }

    @Bean
    DatabaseCircuitHealthIndicator databaseCircuitHealthIndicator(DatabaseGuard guard) {
        return new DatabaseCircuitHealthIndicator(guard);
    }

    @Bean
    MeterBinder databaseCircuitMetrics(DatabaseGuard guard) {
        return TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(guard.circuitBreakers());
    }

    @Bean
    MeterBinder batchBulkheadMetrics(DatabaseGuard guard) {
        return TaggedBulkheadMetrics.ofBulkheadRegistry(guard.bulkheads());
    }

    @Bean
    MeterBinder databaseRetryMetrics(DatabaseGuard guard) {
        return TaggedRetryMetrics.ofRetryRegistry(guard.retries());
    }
}
