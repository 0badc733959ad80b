package org.creditgraph.model.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.creditgraph.model.Listing;
import org.creditgraph.model.ListingStatus;
import org.creditgraph.model.Person;
import org.creditgraph.model.Subject;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.ListingRegime;
import org.creditgraph.model.rules.TextNormaliser;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads of credit-list entries (名单记录, D3), latest listing first, with keyset cursors on
 * (listedOn, key). D12: a listed natural person's name is masked for anonymous callers.
 */
public final class ListingStore {

    private static final Records RECORDS = new Records("Listing", "listedOn", "key", "n {.*}");

    private static final Records WITH_SUBJECT = new Records(
            "Listing",
            "listedOn",
            "key",
            "n {.*, subject: head([(n)-[:OF]->(s) WHERE s:Enterprise OR s:Person"
                    + " | {id: coalesce(s.uscc, s.id), person: s:Person}])}");

    /** A listing with the opaque id and kind of its subject (null when the subject is not in the graph). */
    public record Entry(Listing listing, String subjectId, SubjectKind subjectKind) {}

    /**
     * D3 in Cypher over {@code n} and {@code $inForceOn}: the same rule as {@link Listing#inForce}
     * (regime period when no expiry is given; a removal stops counting once restored).
     */
    static final String IN_FORCE = "(n.listedOn <= $inForceOn"
            + " AND (n.removedOn IS NULL OR n.restoredOn <= $inForceOn OR $inForceOn < n.removedOn)"
            + " AND (coalesce(n.permanent, false)"
            + " OR coalesce($inForceOn < coalesce(n.expiresOn, n.listedOn + duration(" + periods() + ")), true)))";

    /**
     * D3 in Cypher over {@code n} and {@code $statusOn}: removed (移出) on that date, not restored, before
     * its period ended; the same rule as {@link Listing#status}.
     */
    static final String REMOVED = "(n.removedOn <= $statusOn AND NOT coalesce(n.restoredOn <= $statusOn, false)"
            + " AND (coalesce(n.permanent, false)"
            + " OR coalesce(n.removedOn < coalesce(n.expiresOn, n.listedOn + duration(" + periods() + ")), true)))";

    /**
     * ListingFilter: list regime (an enum name or the Chinese list name), subject code, in force on a
     * date, status on {@code asOf} (default today), and part of the listed name. D12: a name matches
     * a natural person's listing only for agencies, as search finds persons only for them.
     */
    public record Filter(
            String list, String code, LocalDate inForceOn, ListingStatus status, LocalDate asOf, String name) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    private final Graph graph;

    public ListingStore(Graph graph) {
        this.graph = graph;
    }

