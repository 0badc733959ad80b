package org.creditgraph.model.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.check.GradeFact;
import org.creditgraph.model.rules.TextNormaliser;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Safety-credit grades (KIND credit-grades) of enterprises, latest first, for many at once. */
public final class CreditGradeStore {

    private final Graph graph;

    public CreditGradeStore(Graph graph) {
        this.graph = graph;
    }

    public Map<String, List<GradeFact>> ofEnterprises(Collection<String> usccs) {
        Map<String, List<GradeFact>> result = new HashMap<>();
        List<String> codes = usccs.stream().map(TextNormaliser::code).distinct().toList();
        for (Record r : graph.read(
                "UNWIND $usccs AS uscc MATCH (g:CreditGrade)-[:GRADE_OF]->(:Enterprise {uscc: uscc}) "
                        + "WITH uscc, g ORDER BY g.validFrom DESC, g.key "
                        + "RETURN uscc, collect(g {.key, .grade, .authorityName, .validFrom, .validTo}) AS grades",
                Map.of("usccs", codes))) {
            result.put(r.get("uscc").asString(), r.get("grades").asList(CreditGradeStore::grade));
        }
        return result;
    }

    private static GradeFact grade(Value g) {
        return new GradeFact(
                g.get("key").asString(),
                g.get("grade").asString(),
                g.get("authorityName").asString(null),
                Nodes.date(g.get("validFrom")),
                Nodes.date(g.get("validTo")));
    }
}
