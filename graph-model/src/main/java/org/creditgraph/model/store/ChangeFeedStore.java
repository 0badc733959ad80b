package org.creditgraph.model.store;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;

/**
 * Where the change feed reads what changed: every record a load run or a correction writes carries
 * {@code loadRun} = that run's id (the data version), so the records changed after a position are
 * those whose run finished later. Runs are ordered by (finishedAt, id); within a run, by record
 * type (in {@link Type} order) and natural key. A record written again later carries the later
 * run, so it moves to its latest change and is never listed twice. A run still going is not read
 * until it finishes; a failed run is read, since the batches it committed are in the graph.
 */
public final class ChangeFeedStore {

    /** The record types of the feed, in the order they come within one data version. */
    public enum Type {
        Enterprise("uscc"),
        Listing("key"),
        Penalty("key"),
        Accident("accidentNumber"),
        Hazard("hazardNumber");

        private final String key;

        Type(String key) {
            this.key = key;
        }
    }

    /** A finished load run (or correction): a data version. */
    public record Run(String id, ZonedDateTime finishedAt) {}

    /** A record a run wrote, with the day the system first held it, when the loader recorded that. */
    public record Changed(String key, LocalDate firstHeldOn) {}

    private final Graph graph;

    public ChangeFeedStore(Graph graph) {
        this.graph = graph;
    }

    public Optional<Run> run(String id) {
        return graph
                .read(
                        "MATCH (r:LoadRun {id: $id}) WHERE r.finishedAt IS NOT NULL"
                                + " RETURN r.id AS id, r.finishedAt AS at",
                        Map.of("id", id))
                .stream()
                .findFirst()
                .map(r -> new Run(r.get("id").asString(), r.get("at").asZonedDateTime()));
    }

    /**
     * Finished runs in feed order after a position: after {@code after} when given, else finished
     * strictly after {@code time} when given, else from the first.
     */
    public List<Run> runsAfter(Run after, ZonedDateTime time, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("at", after != null ? after.finishedAt() : time);
        p.put("id", after == null ? null : after.id());
        p.put("limit", limit);
        return graph
                .read(
                        "MATCH (r:LoadRun) WHERE r.finishedAt IS NOT NULL AND ($at IS NULL OR r.finishedAt > $at"
                                + " OR ($id IS NOT NULL AND r.finishedAt = $at AND r.id > $id))"
                                + " RETURN r.id AS id, r.finishedAt AS at ORDER BY r.finishedAt, r.id LIMIT $limit",
                        p)
                .stream()
                .map(r -> new Run(r.get("id").asString(), r.get("at").asZonedDateTime()))
                .toList();
    }

    /** Up to {@code limit} records of one type that {@code runId} wrote, by key after {@code afterKey}. */
    public List<Changed> changed(String runId, Type type, String afterKey, int limit) {
        Map<String, Object> p = new HashMap<>();
        p.put("run", runId);
        p.put("after", afterKey == null ? "" : afterKey);
        p.put("limit", limit);
        String key = "n." + type.key;
        return graph
                .read(
                        "MATCH (n:" + type.name() + ") WHERE n.loadRun = $run AND " + key + " > $after" + " RETURN "
                                + key + " AS key, n.firstLoadedAt AS first ORDER BY key LIMIT $limit",
                        p)
                .stream()
                .map(r -> new Changed(r.get("key").asString(), firstHeldOn(r.get("first"))))
                .toList();
    }

    private static LocalDate firstHeldOn(Value first) {
        if (first.isNull()) {
            return null;
        }
        return first.asZonedDateTime().withZoneSameInstant(PenaltyStore.ZONE).toLocalDate();
    }
}
