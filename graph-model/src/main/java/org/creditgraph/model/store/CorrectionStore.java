package org.creditgraph.model.store;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.creditgraph.model.rules.ListingPeriod;
import org.creditgraph.model.rules.ListingRegime;
import org.neo4j.driver.Value;

/**
 * Corrections made through the API (issue 7): an early removal or restoration of a listing (D3),
 * an annulment of a penalty (D6). Each writes the same properties the listings and penalties
 * loaders write, and in the same transaction records who, when and why ({@code (:Correction)-
 * [:CORRECTS]->(record)}, with the values before and after) and a completed {@code LoadRun} of
 * kind CORRECTION, which becomes the new dataVersion and names the corrected record as one it
 * wrote ({@code loadRun}). The run is created as processed ({@code watchedAt}): the caller runs
 * change detection at once, and hands the run to the worker ({@link EventStore#runPending}) only
 * when that fails.
 */
public final class CorrectionStore {

    public static final String REMOVE_LISTING_EARLY = "REMOVE_LISTING_EARLY";
    public static final String RESTORE_LISTING = "RESTORE_LISTING";
    public static final String ANNUL_PENALTY = "ANNUL_PENALTY";
    public static final String REPAIR_PENALTY = "REPAIR_PENALTY";

    /** D3: a listing as a correction needs it; {@code regime} is null for a list the rules do not know. */
    public record ListingRecord(String key, ListingRegime regime, ListingPeriod.ListingDates dates) {}

    /** D6: a penalty as an annulment needs it. */
    public record PenaltyRecord(String key, LocalDate decidedOn, String status, LocalDate repairedOn) {}

    /**
     * One correction: what ({@code kind}, {@code targetKey}), effective on which date, why, by whom,
     * when, the values it replaced ({@code changes}, "property: old → new"), the data version it
     * created, and the subjects of the corrected record (USCC or opaque person id, D12).
     */
    public record Correction(
            String id,
            String kind,
            String targetKey,
            LocalDate effectiveOn,
            String reason,
            String by,
            ZonedDateTime at,
            List<String> changes,
            String dataVersion,
            List<String> subjectIds) {}

    private static final String RETURN = " RETURN c, CASE WHEN t IS NULL THEN [] ELSE"
            + " [(t)-[:OF|AGAINST]->(n) | coalesce(n.uscc, n.id)] END AS subjects";

    private final Graph graph;

    public CorrectionStore(Graph graph) {
        this.graph = graph;
    }

    public Optional<ListingRecord> listing(String key) {
        return graph.read("MATCH (l:Listing {key: $key}) RETURN l", Map.of("key", key)).stream()
                .findFirst()
                .map(r -> {
                    Value l = r.get("l");
                    return new ListingRecord(
                            key,
                            ListingRegime.parse(l.get("list").asString("")).orElse(null),
                            new ListingPeriod.ListingDates(
                                    Nodes.date(l.get("listedOn")),
                                    Nodes.date(l.get("expiresOn")),
                                    Nodes.date(l.get("removedOn")),
                                    Nodes.date(l.get("restoredOn"))));
                });
    }

    public Optional<PenaltyRecord> penalty(String key) {
        return graph.read("MATCH (p:Penalty {key: $key}) RETURN p", Map.of("key", key)).stream()
                .findFirst()
                .map(r -> new PenaltyRecord(
                        key,
                        Nodes.date(r.get("p").get("decidedOn")),
                        r.get("p").get("status").asString(null),
                        Nodes.date(r.get("p").get("repairedOn"))));
    }

    /** D3: sets 移出日期 and 移出原因 as the listings loader does. */
    public Correction removeListingEarly(ListingRecord listing, LocalDate removedOn, String reason, String by) {
        List<String> changes =
                List.of("removedOn: " + listing.dates().removedOn() + " → " + removedOn, "removalReason: → " + reason);
        return write(
                "MATCH (t:Listing {key: $key})",
                "t.removedOn = $on, t.removalReason = $reason",
                REMOVE_LISTING_EARLY,
                listing.key(),
                removedOn,
                reason,
                by,
                changes);
    }

