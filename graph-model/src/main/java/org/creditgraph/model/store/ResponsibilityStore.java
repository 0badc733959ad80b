package org.creditgraph.model.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.Person;
import org.creditgraph.model.Responsibility;
import org.creditgraph.model.Subject;
import org.creditgraph.model.Viewer;
import org.neo4j.driver.Record;

/**
 * Reads of accident responsibilities (事故责任): who an investigation report held responsible for
 * which accident. Persons are masked for PUBLIC (D12) here, the one place these are read.
 */
public final class ResponsibilityStore {

    private static final String RETURN = " RETURN k, s, x {.*} AS x, a.accidentNumber AS accident"
            + " ORDER BY k, a.occurredOn DESC, a.accidentNumber, coalesce(s.uscc, s.id)";

    private final Graph graph;

    public ResponsibilityStore(Graph graph) {
        this.graph = graph;
    }

    /** The parties held responsible for each accident (by number). */
    public Map<String, List<Responsibility>> ofAccidents(Collection<String> numbers, Viewer viewer) {
        return read(
                "UNWIND $keys AS k MATCH (s)-[x:RESPONSIBLE_FOR]->(a:Accident {accidentNumber: k})"
                        + " WHERE s:Enterprise OR s:Person",
                numbers,
                viewer);
    }

    /** The responsibilities of each natural person (by opaque id, D12), most recent accident first. */
    public Map<String, List<Responsibility>> ofPersons(Collection<String> ids, Viewer viewer) {
        return read("UNWIND $keys AS k MATCH (s:Person {id: k})-[x:RESPONSIBLE_FOR]->(a:Accident)", ids, viewer);
    }

    /** The responsibilities of each enterprise (by USCC) as a party, most recent accident first. */
    public Map<String, List<Responsibility>> ofEnterprises(Collection<String> usccs, Viewer viewer) {
        return read(
                "UNWIND $keys AS k MATCH (s:Enterprise {uscc: k})-[x:RESPONSIBLE_FOR]->(a:Accident)", usccs, viewer);
    }

    /** Responsibilities by {@link Responsibility#key()}. */
    public Map<String, Responsibility> byKeys(Collection<String> keys, Viewer viewer) {
        List<Map<String, String>> pairs = new ArrayList<>();
        for (String key : keys) {
            int bar = key.lastIndexOf('|');
            if (bar > 0) {
                pairs.add(Map.of("key", key, "accident", key.substring(0, bar), "party", key.substring(bar + 1)));
            }
        }
        Map<String, Responsibility> found = new LinkedHashMap<>();
        if (pairs.isEmpty()) {
            return found;
        }
        for (Record row : graph.read(
                "UNWIND $pairs AS pair MATCH (s)-[x:RESPONSIBLE_FOR]->(a:Accident {accidentNumber: pair.accident})"
                        + " WHERE (s:Enterprise AND s.uscc = pair.party) OR (s:Person AND s.id = pair.party)"
                        + " RETURN pair.key AS k, s, x {.*} AS x, a.accidentNumber AS accident",
                Map.of("pairs", pairs))) {
            found.put(row.get("k").asString(), responsibility(row, viewer));
        }
        return found;
    }

    private Map<String, List<Responsibility>> read(String match, Collection<String> keys, Viewer viewer) {
        Map<String, List<Responsibility>> result = new LinkedHashMap<>();
        keys.forEach(k -> result.put(k, new ArrayList<>()));
        if (keys.isEmpty()) {
            return result;
        }
        for (Record row : graph.read(match + RETURN, Map.of("keys", List.copyOf(keys)))) {
            result.get(row.get("k").asString()).add(responsibility(row, viewer));
        }
        return result;
    }

    private static Responsibility responsibility(Record row, Viewer viewer) {
        Subject party = Nodes.subject(row.get("s"));
        if (party instanceof Person person) {
            party = person.visibleTo(viewer);
        }
        var x = row.get("x");
        return new Responsibility(
                row.get("accident").asString(),
                party,
                x.get("position").asString(null),
                x.get("responsibility").asString(""),
                x.get("outcome").asString(null),
                Nodes.date(x.get("outcomeOn")),
                Nodes.date(x.get("sentenceEndOn")));
    }
}
