package org.creditgraph.model.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.creditgraph.model.Accident;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.AccidentGrade;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads of production-safety accidents (生产安全事故), newest first, with keyset cursors on
 * (occurredOn, accidentNumber). The accident unit (事故单位) is read in the same query.
 */
public final class AccidentStore {

    private static final String PROJECTION = "n {.*, enterprise: head([(n)-[:AT]->(u:Enterprise) | u {.*}])}";

    private static final Records RECORDS = new Records("Accident", "occurredOn", "accidentNumber", PROJECTION);

    /** Statistics: the Cypher value each dimension groups accidents by. */
    private static final Map<Statistics.Dimension, String> STATISTICS_KEYS = Map.of(
            Statistics.Dimension.YEAR, "n.occurredOn.year",
            Statistics.Dimension.REGION, "n.regionCode",
            Statistics.Dimension.INDUSTRY, "n.industryCode",
            Statistics.Dimension.GRADE, "n.grade");

    /** AccidentFilter: every field that is set must hold; {@code grades} matches any of the grades. */
    public record Filter(
            String uscc,
            List<AccidentGrade> grades,
            String regionCode,
            String industryCode,
            LocalDate occurredFrom,
            LocalDate occurredTo,
            String provinceCode) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null, null);
    }

    private final Graph graph;

    public AccidentStore(Graph graph) {
        this.graph = graph;
    }

    /** The accidents with these numbers (事故编号). */
    public Map<String, Accident> byNumbers(Collection<String> numbers, Viewer viewer) {
        return RECORDS.byKeys(graph, numbers, List.of(), Map.of(), AccidentStore::accident);
    }

    /** The accidents each listing is based on (认定依据), by listing key, most recent first. */
    public Map<String, List<Accident>> basisOfListings(Collection<String> listingKeys, Viewer viewer) {
        Map<String, List<Accident>> basis = new java.util.LinkedHashMap<>();
        listingKeys.forEach(k -> basis.put(k, new ArrayList<>()));
        if (listingKeys.isEmpty()) {
            return basis;
        }
        for (Record row : graph.read(
                "UNWIND $keys AS k MATCH (:Listing {key: k})-[:BASED_ON]->(n:Accident) RETURN k, " + PROJECTION
                        + " AS row ORDER BY k, n.occurredOn DESC, n.accidentNumber DESC",
                Map.of("keys", List.copyOf(listingKeys)))) {
            basis.get(row.get("k").asString()).add(accident(row.get("row")));
        }
        return basis;
    }

    /** Accidents are public records (事故调查报告); the viewer is taken so that no path can skip it. */
    public Page<Accident> find(Filter filter, PageRequest page, Viewer viewer) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = conditions(filter, viewer, params);
        return RECORDS.find(graph, conditions, params, page, AccidentStore::accident);
    }

    /**
     * Every accident {@link #find} would list with this filter, most recent first, in keyset pages
     * of {@code pageSize} read one after another. Returns the number of accidents.
     */
    public long forEachPage(Filter filter, Viewer viewer, int pageSize, Consumer<List<Accident>> pages) {
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = conditions(filter, viewer, params);
        return RECORDS.scan(graph, conditions, params, pageSize, AccidentStore::accident, pages);
    }

    /** The dimensions accidents can be grouped by. */
    public Set<Statistics.Dimension> statisticsDimensions() {
        return STATISTICS_KEYS.keySet();
    }

    /**
     * Accidents grouped by {@code groupBy} (统计), counted, with deaths, serious injuries and the
     * exact direct loss summed, in one Cypher aggregation over the records {@link #find} lists.
     * Sorted by key.
     */
    public List<Statistics.AccidentBucket> statistics(
            Filter filter, List<Statistics.Dimension> groupBy, Viewer viewer) {
        List<Statistics.Dimension> dims = Statistics.validate(groupBy, STATISTICS_KEYS.keySet(), "accidents");
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = conditions(filter, viewer, params);
        List<String> sums = new ArrayList<>();
        sums.add("sum(coalesce(n.deaths, 0)) AS deaths");
        sums.add("sum(coalesce(n.seriousInjuries, 0)) AS seriousInjuries");
        sums.addAll(Statistics.exactSum("n.directLossYuan", "loss"));
        String cypher = Statistics.groupBy(
                "MATCH (n:Accident) WHERE " + Records.where(conditions), "", dims, STATISTICS_KEYS, sums);
        List<Statistics.AccidentBucket> buckets = new ArrayList<>();
        for (Record row : graph.read(cypher, params)) {
            List<String> keys = Statistics.keys(row);
            buckets.add(new Statistics.AccidentBucket(
                    Statistics.key(keys),
                    keys,
                    row.get("count").asLong(),
                    row.get("deaths").asLong(),
                    row.get("seriousInjuries").asLong(),
                    Statistics.decimal(row, "loss")));
        }
        return Statistics.sortedByKeys(buckets, Statistics.AccidentBucket::keys);
    }

    /**
     * The WHERE conditions of every accident read: the AccidentFilter (accidents are public, so the
     * viewer restricts nothing). The one place they are built, for pages, statistics and exports.
     */
    static List<String> conditions(Filter filter, Viewer viewer, Map<String, Object> params) {
        Filter f = filter == null ? Filter.NONE : filter;
        List<String> conditions = new ArrayList<>();
        Records.equal(conditions, params, "uscc", f.uscc());
        Records.equal(conditions, params, "regionCode", f.regionCode());
        Records.equal(conditions, params, "industryCode", f.industryCode());
        if (f.grades() != null && !f.grades().isEmpty()) {
            conditions.add("n.grade IN $grades");
            params.put("grades", f.grades().stream().map(Enum::name).toList());
        }
        Records.dateRange(conditions, params, "occurredOn", f.occurredFrom(), f.occurredTo());
        Records.province(conditions, params, f.provinceCode());
        return conditions;
    }

    /** The accidents of each enterprise; {@code page} applies to each one, all in one query. */
    public Map<String, Page<Accident>> ofEnterprises(Collection<String> usccs, PageRequest page, Viewer viewer) {
        return RECORDS.ofEnterprises(
                graph,
                "(n:Accident)-[:AT]->(e)",
                usccs,
                new ArrayList<>(),
                new HashMap<>(),
                page,
                AccidentStore::accident);
    }

    static Accident accident(Value n) {
        Value unit = n.get("enterprise");
        return new Accident(
                n.get("accidentNumber").asString(),
                n.get("title").asString(null),
                Nodes.date(n.get("occurredOn")),
                n.get("deaths").isNull() ? 0 : n.get("deaths").asLong(),
                n.get("seriousInjuries").isNull() ? 0 : n.get("seriousInjuries").asLong(),
                n.get("directLossYuan").asString(null),
                grade(n),
                n.get("category").asString(null),
                n.get("liability").isNull() ? null : n.get("liability").asBoolean(),
                n.get("regionCode").asString(null),
                n.get("industryCode").asString(null),
                unit.isNull() ? null : Nodes.enterprise(unit));
    }

    private static AccidentGrade grade(Value n) {
        String grade = n.get("grade").asString(null);
        return grade == null
                ? AccidentGrade.ofNullable(null, null, null)
                : AccidentGrade.parseClaimed(grade).orElse(AccidentGrade.GENERAL);
    }
}