    /** D3: sets 恢复日期 as the listings loader does; the removal date stays, the restoration revokes it. */
    public Correction restoreListing(ListingRecord listing, LocalDate restoredOn, String reason, String by) {
        List<String> changes = List.of("restoredOn: " + listing.dates().restoredOn() + " → " + restoredOn);
        return write(
                "MATCH (t:Listing {key: $key})",
                "t.restoredOn = $on",
                RESTORE_LISTING,
                listing.key(),
                restoredOn,
                reason,
                by,
                changes);
    }

    /** D6: sets 状态 = 撤销 and 状态日期 as the penalties loader does. */
    public Correction annulPenalty(PenaltyRecord penalty, LocalDate annulledOn, String reason, String by) {
        List<String> changes = List.of("status: " + penalty.status() + " → 撤销", "statusOn: → " + annulledOn);
        return write(
                "MATCH (t:Penalty {key: $key})",
                "t.status = '撤销', t.statusOn = $on",
                ANNUL_PENALTY,
                penalty.key(),
                annulledOn,
                reason,
                by,
                changes);
    }

    /** D6: sets 信用修复日期 as the penalties loader does; public disclosure ends that day. */
    public Correction repairPenalty(PenaltyRecord penalty, LocalDate repairedOn, String reason, String by) {
        return write(
                "MATCH (t:Penalty {key: $key})",
                "t.repairedOn = $on",
                REPAIR_PENALTY,
                penalty.key(),
                repairedOn,
                reason,
                by,
                List.of("repairedOn: → " + repairedOn));
    }

    private Correction write(
            String matchTarget,
            String setProperties,
            String kind,
            String key,
            LocalDate on,
            String reason,
            String by,
            List<String> changes) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> p = new HashMap<>();
        p.put("key", key);
        p.put("on", on);
        p.put("reason", reason);
        p.put("by", by);
        p.put("id", id);
        p.put("kind", kind);
        p.put("changes", changes);
        p.put("run", "correction-" + on + "-" + id);
        return graph
                .write(
                        matchTarget
                                + " SET " + setProperties + ", t.loadRun = $run, t.correctedBy = $id"
                                + " CREATE (:LoadRun {id: $run, kind: 'CORRECTION', file: $kind + ' ' + $key,"
                                + " startedAt: datetime(), finishedAt: datetime(), status: 'COMPLETED',"
                                + " loaded: 1, rejected: 0, unchanged: 0, warnings: 0, watchedAt: datetime()})"
                                + " CREATE (c:Correction {id: $id, kind: $kind, targetKey: $key, effectiveOn: $on,"
                                + " reason: $reason, by: $by, at: datetime(), changes: $changes, dataVersion: $run})"
                                + " CREATE (c)-[:CORRECTS]->(t)"
                                + RETURN,
                        p)
                .stream()
                .findFirst()
                .map(CorrectionStore::correction)
                .orElseThrow(() -> new IllegalStateException("the record " + key + " vanished during the correction"));
    }

    /** Corrections newest first, of one record when {@code targetKey} is set. */
    public List<Correction> recent(String targetKey, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("key", targetKey);
        p.put("limit", limit);
        List<Correction> found = new ArrayList<>();
        graph.read(
                        "MATCH (c:Correction) WHERE $key IS NULL OR c.targetKey = $key"
                                + " WITH c ORDER BY c.at DESC, c.id LIMIT $limit"
                                + " OPTIONAL MATCH (c)-[:CORRECTS]->(t)"
                                + RETURN,
                        p)
                .forEach(r -> found.add(correction(r)));
        return found;
    }

    private static Correction correction(org.neo4j.driver.Record r) {
        Value c = r.get("c");
        return new Correction(
                c.get("id").asString(),
                c.get("kind").asString(),
                c.get("targetKey").asString(),
                Nodes.date(c.get("effectiveOn")),
                c.get("reason").asString(null),
                c.get("by").asString(),
                c.get("at").asZonedDateTime(),
                c.get("changes").asList(Value::asString),
                c.get("dataVersion").asString(),
                r.get("subjects").asList(Value::asString));
    }
}
