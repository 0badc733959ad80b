package org.creditgraph.model.store;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creditgraph.model.Enterprise;
import org.creditgraph.model.matching.MatchCandidate;
import org.creditgraph.model.matching.UnlinkedListing;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Cypher of entity matching (issue 9): candidate enterprises from the CJK full-text index,
 * listings without a subject, links, the review queue ({@code MATCH_CANDIDATE} relationships written
 * by a matching run) and review decisions ({@code MatchDecision} nodes keyed by listing and USCC, so
 * that they outlive a reload of the listing).
 */
public final class MatchStore {

    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";

    /** A listing waiting for a subject, as published. */
    public record Unlinked(
            String key,
            String list,
            String subjectName,
            String subjectNameZh,
            String caseNumber,
            List<String> addresses,
            String country) {

        /** The published name with the Chinese name in brackets when the loader kept it apart. */
        public String nameToMatch() {
            String name = subjectName == null ? "" : subjectName;
            return subjectNameZh != null && !subjectNameZh.isBlank() && !name.contains(subjectNameZh)
                    ? name + "(" + subjectNameZh + ")"
                    : name;
        }
    }

    /** A full-text query per listing (or per {@code match} call); {@code uscc}: a code printed with the name. */
    public record CandidateQuery(String id, String lucene, String uscc) {}

    /** A candidate stored for review, as ranked by the last matching run. */
    public record Stored(String uscc, String name, double score, List<String> explanations) {}

    /** One entry of the review queue. */
    public record Review(Unlinked listing, List<Stored> candidates) {}

    /** A decision or link to write: who decided, when, with which score. */
    public record Decision(String listingKey, String uscc, double score, String decidedBy, OffsetDateTime decidedAt) {

        Map<String, Object> row() {
            Map<String, Object> row = new HashMap<>();
            row.put("key", listingKey);
            row.put("uscc", uscc);
            row.put("score", score);
            row.put("decidedBy", decidedBy);
            row.put("decidedAt", decidedAt);
            return row;
        }
    }

    private static final String UNLINKED_FIELDS = "l {.key, .list, .subjectName, .subjectNameZh, .caseNumber,"
            + " addresses: coalesce(l.addresses, []), .country}";

    private final Graph graph;

    public MatchStore(Graph graph) {
        this.graph = graph;
    }

    /** Listings published without a code (they carry {@code subjectName}) and not linked to a subject yet. */
    public List<Unlinked> unlinked() {
        return unlinked(Optional.empty());
    }

    /** Listings without a subject, of one load run only when {@code loadRun} is given. */
    public List<Unlinked> unlinked(Optional<String> loadRun) {
        Map<String, Object> params = new HashMap<>();
        params.put("run", loadRun.orElse(null));
        return graph
                .read(
                        "MATCH (l:Listing) WHERE ($run IS NULL OR l.loadRun = $run) AND l.subjectName IS NOT NULL"
                                + " AND NOT EXISTS { (l)-[:OF]->() }"
                                + " RETURN " + UNLINKED_FIELDS + " AS l ORDER BY l.key",
                        params)
                .stream()
                .map(r -> unlinked(r.get("l")))
                .toList();
    }

    public Optional<Unlinked> listing(String key) {
        return graph
                .read(
                        "MATCH (l:Listing {key: $key}) WHERE l.subjectName IS NOT NULL RETURN " + UNLINKED_FIELDS
                                + " AS l",
                        Map.of("key", key))
                .stream()
                .findFirst()
                .map(r -> unlinked(r.get("l")));
    }

    public Optional<MatchCandidate> enterprise(String uscc) {
        return graph
                .read(
                        "MATCH (e:Enterprise {uscc: $uscc}) RETURN e {.uscc, .name, .formerNames, .regionCode} AS e",
                        Map.of("uscc", uscc))
                .stream()
                .findFirst()
                .map(r -> candidate(r.get("e")));
    }

    /** Enterprises by USCC, in one query, for answers that show the matched enterprise. */
    public Map<String, Enterprise> enterprises(Collection<String> usccs) {
        Map<String, Enterprise> found = new HashMap<>();
        for (Record r : graph.read(
                "MATCH (e:Enterprise) WHERE e.uscc IN $usccs RETURN e", Map.of("usccs", List.copyOf(usccs)))) {
            Enterprise e = Nodes.enterprise(r.get("e"));
            found.put(e.uscc(), e);
        }
        return found;
    }

