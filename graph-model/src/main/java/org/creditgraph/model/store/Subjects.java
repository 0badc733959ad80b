package org.creditgraph.model.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.Person;
import org.creditgraph.model.Subject;
import org.creditgraph.model.Viewer;
import org.neo4j.driver.Record;

/** The subject node a record links to (a penalty's party, a listing's subject), as the viewer may see it. */
final class Subjects {

    private Subjects() {}

    /**
     * {@code match} unwinds {@code $keys} as {@code k} and binds the linked node as {@code s}; the
     * first enterprise or person per key is returned, persons masked for PUBLIC (D12).
     */
    static Map<String, Subject> linked(Graph graph, String match, Collection<String> keys, Viewer viewer) {
        Map<String, Subject> subjects = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return subjects;
        }
        for (Record row : graph.read(
                match + " WHERE s:Enterprise OR s:Person RETURN k, s ORDER BY k, coalesce(s.uscc, s.id)",
                Map.of("keys", List.copyOf(keys)))) {
            Subject subject = Nodes.subject(row.get("s"));
            if (subject instanceof Person person) {
                subject = person.visibleTo(viewer);
            }
            subjects.putIfAbsent(row.get("k").asString(), subject);
        }
        return subjects;
    }
}
