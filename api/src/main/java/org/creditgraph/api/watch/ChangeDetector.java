package org.creditgraph.api.watch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.creditgraph.api.check.CheckService;
import org.creditgraph.api.check.SubjectKey;
import org.creditgraph.api.relay.GlobalId;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.check.CheckResult;
import org.creditgraph.model.store.EventStore;
import org.creditgraph.model.store.LoadRunStore;
import org.creditgraph.model.store.WatchlistStore;
import org.creditgraph.model.store.WatchlistStore.State;
import org.creditgraph.model.store.WatchlistStore.Watched;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Change detection (issue 7): recomputes the D7 verdicts of watched subjects through
 * {@link CheckService#decide} (the one decision), compares them with the stored states and records
 * an event for every verdict or reason change, of the kind and naming the record that made it
 * ({@link RecordChange}). Three triggers: a completed load run (only the
 * watched subjects it may have changed, see {@link WatchlistStore#touchedBy}), a correction made
 * through the API ({@link #afterCorrection}), and the daily job at 00:00 Asia/Shanghai, which
 * recomputes every watched subject so that expiries, early removals and restorations that take
 * effect on a date produce their event on that date. One writer per server at a time.
 */
@Service
public class ChangeDetector {

    public static final String LOAD_RUN = "LOAD_RUN";
    public static final String SCHEDULED = "SCHEDULED";
    public static final String CORRECTION = "CORRECTION";

    private static final Logger log = LoggerFactory.getLogger(ChangeDetector.class);

    private final CheckService checks;
    private final WatchlistStore watchlists;
    private final EventStore events;
    private final LoadRunStore runs;
    private final Clock clock;
    private final WatchProperties properties;
    private final int exposureDepth;

    public ChangeDetector(
            CheckService checks,
            WatchlistStore watchlists,
            EventStore events,
            LoadRunStore runs,
            Clock clock,
            WatchProperties properties,
            @Value("${creditgraph.exposure-depth:2}") int exposureDepth) {
        this.checks = checks;
        this.watchlists = watchlists;
        this.events = events;
        this.runs = runs;
        this.clock = clock;
        this.properties = properties;
        this.exposureDepth = exposureDepth;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")));
    }

    /** Stores the current verdicts of newly watched subjects, without events: the baseline. */
    public synchronized void baseline(List<Watched> watched) {
        LocalDate today = today();
        for (int from = 0; from < watched.size(); from += properties.batchSize()) {
            List<Watched> batch = watched.subList(from, Math.min(watched.size(), from + properties.batchSize()));
            List<State> fresh = new ArrayList<>();
            Map<String, State> stored = watchlists.states(keys(batch));
            Map<String, Map<SanctionDomain, CheckResult>> decided = decide(batch, today);
            for (Watched w : batch) {
                for (SanctionDomain d : w.domains()) {
                    if (!stored.containsKey(State.key(w.target().id(), d))) {
                        fresh.add(state(w, d, decided.get(w.target().id()).get(d), today));
                    }
                }
            }
            watchlists.baseline(fresh);
        }
    }

    /**
     * Processes every completed load run not processed yet; returns how many. The runs pending at
     * one time are rechecked together: detection reads the graph as it is now, with all of them
     * applied, so one run's recheck would otherwise report (under its name) what a later run changed.
     * Each changed verdict gives one event, carrying the data version the recheck read.
     */
    public synchronized int processPendingRuns() {
        int processed = 0;
        List<String> pending;
        while (!(pending = events.pendingRuns(100)).isEmpty()) {
            if (events.anythingWatched()) {
                long started = System.nanoTime();
                String version = dataVersion();
                List<Watched> touched = watchlists.touchedBy(pending, exposureDepth);
                Set<String> named = new HashSet<>();
                long changes = recheck(touched, LOAD_RUN, version, named);
                changes += newRecords(touched, pending, version, named);
                log.info(
                        "Load run(s) {}: {} watched subject(s) rechecked, {} event(s) in {} ms",
                        pending,
                        touched.size(),
                        changes,
                        (System.nanoTime() - started) / 1_000_000);
            }
            events.runsProcessed(pending);
            processed += pending.size();
        }
        return processed;
    }

    /** After a correction made through the API: rechecks the subjects named and what they control. */
    public synchronized long afterCorrection(List<String> subjectIds) {
        return recheck(watchlists.controlledBy(subjectIds, exposureDepth), CORRECTION, dataVersion());
    }

    /**
     * The daily job (00:00 Asia/Shanghai, and on start-up when a day was missed): rechecks every
     * watched subject as of today. Returns the number of events recorded.
     */
    public synchronized long daily() {
        LocalDate today = today();
        String version = dataVersion();
        long recorded = 0;
        String after = null;
        List<Watched> page;
        while (!(page = watchlists.allWatched(after, properties.batchSize())).isEmpty()) {
            recorded += recheck(page, SCHEDULED, version);
            after = page.getLast().target().id();
        }
        events.dailyRunDone(today);
        log.info("Daily watchlist recheck for {}: {} event(s)", today, recorded);
        return recorded;
    }

    /**
     * Recomputes, compares, records; returns the number of events recorded. A subject without a
     * stored state (added while this ran) gets its baseline, not an event: nothing it was known as
     * has changed.
     */
    long recheck(List<Watched> watched, String cause, String dataVersion) {
        return recheck(watched, cause, dataVersion, new HashSet<>());
    }

    /** As {@link #recheck(List, String, String)}, adding {@code subjectId|recordKey} of every record an event names to {@code named}. */
    private long recheck(List<Watched> watched, String cause, String dataVersion, Set<String> named) {
        LocalDate today = today();
        long recorded = 0;
        for (int from = 0; from < watched.size(); from += properties.batchSize()) {
            List<Watched> batch = watched.subList(from, Math.min(watched.size(), from + properties.batchSize()));
            Map<String, State> stored = watchlists.states(keys(batch));
            Map<String, Map<SanctionDomain, CheckResult>> decided = decide(batch, today);
            List<State[]> changed = new ArrayList<>();
            List<State> fresh = new ArrayList<>();
            Set<String> recordKeys = new TreeSet<>();
            for (Watched w : batch) {
                for (SanctionDomain d : w.domains()) {
                    State now = state(w, d, decided.get(w.target().id()).get(d), today);
                    State before = stored.get(State.key(w.target().id(), d));
                    if (before == null) {
                        fresh.add(now);
                    } else if (changed(before, now)) {
                        changed.add(new State[] {before, now});
                        recordKeys.addAll(RecordChange.recordKeys(before, now));
                    }
                }
            }
            Map<String, GlobalId.Type> types = new HashMap<>();
            events.recordTypes(recordKeys).forEach((key, type) -> types.put(key, GlobalId.Type.valueOf(type)));
            List<EventStore.Change> changes = new ArrayList<>();
            for (State[] pair : changed) {
                RecordChange record = RecordChange.between(pair[0], pair[1], types);
                named.add(pair[1].subjectId() + "|" + record.recordKey());
                changes.add(new EventStore.Change(
                        pair[1],
                        pair[0].verdict(),
                        pair[0].fingerprint(),
                        record.kind(),
                        record.recordId(),
                        record.recordKey()));
            }
            watchlists.baseline(fresh);
            recorded += events.record(changes, dataVersion, today, cause);
        }
        return recorded;
    }

    /**
     * Record events (contract: a watched subject's new record gives an event even when its verdict
     * stays the same): each penalty, accident, hazard or listing about a watched subject that these
     * runs first wrote, unless a verdict change already named it. Reported under the first domain
     * the subject is watched in, with its verdict unchanged; only records of runs that started
     * after the subject's baseline count, and a subject without a stored state yet gets none.
     */
    private long newRecords(List<Watched> watched, List<String> runs, String dataVersion, Set<String> named) {
        Map<String, String> stateKeys = new LinkedHashMap<>();
        for (Watched w : watched) {
            if (!w.domains().isEmpty()) {
                String id = w.target().id();
                stateKeys.put(id, State.key(id, new TreeSet<>(w.domains()).first()));
            }
        }
        List<EventStore.NewRecord> records = events.newRecords(runs, stateKeys);
        if (records.isEmpty()) {
            return 0;
        }
        Map<String, State> stored = watchlists.states(List.copyOf(stateKeys.values()));
        List<EventStore.Change> changes = new ArrayList<>();
        for (EventStore.NewRecord r : records) {
            State state = stored.get(stateKeys.get(r.subjectId()));
            if (state == null || named.contains(r.subjectId() + "|" + r.key())) {
                continue;
            }
            changes.add(new EventStore.Change(
                    state,
                    state.verdict(),
                    state.fingerprint(),
                    r.kind(),
                    GlobalId.of(GlobalId.Type.valueOf(r.type()), r.key()),
                    r.key()));
        }
        return events.record(changes, dataVersion, today(), LOAD_RUN);
    }

    /**
     * A verdict or reason change: another verdict, other reason codes, or other evidence behind
     * them. Compared as sets, so the order in which the graph returned records is no change.
     */
    static boolean changed(State before, State now) {
        return before.verdict() != now.verdict()
                || !sorted(before.reasons()).equals(sorted(now.reasons()))
                || !new TreeSet<>(before.evidenceIds()).equals(new TreeSet<>(now.evidenceIds()));
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }

    private Map<String, Map<SanctionDomain, CheckResult>> decide(List<Watched> batch, LocalDate asOf) {
        Set<SanctionDomain> domains = new TreeSet<>();
        batch.forEach(w -> domains.addAll(w.domains()));
        return checks.decide(
                batch.stream()
                        .map(w -> new SubjectKey(w.target().id(), w.target().kind()))
                        .toList(),
                domains,
                asOf);
    }

    private String dataVersion() {
        return runs.dataVersion().orElse("empty");
    }

    private static List<String> keys(List<Watched> batch) {
        List<String> keys = new ArrayList<>();
        batch.forEach(
                w -> w.domains().forEach(d -> keys.add(State.key(w.target().id(), d))));
        return keys;
    }

    /**
     * The state a result stands for; its fingerprint covers the verdict, reasons and their evidence
     * in a canonical order, and serves as the version a change is recorded against.
     */
    static State state(Watched w, SanctionDomain domain, CheckResult result, LocalDate since) {
        List<String> reasons =
                result.reasons().stream().map(r -> r.code().name()).toList();
        StringBuilder text = new StringBuilder(result.verdict().name());
        result.reasons().stream()
                .map(r -> r.code() + ":" + String.join(",", new TreeSet<>(r.evidenceIds())))
                .sorted()
                .forEach(line -> text.append('\n').append(line));
        return new State(
                w.target().id(),
                w.target().kind(),
                domain,
                result.verdict(),
                reasons,
                result.evidenceIds(),
                sha256(text.toString()),
                since);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
