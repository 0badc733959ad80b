package org.creditgraph.model.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.creditgraph.model.Person;
import org.creditgraph.model.Subject;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.TextNormaliser;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Search over names and former names (CJK full-text index) and USCC prefixes, and over the names
 * and legacy codes of listed parties (listings linked to no node); natural persons only
 * for non-public viewers (D12). Ranked by relevance;
 * a code-prefix hit ranks first. Keyset cursor on (score, id).
 */
public final class SubjectSearch {

    private static final Pattern CODE_PREFIX = Pattern.compile("[0-9A-Z]{2,18}");
    private static final Pattern LUCENE_SPECIAL = Pattern.compile("([+\\-&|!(){}\\[\\]^\"~*?:\\\\/])");
    private static final double CODE_PREFIX_SCORE = 1_000_000.0;

    /**
     * Each word is one clause of a Boolean query; Lucene refuses more than 1,024 clauses (an error
     * the caller could only see as INTERNAL), and no name has this many words.
     */
    public static final int MAX_WORDS = 100;

    private static final String MATCHES = """
            CALL (*) {
              CALL db.index.fulltext.queryNodes('subject_names', $lucene) YIELD node, score
              WHERE $persons OR NOT node:Person
              RETURN node, score
              UNION
              MATCH (node:Enterprise) WHERE $prefix IS NOT NULL AND node.uscc STARTS WITH $prefix
              RETURN node, $prefixScore AS score
              UNION
              CALL db.index.fulltext.queryNodes('listed_party_names', $lucene) YIELD node, score
              WHERE NOT EXISTS { (node)-[:OF]->() } AND node.subjectName IS NOT NULL
                AND ($persons OR coalesce(node.subjectType, '') <> '自然人')
              RETURN node, score
            }
            WITH node, max(score) AS score
            """;

    /**
     * SearchFilter: the province (GB/T 2260, two digits or six ending in 0000) and industry code of
     * an enterprise, and whether the subject has a listing in force today (D3; a listed party named
     * only by its listing counts by that listing).
     */
    public record Filter(String provinceCode, String industryCode, Boolean listed) {}

    private final Graph graph;

    public SubjectSearch(Graph graph) {
        this.graph = graph;
    }

    public Page<Subject> search(String text, PageRequest page, Viewer viewer) {
        return search(text, page, viewer, true);
    }

    /**
     * One query, one full-text pass for the page and, only when {@code countTotal}, a second pass
     * in the same query for the total (issue 8: the count walks every hit; most callers do not
     * ask for it). Without the count, {@link Page#totalCount()} is -1.
     */
    public Page<Subject> search(String text, PageRequest page, Viewer viewer, boolean countTotal) {
        return search(text, null, page, viewer, countTotal);
    }

    /** {@link #search(String, PageRequest, Viewer, boolean)} of the subjects that pass {@code filter}. */
    public Page<Subject> search(String text, Filter filter, PageRequest page, Viewer viewer, boolean countTotal) {
        String folded = TextNormaliser.fold(text);
        if (folded.isBlank()) {
            throw new IllegalArgumentException("search text must not be empty");
        }
        if (folded.split("\\s+").length > MAX_WORDS) {
            throw new IllegalArgumentException("search text has more than " + MAX_WORDS + " words");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("lucene", luceneQuery(folded));
        String code = TextNormaliser.code(folded).toUpperCase(Locale.ROOT);
        params.put("prefix", CODE_PREFIX.matcher(code).matches() ? code : null);
        params.put("prefixScore", CODE_PREFIX_SCORE);
        params.put("persons", findsPersonsByName(viewer));
        params.put("limit", page.first() + 1);
        String matches = MATCHES + filtered(filter, params);
        String after = "";
        if (page.after() != null) {
            List<String> key = Cursor.decode(page.after(), 2);
            params.put("afterScore", Double.parseDouble(key.get(0)));
            params.put("afterId", key.get(1));
            after = "WHERE score < $afterScore OR (score = $afterScore AND sortKey > $afterId)";
        }
        Record result = graph.read(
                        matches
                                + "WITH node, score, coalesce(node.uscc, node.id, 'ListedParty:' + node.key) AS sortKey "
                                + after
                                + " WITH node, score, sortKey ORDER BY score DESC, sortKey ASC LIMIT $limit"
                                + " WITH collect({node: node, score: score, sortKey: sortKey}) AS rows "
                                + (countTotal
                                        ? "CALL () { " + matches + "RETURN count(node) AS total } RETURN rows, total"
                                        : "RETURN rows, -1 AS total"),
                        params)
                .getFirst();
        List<Value> rows = result.get("rows").asList(v -> v);
        List<Page.Edge<Subject>> edges = new ArrayList<>();
        for (Value row : rows.subList(0, Math.min(rows.size(), page.first()))) {
            Subject subject = Nodes.subject(row.get("node"));
            if (subject instanceof Person person) {
                subject = person.visibleTo(viewer);
            }
            String cursor = Cursor.encode(List.of(
                    Double.toString(row.get("score").asDouble()),
                    row.get("sortKey").asString()));
            edges.add(new Page.Edge<>(cursor, subject));
        }
        return new Page<>(edges, rows.size() > page.first(), result.get("total").asLong());
    }

    /** The WHERE clause of a SearchFilter over the matched {@code node} (empty without one). */
    private static String filtered(Filter filter, Map<String, Object> params) {
        if (filter == null) {
            return "";
        }
        List<String> conditions = new ArrayList<>();
        if (filter.provinceCode() != null && !filter.provinceCode().isBlank()) {
            Records.province(conditions, params, filter.provinceCode());
            conditions.set(conditions.size() - 1, "node:Enterprise AND node.regionCode STARTS WITH $provinceCode");
        }
        if (filter.industryCode() != null && !filter.industryCode().isBlank()) {
            conditions.add("node:Enterprise AND node.industryCode = $industryCode");
            params.put("industryCode", filter.industryCode().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.listed() != null) {
            String inForce = ListingStore.IN_FORCE.replace("$inForceOn", "$listedToday");
            String listed = "(EXISTS { MATCH (node)<-[:OF]-(l:Listing) WHERE " + inForce.replace("n.", "l.") + " }"
                    + " OR (node:Listing AND coalesce(" + inForce.replace("n.", "node.") + ", false)))";
            conditions.add(filter.listed() ? listed : "NOT " + listed);
            params.put("listedToday", java.time.LocalDate.now(PenaltyStore.ZONE));
        }
        return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions) + "\n";
    }

    /**
     * D12: a masked name is no protection if a search by the full name finds the person (guessing a
     * name would confirm it), so anonymous callers find enterprises only; agencies find persons too.
     */
    static boolean findsPersonsByName(Viewer viewer) {
        return !viewer.isPublic();
    }

    /** Each whitespace-separated term must occur as a phrase (the CJK analyzer makes bigrams). */
    static String luceneQuery(String text) {
        List<String> terms = new ArrayList<>();
        for (String term : text.trim().split("\\s+")) {
            terms.add("\"" + LUCENE_SPECIAL.matcher(term).replaceAll("\\\\$1") + "\"");
        }
        return String.join(" AND ", terms);
    }
}