    public Page<Listing> find(Filter filter, PageRequest page, Viewer viewer) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = conditions(filter, viewer, params);
        return RECORDS.find(graph, conditions, params, page, v -> listing(v, viewer));
    }

    /**
     * Every listing {@link #find} would list with this filter, latest first, each with the opaque id
     * of its subject (a USCC or a person id, never an ID number), in keyset pages of
     * {@code pageSize} read one after another. Returns the number of listings.
     */
    public long forEachPage(Filter filter, Viewer viewer, int pageSize, Consumer<List<Entry>> pages) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = conditions(filter, viewer, params);
        return WITH_SUBJECT.scan(graph, conditions, params, pageSize, v -> entry(v, viewer), pages);
    }

    private static Entry entry(Value v, Viewer viewer) {
        Value subject = v.get("subject");
        return new Entry(
                listing(v, viewer),
                subject.isNull() ? null : subject.get("id").asString(null),
                subject.isNull()
                        ? null
                        : subject.get("person").asBoolean() ? SubjectKind.PERSON : SubjectKind.ENTERPRISE);
    }

    /** The WHERE conditions of every listing read (ListingFilter); the one place they are built. */
    static List<String> conditions(Filter filter, Viewer viewer, Map<String, Object> params) {
        Filter f = filter == null ? Filter.NONE : filter;
        List<String> conditions = new ArrayList<>();
        if (f.list() != null && !f.list().isBlank()) {
            Records.equal(
                    conditions,
                    params,
                    "list",
                    ListingRegime.parse(f.list()).map(ListingRegime::name).orElse(TextNormaliser.compact(f.list())));
        }
        if (f.code() != null && !f.code().isBlank()) {
            conditions.add("(n.subjectCode = $code OR EXISTS { (n)-[:OF]->(:Person {id: $code}) })");
            params.put("code", f.code().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (f.inForceOn() != null) {
            conditions.add(IN_FORCE);
            params.put("inForceOn", f.inForceOn());
        }
        if (f.status() != null) {
            String inForce = "coalesce(" + IN_FORCE.replace("$inForceOn", "$statusOn") + ", false)";
            String removed = "coalesce(" + REMOVED + ", false)";
            conditions.add(
                    switch (f.status()) {
                        case IN_FORCE -> inForce;
                        case REMOVED -> "(n.listedOn <= $statusOn AND NOT " + inForce + " AND " + removed + ")";
                        case EXPIRED -> "(n.listedOn <= $statusOn AND NOT " + inForce + " AND NOT " + removed + ")";
                    });
            params.put("statusOn", f.asOf() == null ? LocalDate.now(PenaltyStore.ZONE) : f.asOf());
        }
        if (f.name() != null && !f.name().isBlank()) {
            conditions.add("toLower(n.name) CONTAINS toLower($name)");
            params.put("name", f.name().strip());
            if (viewer.isPublic()) {
                conditions.add("coalesce(n.subjectType, '') <> '自然人'");
            }
        }
        return conditions;
    }

    /** The listings of each enterprise; {@code page} applies to each one, all in one query. */
    public Map<String, Page<Listing>> ofEnterprises(Collection<String> usccs, PageRequest page, Viewer viewer) {
        return RECORDS.ofEnterprises(
                graph,
                "(n:Listing)-[:OF]->(e)",
                usccs,
                new ArrayList<>(),
                new HashMap<>(),
                page,
                v -> listing(v, viewer));
    }

    /** The listings of each natural person, by opaque id (D12); {@code page} applies to each one, all in one query. */
    public Map<String, Page<Listing>> ofPersons(Collection<String> ids, PageRequest page, Viewer viewer) {
        return RECORDS.ofPersons(
                graph,
                "(n:Listing)-[:OF]->(e)",
                ids,
                new ArrayList<>(),
                new HashMap<>(),
                page,
                v -> listing(v, viewer));
    }

    /** The listings with these keys. */
    public Map<String, Listing> byKeys(Collection<String> keys, Viewer viewer) {
        return RECORDS.byKeys(graph, keys, List.of(), Map.of(), v -> listing(v, viewer));
    }

    /** The listings with these keys, each with its subject's opaque id and kind, as the exports give them. */
    public Map<String, Entry> entries(Collection<String> keys, Viewer viewer) {
        return WITH_SUBJECT.byKeys(graph, keys, List.of(), Map.of(), v -> entry(v, viewer));
    }

    /** The listed subject of each listing (by key), when it is matched to a node; persons masked for PUBLIC (D12). */
    public Map<String, Subject> subjects(Collection<String> listingKeys, Viewer viewer) {
        return Subjects.linked(graph, "UNWIND $keys AS k MATCH (:Listing {key: k})-[:OF]->(s)", listingKeys, viewer);
    }

    /**
     * The listings based on each record (认定依据), latest first: {@code label} is Penalty (keys) or
     * Accident (accident numbers).
     */
    public Map<String, List<Listing>> basedOn(String label, Collection<String> recordKeys, Viewer viewer) {
        String key =
                switch (label) {
                    case "Penalty" -> "key";
                    case "Accident" -> "accidentNumber";
                    default -> throw new IllegalArgumentException("no listing is based on a " + label);
                };
        Map<String, List<Listing>> listings = new LinkedHashMap<>();
        recordKeys.forEach(k -> listings.put(k, new ArrayList<>()));
        if (recordKeys.isEmpty()) {
            return listings;
        }
        for (Record row : graph.read(
                "UNWIND $keys AS k MATCH (n:Listing)-[:BASED_ON]->(:" + label + " {" + key + ": k}) "
                        + "RETURN k, n {.*} AS row ORDER BY k, n.listedOn DESC, n.key DESC",
                Map.of("keys", List.copyOf(recordKeys)))) {
            listings.get(row.get("k").asString()).add(listing(row.get("row"), viewer));
        }
        return listings;
    }

    /** The listings each authority (by USCC) decided (认定部门), latest first; {@code page} applies to each. */
    public Map<String, Page<Listing>> ofAuthorities(Collection<String> usccs, PageRequest page, Viewer viewer) {
        return RECORDS.ofAnchors(
                graph,
                "(e:Authority {uscc: uscc})",
                "(n:Listing)-[:DECIDED_BY]->(e)",
                usccs,
                new ArrayList<>(),
                new HashMap<>(),
                page,
                v -> listing(v, viewer));
    }

    static Listing listing(Value n, Viewer viewer) {
        String name = n.get("name").asString(null);
        if (viewer.isPublic() && "自然人".equals(n.get("subjectType").asString(null))) {
            name = Person.maskName(name);
        }
        return new Listing(
                n.get("key").asString(),
                n.get("list").asString(),
                name,
                n.get("subjectCode").asString(null),
                Nodes.date(n.get("listedOn")),
                Nodes.date(n.get("expiresOn")),
                Nodes.date(n.get("removedOn")),
                Nodes.date(n.get("restoredOn")),
                n.get("removalReason").asString(null),
                n.get("reason").asString(null),
                n.get("authorityName").asString(null),
                n.get("authorityUscc").asString(null),
                Nodes.strings(n.get("basis")),
                n.get("permanent").asBoolean(false),
                n.get("caseNumber").asString(null),
                n.get("country").asString(null),
                Nodes.strings(n.get("addresses")));
    }

    /**
     * A Cypher CASE giving each regime's default management period (D3), null for a regime without
     * one (in force until removed); a permanent listing never expires.
     */
    private static String periods() {
        return ListingRegime.values().stream()
                .filter(r -> r.defaultPeriod() != null)
                .map(r -> "WHEN '" + r.name() + "' THEN '" + r.defaultPeriod() + "'")
                .collect(Collectors.joining(" ", "CASE n.list ", " END"));
    }
}
