package org.creditgraph.api.watch;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.creditgraph.model.store.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The background worker of the change feed. Loads run in other processes ({@code bin/creditgraph
 * load} over Bolt), so every {@code pollInterval} the worker, while it holds the lease (one server
 * of several), processes completed load runs not processed yet (their progress is kept on the
 * LoadRun nodes, so a restart resumes), runs the daily job once the Asia/Shanghai date has moved
 * past the last day it ran for, and starts due webhook deliveries.
 */
@Component
class WatchWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WatchWorker.class);

    private final ChangeDetector detector;
    private final Webhooks webhooks;
    private final EventStore events;
    private final WatchProperties properties;
    private final String holder = "server-" + UUID.randomUUID();
    private ScheduledExecutorService timer;

    WatchWorker(ChangeDetector detector, Webhooks webhooks, EventStore events, WatchProperties properties) {
        this.detector = detector;
        this.webhooks = webhooks;
        this.events = events;
        this.properties = properties;
    }

    /** One round of work; returns whether this server held the lease. */
    boolean tick() {
        if (!events.lease(holder, properties.leaseTtl())) {
            return false;
        }
        detector.processPendingRuns();
        LocalDate today = detector.today();
        var last = events.lastDailyRun();
        if (last.isEmpty()) {
            events.dailyRunDone(today); // nothing to catch up: baselines are computed when subjects are added
        } else if (last.get().isBefore(today)) {
            detector.daily();
        }
        webhooks.deliverDue();
        return true;
    }

    @Override
    public synchronized void start() {
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("watch-worker").daemon(true).factory());
        long period = Math.max(50, properties.pollInterval().toMillis());
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        tick();
                    } catch (RuntimeException e) {
                        log.warn("Watchlist worker round failed; retrying: {}", e.toString());
                    }
                },
                period,
                period,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
            try {
                events.release(holder);
            } catch (RuntimeException e) {
                log.debug("Lease not released: {}", e.toString());
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
