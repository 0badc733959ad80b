package org.creditgraph.model.store;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.WatchEventKind;
import org.creditgraph.model.check.Verdict;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The change feed (issue 7), stored durably so that nothing is lost across a restart: one
 * {@code :WatchEvent} per watchlist and verdict change, numbered by one sequence so that a cursor
 * orders them; the webhook delivery state on each event ({@code nextAttemptAt} set while a
 * delivery is due); which load runs change detection has processed ({@code LoadRun.watchedAt});
 * the worker lease, so that one server of several does the work; the daily job's last date.
 */
public final class EventStore {

    /** A verdict change of one subject in one domain, as seen by one watchlist. */
    public record Event(
            String id,
            long seq,
            String watchlistId,
            String subjectId,
            SubjectKind subjectKind,
            SanctionDomain domain,
            Verdict oldVerdict,
            Verdict newVerdict,
            List<String> reasons,
            List<String> evidenceIds,
            String dataVersion,
            ZonedDateTime occurredAt,
            LocalDate effectiveOn,
            String cause,
            int attempts,
            WatchEventKind kind,
            String recordId,
            String recordKey) {}

    /**
     * A change to record: the new state, and the stored state it replaces (its verdict, and its
     * fingerprint, which must still be the stored one when the change is written); its kind and
     * the record it points at (id as {@code node(id:)} takes it, and natural key), which may be null.
     */
    public record Change(
            WatchlistStore.State state,
            Verdict oldVerdict,
            String oldFingerprint,
            WatchEventKind kind,
            String recordId,
            String recordKey) {}

    /** Events whose webhook delivery is due, with where and how to send them. */
    public record Due(String watchlistId, String webhookUrl, String secret, List<Event> events) {}

    private final Graph graph;

    public EventStore(Graph graph) {
        this.graph = graph;
    }

