package org.creditgraph.loaders.load;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.creditgraph.model.store.Graph;

/**
 * Writes UNWIND batches with a few concurrent transactions (Neo4j spends most of a load in commit
 * and index maintenance, which parallelises), while at most two batches per writer are in memory.
 * Each batch is one transaction: deadlocks between batches that touch the same node are transient
 * errors, which the driver retries. The first failure stops the run and is rethrown.
 */
final class BatchWriter implements AutoCloseable {

    private final Graph graph;
    private final String statement;
    private final Map<String, Object> run;
    private final LongConsumer written;
    private final ExecutorService pool;
    private final Semaphore inFlight;
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong created = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();
    private final AtomicLong merged = new AtomicLong();
    private volatile boolean recordsReported;
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final List<Future<?>> pending = new java.util.concurrent.CopyOnWriteArrayList<>();

    BatchWriter(Graph graph, String statement, Map<String, Object> run, int writers, LongConsumer written) {
        this.graph = graph;
        this.statement = statement;
        this.run = run;
        this.written = written;
        this.pool = Executors.newFixedThreadPool(
                writers, Thread.ofPlatform().name("batch-writer-", 1).factory());
        this.inFlight = new Semaphore(writers * 2);
    }

    void submit(List<Map<String, Object>> rows) {
        throwIfFailed();
        inFlight.acquireUninterruptibly();
        pending.removeIf(Future::isDone);
        pending.add(pool.submit(() -> {
            try {
                if (failure.get() == null) {
                    var counts = graph.write(statement, Map.of("rows", rows, "run", run))
                            .getFirst();
                    unchanged.addAndGet(counts.get("unchanged").asLong());
                    if (counts.containsKey("created")) {
                        recordsReported = true;
                        created.addAndGet(counts.get("created").asLong());
                        updated.addAndGet(counts.get("updated").asLong());
                        merged.addAndGet(counts.get("merged").asLong());
                    }
                    written.accept(rows.size());
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                inFlight.release();
            }
        }));
    }

    /** Waits for every submitted batch; returns the number of unchanged rows. */
    long finish() {
        for (Future<?> future : pending) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing", e);
            } catch (ExecutionException e) {
                failure.compareAndSet(null, new IllegalStateException(e.getCause()));
            }
        }
        throwIfFailed();
        return unchanged.get();
    }

    /** What the rows did to records, when the statement reports it (after {@link #finish}). */
    java.util.Optional<LoadResult.Records> records() {
        return recordsReported
                ? java.util.Optional.of(new LoadResult.Records(created.get(), updated.get(), merged.get()))
                : java.util.Optional.empty();
    }

    private void throwIfFailed() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
