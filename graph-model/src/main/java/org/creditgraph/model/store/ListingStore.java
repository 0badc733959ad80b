package org.creditgraph.model.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.creditgraph.model.Listing;
import org.creditgraph.model.Person;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.ListingRegime;
import org.creditgraph.model.rules.TextNormaliser;
import org.neo4j.driver.Value;

/**
 * Reads of credit-list entries (名单记录, D3), latest listing first, with keyset cursors on
 * (listedOn, key). D12: a listed natural person's name is masked for anonymous callers.
 */
public final class ListingStore {

    private static final PenaltyStore.Records RECORDS =
            new PenaltyStore.Records("Listing", "listedOn", "key", "n {.*}");

    /**
     * D3 in Cypher over {@code n} and {@code $inForceOn}: the same rule as {@link Listing#inForce}
     * (regime period when no expiry is given; a removal stops counting once restored).
     */
    static final String IN_FORCE = "(n.listedOn <= $inForceOn"
            + " AND (n.removedOn IS NULL OR n.restoredOn <= $inForceOn OR $inForceOn < n.removedOn)"
            + " AND coalesce($inForceOn < coalesce(n.expiresOn, n.listedOn + duration(" + periods() + ")), true))";

    /** ListingFilter: list regime (an enum name or the Chinese list name), subject code, in force on a date. */
    public record Filter(String list, String code, LocalDate inForceOn) {

        public static final Filter NONE = new Filter(null, null, null);
    }

    private final Graph graph;

    public ListingStore(Graph graph) {
        this.graph = graph;
    }

    public Page<Listing> find(Filter filter, PageRequest page, Viewer viewer) {
        Filter f = filter == null ? Filter.NONE : filter;
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        if (f.list() != null && !f.list().isBlank()) {
            PenaltyStore.Records.equal(
                    conditions,
                    params,
                    "list",
                    ListingRegime.parse(f.list()).map(Enum::name).orElse(TextNormaliser.compact(f.list())));
        }
        if (f.code() != null && !f.code().isBlank()) {
            conditions.add("(n.subjectCode = $code OR EXISTS { (n)-[:OF]->(:Person {id: $code}) })");
            params.put("code", f.code().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (f.inForceOn() != null) {
            conditions.add(IN_FORCE);
            params.put("inForceOn", f.inForceOn());
        }
        return RECORDS.find(graph, conditions, params, page, v -> listing(v, viewer));
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
                Nodes.strings(n.get("basis")));
    }

    /** A Cypher CASE giving each regime's default management period (D3), null for another regime. */
    private static String periods() {
        return Stream.of(ListingRegime.values())
                .map(r -> "WHEN '" + r.name() + "' THEN '" + r.defaultPeriod() + "'")
                .collect(Collectors.joining(" ", "CASE n.list ", " END"));
    }
}
