package org.creditgraph.model.store;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.check.Verdict;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Watchlists (issue 7): a caller's named set of subjects and domains, the subjects it watches
 * ({@code (:Watchlist)-[:WATCHES]->(:WatchTarget {id, kind})}, by USCC or opaque person id, never
 * by ID number, D12), and the last verdict per watched subject and domain ({@code :WatchState}),
 * against which change detection compares.
 */
public final class WatchlistStore {

    /** A watchlist as stored; {@code secret} signs its webhooks and is never shown after creation. */
    public record Watchlist(
            String id,
            String name,
            String owner,
            List<SanctionDomain> domains,
            String webhookUrl,
            String secret,
            long subjectCount,
            ZonedDateTime createdAt) {}

    /** A watched subject: its id (USCC or person id) and kind. */
    public record Target(String id, SubjectKind kind) {}

    /** The stored verdict of one watched subject in one domain. */
    public record State(
            String subjectId,
            SubjectKind kind,
            SanctionDomain domain,
            Verdict verdict,
            List<String> reasons,
            List<String> evidenceIds,
            String fingerprint,
            LocalDate since) {

        public static String key(String subjectId, SanctionDomain domain) {
            return subjectId + "|" + domain.name();
        }
    }

    /** A watched subject with the union of the domains its watchlists watch. */
    public record Watched(Target target, Set<SanctionDomain> domains) {}

    private final Graph graph;

    public WatchlistStore(Graph graph) {
        this.graph = graph;
    }

