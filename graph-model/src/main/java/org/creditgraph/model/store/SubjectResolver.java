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

    /**
     * Subjects whose current or former name is exactly each name (after full-width folding); natural
     * persons only for non-public viewers, so that a name never confirms that a person exists (D12).
     */
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
                                + "WITH row, node WHERE (node.name = row.folded OR row.folded IN coalesce(node.formerNames, [])) "
                                + "AND ($persons OR NOT node:Person) "
                                + "RETURN row.name AS name, node ORDER BY coalesce(node.uscc, node.id)",
                        Map.of("rows", rows, "persons", SubjectSearch.findsPersonsByName(viewer)))
                .forEach(r -> {
                    Subject s = Nodes.subject(r.get("node"));
                    if (s instanceof org.creditgraph.model.Person p) {
                        s = p.visibleTo(viewer);
                    }
                    result.get(r.get("name").asString()).add(s);
                });
        return result;
    }

    /**
     * D7: listed parties (listings linked to no node) whose published name or Chinese name is exactly
     * each name (after folding and removing whitespace inside CJK text); natural persons only for
     * non-public viewers (D12). Names with none are absent from the map.
     */
    public Map<String, List<org.creditgraph.model.ListedParty>> listedPartiesByExactNames(
            List<String> names, Viewer viewer) {
        Map<String, List<org.creditgraph.model.ListedParty>> result = new HashMap<>();
        if (names.isEmpty()) {
            return result;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String name : names) {
            // words stay words: a foreign name's terms are matched one by one (compacting glued them)
            rows.add(Map.of("name", name, "lucene", SubjectSearch.luceneQuery(TextNormaliser.fold(name))));
        }
        graph.read(
                        "UNWIND $rows AS row CALL db.index.fulltext.queryNodes('listed_party_names', row.lucene) "
                                + "YIELD node WHERE NOT EXISTS { (node)-[:OF]->() } "
                                + "AND ($persons OR coalesce(node.subjectType, '') <> '自然人') "
                                + "RETURN row.name AS name, node ORDER BY node.key",
                        Map.of("rows", rows, "persons", SubjectSearch.findsPersonsByName(viewer)))
                .forEach(r -> {
                    var party = Nodes.listedParty(r.get("node"));
                    String wanted = TextNormaliser.compact(r.get("name").asString());
                    if (wanted.equals(TextNormaliser.compact(party.name()))
                            || (party.nameZh() != null
                                    && (wanted.equals(TextNormaliser.compact(party.nameZh()))
                                            || wanted.equals(TextNormaliser.compact(foreignPart(party)))))) {
                        result.computeIfAbsent(r.get("name").asString(), k -> new ArrayList<>())
                                .add(party);
                    }
                });
        return result;
    }

    /** A bilingual published name without its Chinese part: "GANSU ... CO., LTD.(甘肃...)" → "GANSU ... CO., LTD.". */
    private static String foreignPart(org.creditgraph.model.ListedParty party) {
        return party.name().replace("(" + party.nameZh() + ")", "").replace(party.nameZh(), "");
    }

    /** Listed parties by listing key (only listings still linked to no node). */
    public Map<String, org.creditgraph.model.ListedParty> listedParties(java.util.Collection<String> keys) {
        Map<String, org.creditgraph.model.ListedParty> found = new HashMap<>();
        graph.read(
                        "UNWIND $keys AS key MATCH (node:Listing {key: key}) WHERE NOT EXISTS { (node)-[:OF]->() } "
                                + "AND node.subjectName IS NOT NULL RETURN node",
                        Map.of("keys", List.copyOf(keys)))
                .forEach(r -> {
                    var party = Nodes.listedParty(r.get("node"));
                    found.put(party.listingKey(), party);
                });
        return found;
    }
}
