package org.creditgraph.model.store;

import java.util.Map;
import java.util.Optional;
import org.creditgraph.model.Enterprise;

/** Reads of the Enterprise aggregate. */
public final class EnterpriseStore {

    private final Graph graph;

    public EnterpriseStore(Graph graph) {
        this.graph = graph;
    }

    public Optional<Enterprise> byUscc(String uscc) {
        return graph.read("MATCH (e:Enterprise {uscc: $uscc}) RETURN e", Map.of("uscc", uscc)).stream()
                .findFirst()
                .map(r -> Nodes.enterprise(r.get("e")));
    }
}
