package org.creditgraph.model.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.Accident;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.AccidentGrade;
import org.neo4j.driver.Value;

/**
 * Reads of production-safety accidents (生产安全事故), newest first, with keyset cursors on
 * (occurredOn, accidentNumber). The accident unit (事故单位) is read in the same query.
 */
public final class AccidentStore {

    private static final PenaltyStore.Records RECORDS = new PenaltyStore.Records(
            "Accident",
            "occurredOn",
            "accidentNumber",
            "n {.*, enterprise: head([(n)-[:AT]->(u:Enterprise) | u {.*}])}");

    /** AccidentFilter: every field that is set must hold; {@code grades} matches any of the grades. */
    public record Filter(
            String uscc,
            List<AccidentGrade> grades,
            String regionCode,
            String industryCode,
            LocalDate occurredFrom,
            LocalDate occurredTo) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    private final Graph graph;

    public AccidentStore(Graph graph) {
        this.graph = graph;
    }

    /** Accidents are public records (事故调查报告); the viewer is taken so that no path can skip it. */
    public Page<Accident> find(Filter filter, PageRequest page, Viewer viewer) {
        Filter f = filter == null ? Filter.NONE : filter;
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        PenaltyStore.Records.equal(conditions, params, "uscc", f.uscc());
        PenaltyStore.Records.equal(conditions, params, "regionCode", f.regionCode());
        PenaltyStore.Records.equal(conditions, params, "industryCode", f.industryCode());
        if (f.grades() != null && !f.grades().isEmpty()) {
            conditions.add("n.grade IN $grades");
            params.put("grades", f.grades().stream().map(Enum::name).toList());
        }
        PenaltyStore.Records.dateRange(conditions, params, "occurredOn", f.occurredFrom(), f.occurredTo());
        return RECORDS.find(graph, conditions, params, page, AccidentStore::accident);
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
