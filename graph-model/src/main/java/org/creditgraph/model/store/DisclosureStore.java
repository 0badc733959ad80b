package org.creditgraph.model.store;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.Publicity;
import org.creditgraph.model.timeliness.DisclosureFact;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * D10: the publication facts of the penalties decided in a period, for the disclosure-timeliness
 * report ({@link org.creditgraph.model.timeliness.TimelinessReport}). One query over the decision-date
 * index. Every decision is returned (the duty to publish does not depend on later events), but for
 * an anonymous caller a penalty that is not publicly disclosed today (D6) comes without its
 * decision number and is marked not listable, so it can be counted and never shown.
 *
 * <p>Properties read: {@code decidedOn}, {@code publishedOn} (公示日期, optional) and {@code
 * firstLoadedAt}, the date-time of the load run that first created the node, written once by the
 * penalties loader and never changed by later loads of the same record.
 */
public final class DisclosureStore {

    private final Graph graph;
    private final Clock clock;

    public DisclosureStore(Graph graph) {
        this(graph, Clock.system(PenaltyStore.ZONE));
    }

    public DisclosureStore(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    /** The decisions of {@code [from, to]} (by 处罚决定日期), of one authority when {@code authorityUscc} is set. */
    public List<DisclosureFact> decided(LocalDate from, LocalDate to, String authorityUscc, Viewer viewer) {
        LocalDate today = LocalDate.now(clock.withZone(PenaltyStore.ZONE));
        Map<String, Object> params = new HashMap<>();
        params.put("from", from);
        params.put("to", to);
        String authority = "";
        if (authorityUscc != null && !authorityUscc.isBlank()) {
            authority = " AND n.authorityUscc = $authority";
            params.put("authority", authorityUscc.strip());
        }
        String cypher = "MATCH (n:Penalty) WHERE n.decidedOn >= $from AND n.decidedOn <= $to" + authority
                + " OPTIONAL MATCH (n)-[:ISSUED_BY]->(a:Authority)"
                + " RETURN n.authorityUscc AS authorityUscc, coalesce(a.name, n.authorityName) AS authorityName,"
                + " n.decisionNumber AS decisionNumber, n.decidedOn AS decidedOn, n.publishedOn AS publishedOn,"
                + " n.firstLoadedAt AS firstLoadedAt, n.publicityUntil AS publicityUntil, n.repairedOn AS repairedOn,"
                + " n.status AS status, n.statusOn AS statusOn, n.types AS types"
                + " ORDER BY authorityUscc, decidedOn, decisionNumber";
        List<DisclosureFact> facts = new ArrayList<>();
        for (Record r : graph.read(cypher, params)) {
            var window = new Publicity.PenaltyWindow(
                    Nodes.date(r.get("decidedOn")),
                    Nodes.date(r.get("publicityUntil")),
                    Nodes.date(r.get("repairedOn")),
                    r.get("status").asString(null),
                    Nodes.date(r.get("statusOn")),
                    Set.copyOf(PenaltyStore.types(r.get("types"))));
            boolean disclosed = Publicity.publiclyDisclosed(window, today);
            boolean listable = !viewer.isPublic() || disclosed;
            String uscc = r.get("authorityUscc").asString(null);
            facts.add(new DisclosureFact(
                    uscc == null ? "" : uscc,
                    r.get("authorityName").asString(null),
                    listable ? r.get("decisionNumber").asString(null) : null,
                    window.decidedOn(),
                    Nodes.date(r.get("publishedOn")),
                    firstLoadedOn(r.get("firstLoadedAt")),
                    disclosed,
                    listable));
        }
        return facts;
    }

    /** The calendar day in China of the first load (stored as a UTC date-time). */
    static LocalDate firstLoadedOn(Value v) {
        if (v.isNull()) {
            return null;
        }
        return v.asZonedDateTime().withZoneSameInstant(PenaltyStore.ZONE).toLocalDate();
    }
}
