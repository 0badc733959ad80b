package org.creditgraph.model.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.creditgraph.model.Authority;
import org.creditgraph.model.Penalty;
import org.creditgraph.model.Person;
import org.creditgraph.model.Subject;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.PenaltyType;
import org.creditgraph.model.rules.Publicity;
import org.creditgraph.model.rules.PublicityGrades;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads of administrative penalties (行政处罚), newest decision first, with keyset cursors on
 * (decidedOn, key). D6: anonymous callers see only penalties publicly disclosed today, and counts
 * include only those; agencies see all, each telling whether it is still public. D12: a natural
 * person's name as party is masked for anonymous callers.
 */
public final class PenaltyStore {

    /** Dates are calendar dates in China. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** D6 in Cypher, over {@code n} and {@code $today}: the same rule as {@link Publicity#publiclyDisclosed}. */
    static final String PUBLICLY_DISCLOSED = "(n.decidedOn <= $today"
            + " AND $today < n.decidedOn + duration({months: "
            + PublicityGrades.shipped().cypherMaximumMonths("n.decidedOn", "n.types") + "})"
            + " AND (n.publicityUntil IS NULL OR $today <= n.publicityUntil)"
            + " AND (n.repairedOn IS NULL OR $today < n.repairedOn)"
            + " AND NOT (coalesce(n.status, '') IN ['撤销', '变更', '确认无效']"
            + " AND (n.statusOn IS NULL OR n.statusOn <= $today)))";

    private static final Records RECORDS = new Records("Penalty", "decidedOn", "key", "n {.*}");

    /** Statistics: the Cypher value each dimension groups penalties by ({@code penaltyType} is unwound). */
    private static final Map<Statistics.Dimension, String> STATISTICS_KEYS = Map.of(
            Statistics.Dimension.YEAR, "n.decidedOn.year",
            Statistics.Dimension.REGION, "n.regionCode",
            Statistics.Dimension.INDUSTRY, "n.industryCode",
            Statistics.Dimension.PENALTY_TYPE, "penaltyType",
            Statistics.Dimension.AUTHORITY, "n.authorityUscc");

