package org.creditgraph.model.store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.Authority;
import org.creditgraph.model.Hazard;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads of hazards under supervision (重大事故隐患挂牌督办, D13), latest put under supervision first,
 * with keyset cursors on (listedOn, hazardNumber). Public records: the same for every caller.
 */
public final class HazardStore {

    private static final Records RECORDS = new Records("Hazard", "listedOn", "hazardNumber", "n {.*}");

    /** D13 in Cypher over {@code n} and {@code $today}: the same rule as {@link Hazard#open}. */
    static final String OPEN = "(n.listedOn <= $today AND (n.closedOn IS NULL OR n.closedOn > $today))";

    /** HazardFilter: enterprise USCC, the enterprise's region code, open today (D13). */
    public record Filter(String uscc, String regionCode, Boolean open) {

        public static final Filter NONE = new Filter(null, null, null);
    }

    private final Graph graph;
    private final Clock clock;

    public HazardStore(Graph graph) {
        this(graph, Clock.system(PenaltyStore.ZONE));
    }

    public HazardStore(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    public Page<Hazard> find(Filter filter, PageRequest page) {
        Filter f = filter == null ? Filter.NONE : filter;
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        Records.equal(conditions, params, "uscc", f.uscc());
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            conditions.add("EXISTS { (n)-[:AT]->(e:Enterprise) WHERE e.regionCode = $regionCode }");
            params.put("regionCode", f.regionCode().strip());
        }
        if (f.open() != null) {
            conditions.add(f.open() ? OPEN : "NOT " + OPEN);
            params.put("today", LocalDate.now(clock.withZone(PenaltyStore.ZONE)));
        }
        return RECORDS.find(graph, conditions, params, page, HazardStore::hazard);
    }

    public Map<String, Hazard> byNumbers(Collection<String> numbers) {
        return RECORDS.byKeys(graph, numbers, List.of(), Map.of(), HazardStore::hazard);
    }

    /** The hazards of each enterprise (by USCC), latest first. */
    public Map<String, List<Hazard>> ofEnterprises(Collection<String> usccs) {
        Map<String, List<Hazard>> result = new LinkedHashMap<>();
        usccs.forEach(u -> result.put(u, new ArrayList<>()));
        if (usccs.isEmpty()) {
            return result;
        }
        for (Record row : graph.read(
                "UNWIND $keys AS k MATCH (n:Hazard)-[:AT]->(:Enterprise {uscc: k})"
                        + " RETURN k, n {.*} AS row ORDER BY k, n.listedOn DESC, n.hazardNumber DESC",
                Map.of("keys", List.copyOf(usccs)))) {
            result.get(row.get("k").asString()).add(hazard(row.get("row")));
        }
        return result;
    }

    static Hazard hazard(Value n) {
        String authorityUscc = n.get("authorityUscc").asString(null);
        String authorityName = n.get("authorityName").asString(null);
        return new Hazard(
                n.get("hazardNumber").asString(),
                n.get("description").asString(null),
                Nodes.date(n.get("listedOn")),
                Nodes.date(n.get("deadline")),
                Nodes.date(n.get("closedOn")),
                Nodes.date(n.get("suspensionOrderedOn")),
                n.get("refused").asBoolean(false),
                n.get("uscc").asString(null),
                n.get("enterpriseName").asString(null),
                authorityUscc == null && authorityName == null ? null : new Authority(authorityUscc, authorityName));
    }
}
