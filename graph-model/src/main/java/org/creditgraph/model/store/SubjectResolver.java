package org.creditgraph.model.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.Subject;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.TextNormaliser;

/**
 * Finds subjects by their identifiers in batches: enterprises by USCC, persons by opaque id, and
 * anyone by exact current or former name (D7). Each method is one query for the whole batch.
 */
public final class SubjectResolver {

    private final Graph graph;

    public SubjectResolver(Graph graph) {
        this.graph = graph;
    }

    /** Known subjects by id (USCC or person id); ids not in the graph are absent from the map. */
    public Map<String, Subject> byIds(List<String> usccs, List<String> personIds, Viewer viewer) {
        Map<String, Subject> found = new HashMap<>();
        if (!usccs.isEmpty()) {
            graph.read("UNWIND $ids AS id MATCH (n:Enterprise {uscc: id}) RETURN n", Map.of("ids", usccs))
                    .forEach(r -> {
                        Subject s = Nodes.enterprise(r.get("n"));
                        found.put(s.id(), s);
                    });
        }
        if (!personIds.isEmpty()) {
            graph.read("UNWIND $ids AS id MATCH (n:Person {id: id}) RETURN n", Map.of("ids", personIds))
                    .forEach(r -> {
                        Subject s = Nodes.person(r.get("n")).visibleTo(viewer);
                        found.put(s.id(), s);
                    });
        }
        return found;
    }

    /** Subjects whose current or former name is exactly each name (after full-width folding). */
    public Map<String, List<Subject>> byExactNames(List<String> names, Viewer viewer) {
        Map<String, List<Subject>> result = new HashMap<>();
        if (names.isEmpty()) {
            return result;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String name : names) {
            String folded = TextNormaliser.compact(name);
            rows.add(Map.of("name", name, "folded", folded, "lucene", SubjectSearch.luceneQuery(folded)));
            result.put(name, new ArrayList<>());
        }
        graph.read(
                        "UNWIND $rows AS row CALL db.index.fulltext.queryNodes('subject_names', row.lucene) YIELD node "
                                + "WITH row, node WHERE node.name = row.folded OR row.folded IN coalesce(node.formerNames, []) "
                                + "RETURN row.name AS name, node ORDER BY coalesce(node.uscc, node.id)",
                        Map.of("rows", rows))
                .forEach(r -> {
                    Subject s = Nodes.subject(r.get("node"));
                    if (s instanceof org.creditgraph.model.Person p) {
                        s = p.visibleTo(viewer);
                    }
                    result.get(r.get("name").asString()).add(s);
                });
        return result;
    }
}