    /** PenaltyFilter: every field that is set must hold; {@code types} matches any of the types. */
    public record Filter(
            String uscc,
            String authorityUscc,
            String regionCode,
            String industryCode,
            List<PenaltyType> types,
            LocalDate decidedFrom,
            LocalDate decidedTo,
            String provinceCode,
            Boolean partyListed) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null, null, null, null);
    }

    /** PenaltyOrder: by decision date (the default, newest first) or by fine; ties by key. */
    public record Order(OrderField field, Direction direction) {

        public static final Order DEFAULT = new Order(OrderField.DECIDED_ON, Direction.DESC);

        Records.Order keyset() {
            boolean descending = direction != Direction.ASC;
            return switch (field == null ? OrderField.DECIDED_ON : field) {
                case DECIDED_ON ->
                    descending ? null : new Records.Order("decidedOn+", "n.decidedOn", false, LocalDate::parse);
                case FINE_AMOUNT ->
                    new Records.Order(
                            descending ? "fine-" : "fine+",
                            "coalesce(toFloat(n.fineYuan), -1.0)",
                            descending,
                            Double::valueOf);
            };
        }
    }

    public enum OrderField {
        DECIDED_ON,
        FINE_AMOUNT
    }

    public enum Direction {
        ASC,
        DESC
    }

    private final Graph graph;
    private final Clock clock;

    public PenaltyStore(Graph graph) {
        this(graph, Clock.system(ZONE));
    }

    public PenaltyStore(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    public Page<Penalty> find(Filter filter, PageRequest page, Viewer viewer) {
        return find(filter, Order.DEFAULT, page, viewer);
    }

    public Page<Penalty> find(Filter filter, Order order, PageRequest page, Viewer viewer) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = conditions(filter, viewer, today, params);
        return RECORDS.ordered(order == null ? null : order.keyset())
                .find(graph, conditions, params, page, v -> penalty(v, viewer, today));
    }

    /** The penalties with these keys that the viewer may see (D6: none outside its window for PUBLIC). */
    public Map<String, Penalty> byKeys(Collection<String> keys, Viewer viewer) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, Object> params = new HashMap<>();
        return RECORDS.byKeys(graph, keys, visibility(viewer, today, params), params, v -> penalty(v, viewer, today));
    }

    /** The penalties against each natural person (by opaque id, D12); {@code page} applies to each one. */
    public Map<String, Page<Penalty>> ofPersons(Collection<String> ids, PageRequest page, Viewer viewer) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = visibility(viewer, today, params);
        return RECORDS.ofPersons(
                graph, "(n:Penalty)-[:AGAINST]->(e)", ids, conditions, params, page, v -> penalty(v, viewer, today));
    }

    /** The penalties each authority (by USCC) decided, with the PenaltyFilter; {@code page} applies to each. */
    public Map<String, Page<Penalty>> ofAuthorities(
            Collection<String> usccs, Filter filter, PageRequest page, Viewer viewer) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = conditions(filter, viewer, today, params);
        return RECORDS.ofAnchors(
                graph,
                "(e:Authority {uscc: uscc})",
                "(n:Penalty)-[:ISSUED_BY]->(e)",
                usccs,
                conditions,
                params,
                page,
                v -> penalty(v, viewer, today));
    }

    /**
     * The penalties each listing is based on (认定依据), by listing key. A penalty the viewer may
     * not see (D6) is shown as the listing itself publishes it: decision number, date and
     * authority, nothing of its content.
     */
    public Map<String, List<Penalty>> basisOfListings(Collection<String> listingKeys, Viewer viewer) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, List<Penalty>> basis = new LinkedHashMap<>();
        listingKeys.forEach(k -> basis.put(k, new ArrayList<>()));
        if (listingKeys.isEmpty()) {
            return basis;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("keys", List.copyOf(listingKeys));
        params.put("today", today);
        String cypher = "UNWIND $keys AS k MATCH (:Listing {key: k})-[:BASED_ON]->(n:Penalty) "
                + "RETURN k, n {.*} AS row, " + PUBLICLY_DISCLOSED + " AS visible ORDER BY k, n.decidedOn DESC, n.key";
        for (Record row : graph.read(cypher, params)) {
            Penalty penalty = penalty(row.get("row"), viewer, today);
            boolean visible = !viewer.isPublic() || row.get("visible").asBoolean();
            basis.get(row.get("k").asString()).add(visible ? penalty : asCitedByListing(penalty));
        }
        return basis;
    }

    /** The party of each penalty (by key) as a node: an enterprise, or a person masked for PUBLIC (D12). */
    public Map<String, Subject> parties(Collection<String> penaltyKeys, Viewer viewer) {
        return Subjects.linked(
                graph, "UNWIND $keys AS k MATCH (:Penalty {key: k})-[:AGAINST]->(s)", penaltyKeys, viewer);
    }

    private static Penalty asCitedByListing(Penalty p) {
        return new Penalty(
                p.key(),
                p.decisionNumber(),
                p.decidedOn(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                p.authority(),
                new Penalty.Party("", null, null),
                false,
                p.publicUntil(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /**
     * Every penalty the connection would list to this caller with this filter, newest first, in
     * keyset pages of {@code pageSize} read one after another (each a short read transaction), so
     * that memory holds one page however many there are. Returns the number of penalties.
     */
    public long forEachPage(Filter filter, Viewer viewer, int pageSize, Consumer<List<Penalty>> pages) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = conditions(filter, viewer, today, params);
        return RECORDS.scan(graph, conditions, params, pageSize, v -> penalty(v, viewer, today), pages);
    }

    /** The dimensions penalties can be grouped by. */
    public Set<Statistics.Dimension> statisticsDimensions() {
        return STATISTICS_KEYS.keySet();
    }

    /**
     * Penalties grouped by {@code groupBy} (统计), counted and their fines summed exactly, in one
     * Cypher aggregation over the same records (filter and D6 visibility) as {@link #find}. With
     * PENALTY_TYPE, a decision of several types counts under each of them. Sorted by key.
     */
    public List<Statistics.PenaltyBucket> statistics(Filter filter, List<Statistics.Dimension> groupBy, Viewer viewer) {
        List<Statistics.Dimension> dims = Statistics.validate(groupBy, STATISTICS_KEYS.keySet(), "penalties");
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = conditions(filter, viewer, today, params);
        String unwind = dims.contains(Statistics.Dimension.PENALTY_TYPE)
                ? "UNWIND CASE WHEN size(coalesce(n.types, [])) = 0 THEN ['" + PenaltyType.OTHER.name()
                        + "'] ELSE n.types END AS penaltyType"
                : "";
        String cypher = Statistics.groupBy(
                "MATCH (n:Penalty) WHERE " + Records.where(conditions),
                unwind,
                dims,
                STATISTICS_KEYS,
                Statistics.exactSum("n.fineYuan", "fine"));
        List<Statistics.PenaltyBucket> buckets = new ArrayList<>();
        for (Record row : graph.read(cypher, params)) {
            List<String> keys = Statistics.keys(row);
            buckets.add(new Statistics.PenaltyBucket(
                    Statistics.key(keys), keys, row.get("count").asLong(), Statistics.decimal(row, "fine")));
        }
        return Statistics.sortedByKeys(buckets, Statistics.PenaltyBucket::keys);
    }

    /**
     * The WHERE conditions of every penalty read for a caller: D6 visibility, then the
     * PenaltyFilter. The one place both are built, for pages, totals, statistics and exports.
     */
    static List<String> conditions(Filter filter, Viewer viewer, LocalDate today, Map<String, Object> params) {
        Filter f = filter == null ? Filter.NONE : filter;
        List<String> conditions = visibility(viewer, today, params);
        Records.equal(conditions, params, "partyUscc", f.uscc());
        Records.equal(conditions, params, "authorityUscc", f.authorityUscc());
        Records.equal(conditions, params, "regionCode", f.regionCode());
        Records.equal(conditions, params, "industryCode", f.industryCode());
        if (f.types() != null && !f.types().isEmpty()) {
            conditions.add("any(t IN n.types WHERE t IN $types)");
            params.put("types", f.types().stream().map(Enum::name).toList());
        }
        Records.dateRange(conditions, params, "decidedOn", f.decidedFrom(), f.decidedTo());
        Records.province(conditions, params, f.provinceCode());
        if (f.partyListed() != null) {
            // D3: the party has a listing in force today (列入名单), by the same rule as ListingFilter.inForceOn
            String inForce = ListingStore.IN_FORCE.replace("n.", "l.").replace("$inForceOn", "$listedToday");
            String listed = "EXISTS { MATCH (n)-[:AGAINST]->()<-[:OF]-(l:Listing) WHERE " + inForce + " }";
            conditions.add(f.partyListed() ? listed : "NOT " + listed);
            params.put("listedToday", today);
        }
        return conditions;
    }

    /** The penalties against each enterprise; {@code page} applies to each one, all in one query. */
    public Map<String, Page<Penalty>> ofEnterprises(Collection<String> usccs, PageRequest page, Viewer viewer) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = visibility(viewer, today, params);
        return RECORDS.ofEnterprises(
                graph, "(n:Penalty)-[:AGAINST]->(e)", usccs, conditions, params, page, v -> penalty(v, viewer, today));
    }

    private static List<String> visibility(Viewer viewer, LocalDate today, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        params.put("today", today);
        if (viewer.isPublic()) {
            conditions.add(PUBLICLY_DISCLOSED);
        }
        return conditions;
    }

    /** D11: the stored type names of a penalty; a name this version does not know reads as OTHER. */
    static List<PenaltyType> types(Value names) {
        List<PenaltyType> types = new ArrayList<>();
        for (String t : Nodes.strings(names)) {
            try {
                types.add(PenaltyType.valueOf(t));
            } catch (IllegalArgumentException e) {
                types.add(PenaltyType.OTHER);
            }
        }
        return types;
    }

    static Penalty penalty(Value n, Viewer viewer, LocalDate today) {
        List<PenaltyType> types = types(n.get("types"));
        var window = new Publicity.PenaltyWindow(
                Nodes.date(n.get("decidedOn")),
                Nodes.date(n.get("publicityUntil")),
                Nodes.date(n.get("repairedOn")),
                n.get("status").asString(null),
                Nodes.date(n.get("statusOn")),
                Set.copyOf(types));
        var party = new Penalty.Party(
                n.get("partyName").asString(""),
                n.get("partyType").asString(null),
                n.get("partyUscc").asString(null));
        if (party.naturalPerson() && viewer.isPublic()) {
            party = new Penalty.Party(Person.maskName(party.name()), party.type(), party.uscc());
        }
        return new Penalty(
                n.get("key").asString(),
                n.get("decisionNumber").asString(null),
                window.decidedOn(),
                List.copyOf(types.stream().distinct().toList()),
                n.get("fineYuan").asString(null),
                n.get("confiscatedYuan").asString(null),
                n.get("violationType").asString(null),
                n.get("facts").asString(null),
                n.get("legalBasis").asString(null),
                n.get("content").asString(null),
                new Authority(
                        n.get("authorityUscc").asString(null),
                        n.get("authorityName").asString(null)),
                party,
                Publicity.publiclyDisclosed(window, today),
                Publicity.publicUntil(window),
                window.status(),
                window.statusOn(),
                Nodes.date(n.get("validUntil")),
                window.publicityUntil(),
                n.get("regionCode").asString(null),
                n.get("industryCode").asString(null),
                window.repairedOn());
    }
}