    /** Candidate enterprises per query id, in one round trip: up to {@code limit} full-text hits each. */
    public Map<String, List<MatchCandidate>> candidates(List<CandidateQuery> queries, int limit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CandidateQuery q : queries) {
            Map<String, Object> row = new HashMap<>();
            row.put("id", q.id());
            row.put("lucene", q.lucene());
            row.put("uscc", q.uscc());
            rows.add(row);
        }
        Map<String, List<MatchCandidate>> found = new HashMap<>();
        for (Record r : graph.read("""
                UNWIND $queries AS q
                CALL (q) {
                  WITH q WHERE q.lucene IS NOT NULL AND q.lucene <> ''
                  CALL db.index.fulltext.queryNodes('subject_names', q.lucene, {limit: $limit}) YIELD node
                  WITH node WHERE node:Enterprise
                  RETURN node
                  UNION
                  MATCH (node:Enterprise {uscc: q.uscc})
                  RETURN node
                }
                RETURN q.id AS id, collect(DISTINCT node {.uscc, .name, .formerNames, .regionCode}) AS candidates
                """, Map.of("queries", rows, "limit", limit))) {
            found.put(r.get("id").asString(), r.get("candidates").asList(MatchStore::candidate));
        }
        return found;
    }

    /** Pairs a reviewer rejected, per listing key: never linked automatically again. */
    public Map<String, Set<String>> rejected(List<String> listingKeys) {
        Map<String, Set<String>> rejected = new HashMap<>();
        for (Record r : graph.read(
                "MATCH (d:MatchDecision {decision: $rejected}) WHERE d.listingKey IN $keys"
                        + " RETURN d.listingKey AS key, collect(d.uscc) AS usccs",
                Map.of("keys", listingKeys, "rejected", REJECTED))) {
            rejected.put(r.get("key").asString(), new HashSet<>(r.get("usccs").asList(Value::asString)));
        }
        return rejected;
    }

    /** Re-creates the links of accepted decisions that a reload removed; returns how many. */
    public long restoreAccepted() {
        return graph.write(
                        "MATCH (d:MatchDecision {decision: $accepted})"
                                + " MATCH (l:Listing {key: d.listingKey}) WHERE NOT EXISTS { (l)-[:OF]->(:Enterprise {uscc: d.uscc}) }"
                                + " MATCH (e:Enterprise {uscc: d.uscc})"
                                + " WITH l, e, d {.score, .decidedBy, .decidedAt} AS row "
                                + UnlinkedListing.LINK
                                + " RETURN count(*) AS restored",
                        Map.of("accepted", ACCEPTED))
                .getFirst()
                .get("restored")
                .asLong();
    }

    /** Links listings to enterprises (origin MATCH) and clears their review candidates. */
    public void link(List<Decision> links) {
        if (links.isEmpty()) {
            return;
        }
        graph.write(
                "UNWIND $rows AS row MATCH (l:Listing {key: row.key}) MATCH (e:Enterprise {uscc: row.uscc})"
                        + " CALL (l) { MATCH (l)-[c:MATCH_CANDIDATE]->() DELETE c }"
                        + " WITH l, e, row " + UnlinkedListing.LINK,
                Map.of("rows", links.stream().map(Decision::row).toList()));
    }

    /** Replaces the review candidates of each listing key (an empty list clears them). */
    public void saveReview(Map<String, List<Stored>> candidatesByListing) {
        if (candidatesByListing.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        candidatesByListing.forEach((key, candidates) -> {
            List<Map<String, Object>> cs = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                Stored s = candidates.get(i);
                cs.add(Map.of("uscc", s.uscc(), "score", s.score(), "explanations", s.explanations(), "rank", i + 1));
            }
            rows.add(Map.of("key", key, "candidates", cs));
        });
        graph.write(
                "UNWIND $rows AS row MATCH (l:Listing {key: row.key})"
                        + " CALL (l) { MATCH (l)-[c:MATCH_CANDIDATE]->() DELETE c }"
                        + " WITH l, row UNWIND row.candidates AS c"
                        + " MATCH (e:Enterprise {uscc: c.uscc})"
                        + " CREATE (l)-[:MATCH_CANDIDATE {rank: c.rank, score: c.score, explanations: c.explanations}]->(e)",
                Map.of("rows", rows));
    }

    /** The review queue: unlinked listings with stored candidates, by listing key, after {@code afterKey}. */
    public List<Review> reviewQueue(String afterKey, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("after", afterKey);
        params.put("limit", limit);
        return graph
                .read(
                        "MATCH (l:Listing) WHERE ($after IS NULL OR l.key > $after)"
                                + " AND EXISTS { (l)-[:MATCH_CANDIDATE]->() } AND NOT EXISTS { (l)-[:OF]->() }"
                                + " WITH l ORDER BY l.key LIMIT $limit"
                                + " CALL (l) { MATCH (l)-[c:MATCH_CANDIDATE]->(e:Enterprise) WITH c, e ORDER BY c.rank"
                                + "   RETURN collect({uscc: e.uscc, name: e.name, score: c.score,"
                                + "     explanations: c.explanations}) AS candidates }"
                                + " RETURN " + UNLINKED_FIELDS + " AS l, candidates ORDER BY l.key",
                        params)
                .stream()
                .map(r -> new Review(
                        unlinked(r.get("l")),
                        r.get("candidates")
                                .asList(v -> new Stored(
                                        v.get("uscc").asString(),
                                        v.get("name").asString(null),
                                        v.get("score").asDouble(),
                                        v.get("explanations").asList(Value::asString)))))
                .toList();
    }

    public long reviewQueueSize() {
        return graph.read(
                        "MATCH (l:Listing) WHERE EXISTS { (l)-[:MATCH_CANDIDATE]->() } AND NOT EXISTS { (l)-[:OF]->() }"
                                + " RETURN count(l) AS n",
                        Map.of())
                .getFirst()
                .get("n")
                .asLong();
    }

    /**
     * Stores an accepted pair and links it; an earlier accepted pair of the same listing is
     * superseded and its match link removed.
     */
    public void accept(Decision d) {
        graph.write(
                "WITH $row AS row MATCH (l:Listing {key: row.key}) MATCH (e:Enterprise {uscc: row.uscc})"
                        + " MERGE (d:MatchDecision {key: row.key + '|' + row.uscc})"
                        + " SET d.listingKey = row.key, d.uscc = row.uscc, d.decision = $accepted, d.score = row.score,"
                        + " d.decidedBy = row.decidedBy, d.decidedAt = row.decidedAt"
                        + " WITH l, e, row"
                        + " CALL (l, row) { MATCH (old:MatchDecision {listingKey: row.key, decision: $accepted})"
                        + "   WHERE old.uscc <> row.uscc SET old.decision = 'SUPERSEDED' }"
                        + " CALL (l, e) { MATCH (l)-[other:OF]->(x) WHERE x <> e AND other.origin = $origin DELETE other }"
                        + " CALL (l) { MATCH (l)-[c:MATCH_CANDIDATE]->() DELETE c }"
                        + " WITH l, e, row " + UnlinkedListing.LINK,
                Map.of("row", d.row(), "accepted", ACCEPTED, "origin", UnlinkedListing.MATCH_ORIGIN));
    }

    /** Stores a rejected pair and removes its match link and review entry, if any. */
    public void reject(Decision d) {
        graph.write(
                "WITH $row AS row MATCH (l:Listing {key: row.key}) MATCH (e:Enterprise {uscc: row.uscc})"
                        + " MERGE (d:MatchDecision {key: row.key + '|' + row.uscc})"
                        + " SET d.listingKey = row.key, d.uscc = row.uscc, d.decision = $rejected, d.score = row.score,"
                        + " d.decidedBy = row.decidedBy, d.decidedAt = row.decidedAt"
                        + " WITH l, e"
                        + " CALL (l, e) { MATCH (l)-[r:OF|MATCH_CANDIDATE]->(e)"
                        + "   WHERE type(r) = 'MATCH_CANDIDATE' OR r.origin = $origin DELETE r }",
                Map.of("row", d.row(), "rejected", REJECTED, "origin", UnlinkedListing.MATCH_ORIGIN));
    }

    /** The stored decision on a pair: ACCEPTED, REJECTED or SUPERSEDED. */
    public Optional<String> decision(String listingKey, String uscc) {
        return graph
                .read(
                        "MATCH (d:MatchDecision {key: $key}) RETURN d.decision AS decision",
                        Map.of("key", listingKey + "|" + uscc))
                .stream()
                .findFirst()
                .map(r -> r.get("decision").asString());
    }

    private static Unlinked unlinked(Value l) {
        return new Unlinked(
                l.get("key").asString(),
                l.get("list").asString(null),
                l.get("subjectName").asString(null),
                l.get("subjectNameZh").asString(null),
                l.get("caseNumber").asString(null),
                l.get("addresses").asList(Value::asString),
                l.get("country").asString(null));
    }

    private static MatchCandidate candidate(Value e) {
        return new MatchCandidate(
                e.get("uscc").asString(),
                e.get("name").asString(null),
                e.get("formerNames").isNull() ? List.of() : e.get("formerNames").asList(Value::asString),
                e.get("regionCode").asString(null));
    }
}