    /**
     * In one transaction: stores the new states and creates one event per watchlist watching the
     * subject in that domain, numbered in commit order (the sequence node is locked first). A change
     * whose stored state is no longer the one it was computed against (another server or trigger
     * recorded it meanwhile) is skipped, so that one change never gives two events. Returns the
     * number of events created.
     */
    public long record(List<Change> changes, String dataVersion, LocalDate effectiveOn, String cause) {
        if (changes.isEmpty()) {
            return 0;
        }
        List<Map<String, Object>> rows = new ArrayList<>(changes.size());
        List<WatchlistStore.State> states = changes.stream().map(Change::state).toList();
        List<Map<String, Object>> stateRows = WatchlistStore.rows(states);
        for (int i = 0; i < changes.size(); i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("order", i);
            row.put("state", stateRows.get(i));
            Verdict old = changes.get(i).oldVerdict();
            row.put("old", old == null ? null : old.name());
            row.put("before", changes.get(i).oldFingerprint());
            row.put("kind", changes.get(i).kind().name());
            row.put("recordId", changes.get(i).recordId());
            row.put("recordKey", changes.get(i).recordKey());
            rows.add(row);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("rows", rows);
        p.put("dataVersion", dataVersion);
        p.put("effectiveOn", effectiveOn);
        p.put("cause", cause);
        return graph
                .write(
                        "MERGE (q:WatchMeta {id: 'sequence'}) ON CREATE SET q.value = 0 SET q.locked = true"
                                + " WITH q UNWIND $rows AS c"
                                + " MATCH (s:WatchState {key: c.state.key}) WHERE s.fingerprint = c.before"
                                + " SET s += c.state"
                                + " WITH q, c MATCH (w:Watchlist)-[:WATCHES]->(:WatchTarget {id: c.state.subjectId})"
                                + " WHERE c.state.domain IN w.domains"
                                + " WITH q, c, w ORDER BY c.order, w.id"
                                + " WITH q, collect({c: c, w: w.id, hook: w.webhookUrl IS NOT NULL}) AS evs"
                                + " WITH q, evs, q.value AS base SET q.value = base + size(evs)"
                                + " WITH base, evs UNWIND range(0, size(evs) - 1) AS i"
                                + " WITH base + i + 1 AS seq, evs[i] AS ev"
                                + " CREATE (e:WatchEvent {id: randomUUID(), seq: seq, watchlistId: ev.w,"
                                + " subjectId: ev.c.state.subjectId, subjectKind: ev.c.state.kind,"
                                + " domain: ev.c.state.domain, oldVerdict: ev.c.old, newVerdict: ev.c.state.verdict,"
                                + " reasons: ev.c.state.reasons, evidenceIds: ev.c.state.evidenceIds,"
                                + " dataVersion: $dataVersion, occurredAt: datetime(), effectiveOn: $effectiveOn,"
                                + " cause: $cause, attempts: 0, kind: ev.c.kind, recordId: ev.c.recordId,"
                                + " recordKey: ev.c.recordKey,"
                                + " nextAttemptAt: CASE WHEN ev.hook THEN datetime() ELSE null END})"
                                + " RETURN count(e) AS n",
                        p)
                .stream()
                .findFirst()
                .map(r -> r.get("n").asLong())
                .orElse(0L);
    }

    /** Up to {@code limit} events of a watchlist after sequence number {@code afterSeq}, oldest first. */
    public List<Event> after(String watchlistId, long afterSeq, int limit) {
        return graph
                .read(
                        "MATCH (e:WatchEvent) WHERE e.watchlistId = $w AND e.seq > $after"
                                + " RETURN e ORDER BY e.seq LIMIT $limit",
                        Map.of("w", watchlistId, "after", afterSeq, "limit", limit))
                .stream()
                .map(r -> event(r.get("e")))
                .toList();
    }

    public long count(String watchlistId) {
        return graph.read(
                        "MATCH (e:WatchEvent) WHERE e.watchlistId = $w AND e.seq > -1 RETURN count(e) AS n",
                        Map.of("w", watchlistId))
                .getFirst()
                .get("n")
                .asLong();
    }

    /** The sequence number of the last event so far (0 before the first). */
    public long lastSeq() {
        return graph.read("MATCH (q:WatchMeta {id: 'sequence'}) RETURN q.value AS v", Map.of()).stream()
                .findFirst()
                .map(r -> r.get("v").asLong())
                .orElse(0L);
    }

    // --- webhook delivery --------------------------------------------------------------------

    /** Events due for delivery, grouped by watchlist and in sequence order within each. */
    public List<Due> due(int limit) {
        List<Due> due = new ArrayList<>();
        for (Record r : graph.read(
                "MATCH (e:WatchEvent) WHERE e.nextAttemptAt <= datetime() WITH e ORDER BY e.seq LIMIT $limit"
                        + " MATCH (w:Watchlist {id: e.watchlistId}) WITH w, collect(e) AS events"
                        + " RETURN w.id AS id, w.webhookUrl AS url, w.secret AS secret, events ORDER BY id",
                Map.of("limit", limit))) {
            due.add(new Due(
                    r.get("id").asString(),
                    r.get("url").asString(null),
                    r.get("secret").asString(),
                    r.get("events").asList(EventStore::event)));
        }
        return due;
    }

    public void delivered(String eventId) {
        graph.write(
                "MATCH (e:WatchEvent {id: $id}) SET e.nextAttemptAt = null, e.deliveredAt = datetime(),"
                        + " e.attempts = e.attempts + 1, e.lastError = null",
                Map.of("id", eventId));
    }

    /**
     * A failed attempt: every pending event of the watchlist waits {@code backoff}; events older
     * than {@code giveUpAfter} are given up (they stay readable through {@code events}).
     */
    public void failed(String watchlistId, String eventId, String error, Duration backoff, Duration giveUpAfter) {
        graph.write(
                "MATCH (f:WatchEvent {id: $id}) SET f.attempts = f.attempts + 1, f.lastError = $error"
                        + " WITH f MATCH (e:WatchEvent) WHERE e.watchlistId = $w AND e.nextAttemptAt IS NOT NULL"
                        + " SET e.nextAttemptAt = CASE WHEN e.occurredAt < datetime() - duration({milliseconds: $giveUp})"
                        + " THEN null ELSE datetime() + duration({milliseconds: $backoff}) END,"
                        + " e.gaveUpAt = CASE WHEN e.occurredAt < datetime() - duration({milliseconds: $giveUp})"
                        + " THEN datetime() ELSE null END",
                Map.of(
                        "id", eventId,
                        "w", watchlistId,
                        "error", error,
                        "backoff", backoff.toMillis(),
                        "giveUp", giveUpAfter.toMillis()));
    }

    // --- load runs, lease, daily job -----------------------------------------------------------

    /** Completed load runs change detection has not processed yet, oldest first. */
    public List<String> pendingRuns(int limit) {
        return graph
                .read(
                        "MATCH (r:LoadRun {status: 'COMPLETED'}) WHERE r.watchedAt IS NULL AND r.finishedAt IS NOT NULL"
                                + " RETURN r.id AS id ORDER BY r.finishedAt, r.id LIMIT $limit",
                        Map.of("limit", limit))
                .stream()
                .map(r -> r.get("id").asString())
                .toList();
    }

    public void runProcessed(String runId) {
        runsProcessed(List.of(runId));
    }

    /** Hands a run back to the worker: it is processed again by the next round. */
    public void runPending(String runId) {
        graph.write("MATCH (r:LoadRun {id: $id}) SET r.watchedAt = null", Map.of("id", runId));
    }

    public void runsProcessed(List<String> runIds) {
        graph.write("UNWIND $ids AS id MATCH (r:LoadRun {id: id}) SET r.watchedAt = datetime()", Map.of("ids", runIds));
    }

    public boolean anythingWatched() {
        return !graph.read("MATCH (t:WatchTarget) RETURN t LIMIT 1", Map.of()).isEmpty();
    }

    /**
     * Takes or renews the worker lease for {@code holder}; true when it holds it now. A lease
     * not renewed within {@code ttl} may be taken by another server.
     */
    public boolean lease(String holder, Duration ttl) {
        return !graph.write(
                        "MERGE (l:WatchMeta {id: 'lease'}) SET l.locked = true"
                                + " WITH l WHERE l.holder IS NULL OR l.holder = $holder OR l.until < datetime()"
                                + " SET l.holder = $holder, l.until = datetime() + duration({milliseconds: $ttl})"
                                + " RETURN l.holder AS holder",
                        Map.of("holder", holder, "ttl", ttl.toMillis()))
                .isEmpty();
    }

    public void release(String holder) {
        graph.write(
                "MATCH (l:WatchMeta {id: 'lease', holder: $holder}) SET l.holder = null, l.until = null",
                Map.of("holder", holder));
    }

    /** The last date the daily job completed for, if any. */
    public Optional<LocalDate> lastDailyRun() {
        return graph.read("MATCH (d:WatchMeta {id: 'daily'}) RETURN d.on AS on", Map.of()).stream()
                .findFirst()
                .map(r -> Nodes.date(r.get("on")));
    }

    public void dailyRunDone(LocalDate on) {
        graph.write(
                "MERGE (d:WatchMeta {id: 'daily'}) SET d.on = CASE WHEN d.on IS NULL OR d.on < $on THEN $on ELSE d.on END",
                Map.of("on", on));
    }

    private static Event event(Value e) {
        String old = e.get("oldVerdict").asString(null);
        return new Event(
                e.get("id").asString(),
                e.get("seq").asLong(),
                e.get("watchlistId").asString(),
                e.get("subjectId").asString(),
                SubjectKind.valueOf(e.get("subjectKind").asString()),
                SanctionDomain.valueOf(e.get("domain").asString()),
                old == null ? null : Verdict.valueOf(old),
                Verdict.valueOf(e.get("newVerdict").asString()),
                e.get("reasons").asList(Value::asString),
                e.get("evidenceIds").asList(Value::asString),
                e.get("dataVersion").asString(null),
                e.get("occurredAt").asZonedDateTime(),
                Nodes.date(e.get("effectiveOn")),
                e.get("cause").asString(null),
                e.get("attempts").asInt(0),
                WatchEventKind.valueOf(e.get("kind").asString(WatchEventKind.VERDICT_CHANGED.name())),
                e.get("recordId").asString(null),
                e.get("recordKey").asString(null));
    }

    /**
     * The type of each key that names a record a check can rest on (Listing, Penalty, Accident,
     * Hazard, by natural key); keys of other things (subjects on a control path) are absent.
     */
    public Map<String, String> recordTypes(java.util.Collection<String> keys) {
        Map<String, String> types = new HashMap<>();
        if (keys.isEmpty()) {
            return types;
        }
        for (Record r : graph.read(
                "UNWIND $keys AS k CALL (k) {"
                        + " MATCH (:Listing {key: k}) RETURN 'Listing' AS type"
                        + " UNION MATCH (:Penalty {key: k}) RETURN 'Penalty' AS type"
                        + " UNION MATCH (:Accident {accidentNumber: k}) RETURN 'Accident' AS type"
                        + " UNION MATCH (:Hazard {hazardNumber: k}) RETURN 'Hazard' AS type"
                        + " } RETURN k, type",
                Map.of("keys", List.copyOf(keys)))) {
            types.putIfAbsent(r.get("k").asString(), r.get("type").asString());
        }
        return types;
    }

    /** The run that first wrote {@code n} started after the subject's baseline (or the baseline predates the mark). */
    private static final String AFTER_BASELINE =
            " AND (since IS NULL OR EXISTS { MATCH (r:LoadRun {id: n.firstLoadRun}) WHERE r.startedAt > since })";

    /** A record about a watched subject that one of the given load runs wrote for the first time. */
    public record NewRecord(String subjectId, String type, String key, WatchEventKind kind) {}

    /**
     * The penalties, accidents, hazards and listings about these subjects (USCCs or person ids)
     * that these load runs first wrote ({@code firstLoadRun}): a changed or unchanged re-load of a
     * record held before is not new.
     */
    public List<NewRecord> newRecords(List<String> runIds, Map<String, String> stateKeys) {
        if (runIds.isEmpty() || stateKeys.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> subjects = new ArrayList<>();
        stateKeys.forEach((id, state) -> subjects.add(Map.of("id", id, "state", state)));
        List<NewRecord> found = new ArrayList<>();
        for (Record r : graph.read(
                "UNWIND $subjects AS row WITH row.id AS sid, row.state AS stateKey"
                        + " OPTIONAL MATCH (st:WatchState {key: stateKey}) WITH sid, st.baselinedAt AS since"
                        + " CALL (sid) { MATCH (s:Enterprise {uscc: sid}) RETURN s UNION MATCH (s:Person {id: sid}) RETURN s }"
                        + " CALL (s, since) {"
                        + " MATCH (n:Penalty)-[:AGAINST]->(s) WHERE n.firstLoadRun IN $runs" + AFTER_BASELINE
                        + " RETURN 'Penalty' AS type, n.key AS key, 'PENALTY_ADDED' AS kind"
                        + " UNION MATCH (n:Accident)-[:AT]->(s) WHERE n.firstLoadRun IN $runs" + AFTER_BASELINE
                        + " RETURN 'Accident' AS type, n.accidentNumber AS key, 'ACCIDENT_ADDED' AS kind"
                        + " UNION MATCH (n:Hazard)-[:AT]->(s) WHERE n.firstLoadRun IN $runs" + AFTER_BASELINE
                        + " RETURN 'Hazard' AS type, n.hazardNumber AS key, 'HAZARD_ADDED' AS kind"
                        + " UNION MATCH (n:Listing)-[:OF]->(s) WHERE n.firstLoadRun IN $runs" + AFTER_BASELINE
                        + " RETURN 'Listing' AS type, n.key AS key, 'LISTING_ADDED' AS kind }"
                        + " RETURN sid, type, key, kind ORDER BY sid, type, key",
                Map.of("runs", runIds, "subjects", subjects))) {
            found.add(new NewRecord(
                    r.get("sid").asString(),
                    r.get("type").asString(),
                    r.get("key").asString(),
                    WatchEventKind.valueOf(r.get("kind").asString())));
        }
        return found;
    }
}