    public void create(Watchlist w) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", w.id());
        p.put("name", w.name());
        p.put("owner", w.owner());
        p.put("domains", w.domains().stream().map(Enum::name).toList());
        p.put("webhookUrl", w.webhookUrl());
        p.put("secret", w.secret());
        graph.write(
                "CREATE (w:Watchlist {id: $id, name: $name, owner: $owner, domains: $domains, webhookUrl: $webhookUrl,"
                        + " secret: $secret, subjectCount: 0, createdAt: datetime()})",
                p);
    }

    public Optional<Watchlist> find(String id) {
        return graph.read("MATCH (w:Watchlist {id: $id}) RETURN w", Map.of("id", id)).stream()
                .findFirst()
                .map(r -> watchlist(r.get("w")));
    }

    public List<Watchlist> ownedBy(String owner) {
        return graph
                .read("MATCH (w:Watchlist {owner: $owner}) RETURN w ORDER BY w.createdAt, w.id", Map.of("owner", owner))
                .stream()
                .map(r -> watchlist(r.get("w")))
                .toList();
    }

    /** Hands every watchlist of one owner to another; returns how many there were. */
    public long transferOwner(String from, String to) {
        return graph.write(
                        "MATCH (w:Watchlist {owner: $from}) SET w.owner = $to RETURN count(w) AS n",
                        Map.of("from", from, "to", to))
                .getFirst()
                .get("n")
                .asLong();
    }

    /** Adds targets (idempotent) and returns the new subject count. */
    public long add(String watchlistId, List<Target> targets) {
        List<Map<String, Object>> rows = targets.stream()
                .map(t -> Map.<String, Object>of("id", t.id(), "kind", t.kind().name()))
                .toList();
        for (int from = 0; from < rows.size(); from += 10_000) {
            graph.write(
                    "MATCH (w:Watchlist {id: $w}) UNWIND $rows AS row MERGE (t:WatchTarget {id: row.id})"
                            + " ON CREATE SET t.kind = row.kind MERGE (w)-[:WATCHES]->(t)",
                    Map.of("w", watchlistId, "rows", rows.subList(from, Math.min(rows.size(), from + 10_000))));
        }
        return recount(watchlistId);
    }

    /** How many of {@code ids} the watchlist does not watch yet. */
    public long countNotOn(String watchlistId, List<String> ids) {
        return graph.read(
                        "MATCH (w:Watchlist {id: $w}) UNWIND $ids AS id WITH w, id"
                                + " WHERE NOT EXISTS { (w)-[:WATCHES]->(:WatchTarget {id: id}) } RETURN count(*) AS n",
                        Map.of("w", watchlistId, "ids", ids))
                .getFirst()
                .get("n")
                .asLong();
    }

    /** Removes targets and returns the new subject count; targets nobody watches any more are dropped. */
    public long remove(String watchlistId, List<String> targetIds) {
        graph.write(
                "MATCH (w:Watchlist {id: $w}) UNWIND $ids AS id MATCH (w)-[x:WATCHES]->(:WatchTarget {id: id}) DELETE x",
                Map.of("w", watchlistId, "ids", targetIds));
        dropOrphans(targetIds);
        return recount(watchlistId);
    }

    /** Deletes the watchlist, its events and the targets only it watched. */
    public void delete(String watchlistId) {
        List<String> ids = graph.read(
                        "MATCH (:Watchlist {id: $w})-[:WATCHES]->(t) RETURN collect(t.id) AS ids",
                        Map.of("w", watchlistId))
                .getFirst()
                .get("ids")
                .asList(Value::asString);
        long deleted;
        do {
            deleted = graph.write(
                            "MATCH (e:WatchEvent) WHERE e.watchlistId = $w WITH e LIMIT 10000 DELETE e RETURN count(*) AS n",
                            Map.of("w", watchlistId))
                    .getFirst()
                    .get("n")
                    .asLong();
        } while (deleted > 0);
        graph.write("MATCH (w:Watchlist {id: $w}) DETACH DELETE w", Map.of("w", watchlistId));
        dropOrphans(ids);
    }

    private void dropOrphans(List<String> ids) {
        for (int from = 0; from < ids.size(); from += 10_000) {
            graph.write(
                    "UNWIND $ids AS id MATCH (t:WatchTarget {id: id}) WHERE NOT EXISTS { (t)<-[:WATCHES]-() }"
                            + " OPTIONAL MATCH (s:WatchState {subjectId: id}) DETACH DELETE s, t",
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + 10_000))));
        }
    }

    private long recount(String watchlistId) {
        return graph.write(
                        "MATCH (w:Watchlist {id: $w}) SET w.subjectCount = COUNT { (w)-[:WATCHES]->() }"
                                + " RETURN w.subjectCount AS n",
                        Map.of("w", watchlistId))
                .getFirst()
                .get("n")
                .asLong();
    }

    /** A page of a watchlist's targets ordered by id, after {@code afterId} (exclusive). */
    public List<Target> targets(String watchlistId, String afterId, int limit) {
        return graph
                .read(
                        "MATCH (:Watchlist {id: $w})-[:WATCHES]->(t) WHERE $after IS NULL OR t.id > $after"
                                + " RETURN t.id AS id, t.kind AS kind ORDER BY t.id LIMIT $limit",
                        params("w", watchlistId, "after", afterId, "limit", limit))
                .stream()
                .map(WatchlistStore::target)
                .toList();
    }

    /** Watched subjects among {@code ids} with the union of the domains watched for each. */
    public List<Watched> watched(List<String> ids) {
        return watchedFrom("UNWIND $ids AS id MATCH (t:WatchTarget {id: id})", Map.of("ids", ids));
    }

    /** All watched subjects after {@code afterId}, in id order: the daily job walks them in pages. */
    public List<Watched> allWatched(String afterId, int limit) {
        return watchedFrom(
                "MATCH (t:WatchTarget) WHERE $after IS NULL OR t.id > $after WITH t ORDER BY t.id LIMIT $limit",
                params("after", afterId, "limit", limit));
    }

    /**
     * The watched subjects some load runs may have changed: subjects of the records they wrote
     * (enterprises, listings, penalties, accidents and the persons responsible for them, role,
     * investment and responsibility edges), and everything those control downstream up to {@code
     * depth} edges (D7a), since a listed controller taints what it controls.
     */
    public List<Watched> touchedBy(List<String> runIds, int depth) {
        int d = Math.max(1, Math.min(depth, 5));
        String touched = "CALL () {"
                + " MATCH (n:Enterprise) WHERE n.loadRun IN $runs RETURN n"
                + " UNION MATCH (l:Listing)-[:OF]->(n) WHERE l.loadRun IN $runs RETURN n"
                + " UNION MATCH (p:Penalty)-[:AGAINST]->(n) WHERE p.loadRun IN $runs RETURN n"
                + " UNION MATCH (x:Accident)-[:AT]->(n) WHERE x.loadRun IN $runs RETURN n"
                + " UNION MATCH (x:Accident)<-[:RESPONSIBLE_FOR]-(n) WHERE x.loadRun IN $runs RETURN n"
                + " UNION MATCH (a)-[r:HOLDS_ROLE]->(b) WHERE r.loadRun IN $runs UNWIND [a, b] AS n RETURN n"
                + " UNION MATCH (a)-[r:INVESTS_IN]->(b) WHERE r.loadRun IN $runs UNWIND [a, b] AS n RETURN n"
                + " UNION MATCH (n)-[r:RESPONSIBLE_FOR]->() WHERE r.loadRun IN $runs RETURN n"
                + "} WITH DISTINCT n"
                + " MATCH (n)-[:HOLDS_ROLE|INVESTS_IN*0.." + d + "]->(m)"
                + " WITH DISTINCT coalesce(m.uscc, m.id) AS id"
                + " MATCH (t:WatchTarget {id: id})";
        return watchedFrom(touched, Map.of("runs", runIds));
    }

    /** Watched subjects among {@code subjectIds} and what they control downstream up to {@code depth} edges. */
    public List<Watched> controlledBy(List<String> subjectIds, int depth) {
        int d = Math.max(1, Math.min(depth, 5));
        return watchedFrom(
                "UNWIND $ids AS sid CALL (sid) { MATCH (n:Enterprise {uscc: sid}) RETURN n"
                        + " UNION MATCH (n:Person {id: sid}) RETURN n }"
                        + " MATCH (n)-[:HOLDS_ROLE|INVESTS_IN*0.." + d + "]->(m)"
                        + " WITH collect(DISTINCT coalesce(m.uscc, m.id)) + $ids AS ids"
                        + " UNWIND ids AS id WITH DISTINCT id MATCH (t:WatchTarget {id: id})",
                Map.of("ids", subjectIds));
    }

    private List<Watched> watchedFrom(String matchT, Map<String, Object> params) {
        List<Watched> result = new ArrayList<>();
        for (Record r : graph.read(
                matchT + " RETURN t.id AS id, t.kind AS kind,"
                        + " COLLECT { MATCH (w:Watchlist)-[:WATCHES]->(t) UNWIND w.domains AS d RETURN DISTINCT d }"
                        + " AS domains ORDER BY id",
                params)) {
            Set<SanctionDomain> domains = new TreeSet<>();
            r.get("domains").asList(Value::asString).forEach(d -> domains.add(SanctionDomain.valueOf(d)));
            if (!domains.isEmpty()) {
                result.add(new Watched(target(r), domains));
            }
        }
        return result;
    }

    /** Stored states by {@link State#key}; pairs without a state are absent. */
    public Map<String, State> states(List<String> keys) {
        Map<String, State> states = new LinkedHashMap<>();
        for (Record r :
                graph.read("UNWIND $keys AS key MATCH (s:WatchState {key: key}) RETURN s", Map.of("keys", keys))) {
            Value s = r.get("s");
            State state = new State(
                    s.get("subjectId").asString(),
                    SubjectKind.valueOf(s.get("kind").asString()),
                    SanctionDomain.valueOf(s.get("domain").asString()),
                    Verdict.valueOf(s.get("verdict").asString()),
                    s.get("reasons").asList(Value::asString),
                    s.get("evidenceIds").asList(Value::asString),
                    s.get("fingerprint").asString(),
                    Nodes.date(s.get("since")));
            states.put(s.get("key").asString(), state);
        }
        return states;
    }

    /** Baseline states for pairs that have none yet (a newly watched subject); existing ones are kept. */
    public void baseline(List<State> states) {
        for (int from = 0; from < states.size(); from += 10_000) {
            graph.write(
                    "UNWIND $rows AS row MERGE (s:WatchState {key: row.key}) ON CREATE SET s += row, s.baselinedAt = datetime()",
                    Map.of("rows", rows(states.subList(from, Math.min(states.size(), from + 10_000)))));
        }
    }

    static List<Map<String, Object>> rows(List<State> states) {
        List<Map<String, Object>> rows = new ArrayList<>(states.size());
        for (State s : states) {
            Map<String, Object> row = new HashMap<>();
            row.put("key", State.key(s.subjectId(), s.domain()));
            row.put("subjectId", s.subjectId());
            row.put("kind", s.kind().name());
            row.put("domain", s.domain().name());
            row.put("verdict", s.verdict().name());
            row.put("reasons", s.reasons());
            row.put("evidenceIds", s.evidenceIds());
            row.put("fingerprint", s.fingerprint());
            row.put("since", s.since());
            rows.add(row);
        }
        return rows;
    }

    private static Target target(Record r) {
        return new Target(
                r.get("id").asString(), SubjectKind.valueOf(r.get("kind").asString()));
    }

    private static Watchlist watchlist(Value w) {
        return new Watchlist(
                w.get("id").asString(),
                w.get("name").asString(),
                w.get("owner").asString(),
                w.get("domains").asList(v -> SanctionDomain.valueOf(v.asString())),
                w.get("webhookUrl").asString(null),
                w.get("secret").asString(),
                w.get("subjectCount").asLong(0),
                w.get("createdAt").asZonedDateTime());
    }

    static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> p = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.put((String) keyValues[i], keyValues[i + 1]);
        }
        return p;
    }
}
