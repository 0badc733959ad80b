package org.creditgraph.model.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;

/**
 * The one gateway to Neo4j. Reads are routed as read transactions (cluster readers); all queries
 * share the driver's bookmark manager, so a read after a write sees it, also in a cluster. Every
 * transaction passes through a {@link Guard}, which the application uses for timeouts, retries and
 * its circuit breaker; this module stays free of any resilience library.
 */
public final class Graph {

    /**
     * Wraps every transaction. {@code read} and {@code write} each run one whole transaction (the
     * supplier), so a guard that retries re-runs the transaction, not part of it.
     */
    public interface Guard {

        /** No timeouts, no retries beyond the driver's own: loaders and tests. */
        Guard PASSTHROUGH = new Guard() {
            @Override
            public <T> T read(Supplier<T> transaction) {
                return transaction.get();
            }

            @Override
            public <T> T write(Supplier<T> transaction) {
                return transaction.get();
            }
        };

        <T> T read(Supplier<T> transaction);

        <T> T write(Supplier<T> transaction);

        /** Timeout of the read or write transaction about to start; empty: the server's default. */
        default Optional<Duration> timeout(RoutingControl routing) {
            return Optional.empty();
        }
    }

    private final Driver driver;
    private final Guard guard;
    private final AtomicLong queries = new AtomicLong();

    public Graph(Driver driver) {
        this(driver, Guard.PASSTHROUGH);
    }

    public Graph(Driver driver, Guard guard) {
        this.driver = driver;
        this.guard = guard;
    }

    public List<Record> read(String cypher, Map<String, Object> parameters) {
        queries.incrementAndGet();
        return guard.read(() -> run(cypher, parameters, RoutingControl.READ));
    }

    /** One read of {@link #readAll}. */
    public record Read(String cypher, Map<String, Object> parameters) {}

    /**
     * Several reads, at most {@code parallel} at a time on virtual threads, each its own read
     * transaction through the guard; the results in the order of {@code reads}. The guard's timeout
     * is taken here, on the calling thread, since it may depend on the caller's scope (a batch's
     * reads get the batch timeout). The first failure (in order) is rethrown as it was raised; reads
     * not yet started are cancelled.
     */
    public List<List<Record>> readAll(List<Read> reads, int parallel) {
        Optional<Duration> timeout = guard.timeout(RoutingControl.READ);
        if (reads.size() <= 1) {
            return reads.stream().map(r -> read(r, timeout)).toList();
        }
        Semaphore slots = new Semaphore(Math.max(1, parallel));
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<List<Record>>> pending = new ArrayList<>(reads.size());
            for (Read r : reads) {
                pending.add(threads.submit(() -> {
                    slots.acquire();
                    try {
                        return read(r, timeout);
                    } finally {
                        slots.release();
                    }
                }));
            }
            List<List<Record>> results = new ArrayList<>(reads.size());
            try {
                for (Future<List<Record>> result : pending) {
                    results.add(result.get());
                }
            } catch (ExecutionException | InterruptedException e) {
                pending.forEach(read -> read.cancel(true)); // reads still waiting for a slot never start
                throw e;
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private List<Record> read(Read r, Optional<Duration> timeout) {
        queries.incrementAndGet();
        return guard.read(() -> run(r.cypher(), r.parameters(), RoutingControl.READ, timeout));
    }

    public List<Record> write(String cypher, Map<String, Object> parameters) {
        queries.incrementAndGet();
        return guard.write(() -> run(cypher, parameters, RoutingControl.WRITE));
    }

    /**
     * Plans a read query without running it ({@code EXPLAIN}) so that Neo4j caches its plan: a
     * cold plan of a large query takes seconds, which the first request would otherwise pay within
     * its timeout. No guard timeout here. The parameters must have the types real calls use.
     */
    public void plan(String cypher, Map<String, Object> parameters) {
        driver.executableQuery("EXPLAIN " + cypher)
                .withParameters(parameters)
                .withConfig(
                        QueryConfig.builder().withRouting(RoutingControl.READ).build())
                .execute();
    }

    private List<Record> run(String cypher, Map<String, Object> parameters, RoutingControl routing) {
        return run(cypher, parameters, routing, guard.timeout(routing));
    }

    private List<Record> run(
            String cypher, Map<String, Object> parameters, RoutingControl routing, Optional<Duration> timeout) {
        QueryConfig.Builder config = QueryConfig.builder().withRouting(routing);
        timeout.ifPresent(config::withTimeout);
        return driver.executableQuery(cypher)
                .withParameters(parameters)
                .withConfig(config.build())
                .execute()
                .records();
    }

    /** Number of queries sent so far; tests use it to bound round trips (no N+1). */
    public long queryCount() {
        return queries.get();
    }

    public Driver driver() {
        return driver;
    }
}
