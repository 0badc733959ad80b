package org.creditgraph.model.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.Authority;
import org.neo4j.driver.Record;

/** Reads of administrative authorities (处罚机关/认定部门) by USCC. */
public final class AuthorityStore {

    private final Graph graph;

    public AuthorityStore(Graph graph) {
        this.graph = graph;
    }

    public Map<String, Authority> byUsccs(Collection<String> usccs) {
        Map<String, Authority> found = new LinkedHashMap<>();
        if (usccs.isEmpty()) {
            return found;
        }
        for (Record row : graph.read(
                "UNWIND $keys AS k MATCH (a:Authority {uscc: k}) RETURN k, a.name AS name",
                Map.of("keys", List.copyOf(usccs)))) {
            found.put(
                    row.get("k").asString(),
                    new Authority(row.get("k").asString(), row.get("name").asString(null)));
        }
        return found;
    }
}
