package org.creditgraph.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N clients, each sending its next request as soon as the previous one is answered, for a bounded
 * time (or a bounded number of requests). The same loop drives the API and its raw-Cypher baseline,
 * so their figures are comparable.
 */
final class ClosedLoop {

    /** One request; false (or an exception) counts as an error. */
    @FunctionalInterface
    interface Request {
        boolean send(SplittableRandom random) throws Exception;
    }

    record Stats(long[] sortedNanos, double seconds, long errors) {

        long count() {
            return sortedNanos.length;
        }

        double p50Ms() {
            return percentile(0.50) / 1e6;
        }

        double p99Ms() {
            return percentile(0.99) / 1e6;
        }

        double perSecond() {
            return count() / seconds;
        }

        /** Nearest rank. */
        long percentile(double q) {
            if (sortedNanos.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(q * sortedNanos.length);
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))];
        }
    }

    private ClosedLoop() {}

    static Stats forDuration(int clients, Duration duration, long seed, Request request) throws Exception {
        return run(clients, duration, Long.MAX_VALUE, seed, request);
    }

    /** At most {@code requests} requests, and no longer than {@code limit}. */
    static Stats forCount(int clients, long requests, Duration limit, long seed, Request request) throws Exception {
        return run(clients, limit, requests, seed, request);
    }

    private static Stats run(int clients, Duration duration, long requests, long seed, Request request)
            throws Exception {
        AtomicLong left = new AtomicLong(requests);
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                SplittableRandom random = new SplittableRandom(seed * 1_000 + c);
                futures.add(pool.submit(() -> {
                    long[] nanos = new long[1024];
                    int n = 0;
                    while (System.nanoTime() < deadline && left.getAndDecrement() > 0) {
                        long t0 = System.nanoTime();
                        boolean ok;
                        try {
                            ok = request.send(random);
                        } catch (Exception e) {
                            ok = false;
                        }
                        long took = System.nanoTime() - t0;
                        if (!ok) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (n == nanos.length) {
                            nanos = Arrays.copyOf(nanos, n * 2);
                        }
                        nanos[n++] = took;
                    }
                    return Arrays.copyOf(nanos, n);
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> f : futures) {
                long[] part = f.get();
                int at = all.length;
                all = Arrays.copyOf(all, at + part.length);
                System.arraycopy(part, 0, all, at, part.length);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(all);
            return new Stats(all, seconds, errors.get());
        }
    }
}
