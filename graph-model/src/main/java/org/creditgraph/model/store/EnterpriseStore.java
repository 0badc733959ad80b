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

    /**
     * Every enterprise matching the filter, by USCC, in keyset pages of {@code pageSize} read one
     * after another. Returns the number of enterprises.
     */
    public long forEachPage(Filter filter, Viewer viewer, int pageSize, Consumer<List<Registration>> pages) {
        Filter f = filter == null ? Filter.NONE : filter;
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        PenaltyStore.Records.equal(conditions, params, "regionCode", f.regionCode());
        PenaltyStore.Records.equal(conditions, params, "industryCode", f.industryCode());
        return PenaltyStore.Records.scanByKey(
                graph,
                "Enterprise",
                "uscc",
                conditions,
                params,
                "n {.*}",
                pageSize,
                v -> {
                    String legalRep = v.get("legalRepName").asString(null);
                    return new Registration(
                            Nodes.enterprise(v), viewer.isPublic() ? Person.maskName(legalRep) : legalRep);
                },
                pages);
    }
}
