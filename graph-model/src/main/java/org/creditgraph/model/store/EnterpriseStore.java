package org.creditgraph.model.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.creditgraph.model.Enterprise;
import org.creditgraph.model.Person;
import org.creditgraph.model.Viewer;

/** Reads of the Enterprise aggregate. */
public final class EnterpriseStore {

    /** Enterprises in a region and/or an industry; every field that is set must hold. */
    public record Filter(String regionCode, String industryCode) {

        public static final Filter NONE = new Filter(null, null);
    }

    /**
     * An enterprise as registered, with the name of its legal representative (法定代表人) as the
     * source gave it; D12: masked for anonymous callers.
     */
    public record Registration(Enterprise enterprise, String legalRepName) {}

    private final Graph graph;

    public EnterpriseStore(Graph graph) {
        this.graph = graph;
    }

    public Optional<Enterprise> byUscc(String uscc) {
        return graph.read("MATCH (e:Enterprise {uscc: $uscc}) RETURN e", Map.of("uscc", uscc)).stream()
                .findFirst()
                .map(r -> Nodes.enterprise(r.get("e")));
    }

    /** The enterprises with these USCCs, by USCC. */
    public Map<String, Enterprise> byUsccs(java.util.Collection<String> usccs) {
        Map<String, Enterprise> found = new java.util.LinkedHashMap<>();
        if (!usccs.isEmpty()) {
            graph.read(
                            "UNWIND $usccs AS k MATCH (e:Enterprise {uscc: k}) RETURN k, e",
                            Map.of("usccs", List.copyOf(usccs)))
                    .forEach(r -> found.put(r.get("k").asString(), Nodes.enterprise(r.get("e"))));
        }
        return found;
    }

    /** The enterprises with these USCCs as the exports give them (D12: legal representative masked for PUBLIC). */
    public Map<String, Registration> registrations(java.util.Collection<String> usccs, Viewer viewer) {
        Map<String, Registration> found = new java.util.LinkedHashMap<>();
        if (!usccs.isEmpty()) {
            graph.read(
                            "UNWIND $usccs AS k MATCH (n:Enterprise {uscc: k}) RETURN k, n {.*} AS row",
                            Map.of("usccs", List.copyOf(usccs)))
                    .forEach(r -> found.put(r.get("k").asString(), registration(r.get("row"), viewer)));
        }
        return found;
    }

    private static Registration registration(org.neo4j.driver.Value v, Viewer viewer) {
        String legalRep = v.get("legalRepName").asString(null);
        return new Registration(Nodes.enterprise(v), viewer.isPublic() ? Person.maskName(legalRep) : legalRep);
    }

    /**
     * Every enterprise matching the filter, by USCC, in keyset pages of {@code pageSize} read one
     * after another. Returns the number of enterprises.
     */
    public long forEachPage(Filter filter, Viewer viewer, int pageSize, Consumer<List<Registration>> pages) {
        Filter f = filter == null ? Filter.NONE : filter;
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        Records.equal(conditions, params, "regionCode", f.regionCode());
        Records.equal(conditions, params, "industryCode", f.industryCode());
        return Records.scanByKey(
                graph,
                "Enterprise",
                "uscc",
                conditions,
                params,
                "n {.*}",
                pageSize,
                v -> registration(v, viewer),
                pages);
    }
}
