package org.creditgraph.model.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.creditgraph.model.Enterprise;
import org.creditgraph.model.Person;
import org.creditgraph.model.Subject;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.check.ResponsibilityFact;
import org.creditgraph.model.rules.PrincipalBan;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads of natural persons (自然人) and of the ties between subjects: roles (任职) and investments
 * (投资). The ties of many enterprises are read in one query each. D12: persons' names are masked
 * for anonymous callers; the person's {@code key} is never read.
 */
public final class PersonStore {

    /** 任职: a person's role in an enterprise (法定代表人, 主要负责人, 股东, ...). */
    public record Role(Person person, String role, LocalDate from, LocalDate to, Double sharePercent) {}

    /** 投资: an enterprise or person holding a share of an enterprise. */
    public record Investment(
            Subject investor, Enterprise investee, Double sharePercent, LocalDate from, LocalDate to) {}

    /** 任职 seen from the person: the enterprise and the role held in it. */
    public record PersonRole(Enterprise enterprise, String role, LocalDate from, LocalDate to, Double sharePercent) {}

    private final Graph graph;

    public PersonStore(Graph graph) {
        this.graph = graph;
    }

    public Optional<Person> byId(String id, Viewer viewer) {
        return graph.read("MATCH (p:Person {id: $id}) RETURN p", Map.of("id", id)).stream()
                .findFirst()
                .map(r -> Nodes.person(r.get("p")).visibleTo(viewer));
    }

    /** The persons with these opaque ids, by id, masked for PUBLIC (D12). */
    public Map<String, Person> byIds(Collection<String> ids, Viewer viewer) {
        Map<String, Person> found = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            graph.read("UNWIND $ids AS k MATCH (p:Person {id: k}) RETURN k, p", Map.of("ids", List.copyOf(ids)))
                    .forEach(r -> found.put(
                            r.get("k").asString(), Nodes.person(r.get("p")).visibleTo(viewer)));
        }
        return found;
    }

    /**
     * Every natural person, by opaque id, in keyset pages of {@code pageSize} read one after
     * another; names masked for anonymous callers (D12). Returns the number of persons.
     */
    public long forEachPage(Viewer viewer, int pageSize, Consumer<List<Person>> pages) {
        return Records.scanByKey(
                graph,
                "Person",
                "id",
                List.of(),
                Map.of(),
                "n {.id, .name, .idType, .maskedIdNumber}",
                pageSize,
                v -> Nodes.person(v).visibleTo(viewer),
                pages);
    }

    /** The roles held in each enterprise, latest start first; one query for all of them. */
    public Map<String, List<Role>> rolesIn(Collection<String> usccs, Viewer viewer) {
        Map<String, List<Role>> roles = empty(usccs);
        if (usccs.isEmpty()) {
            return roles;
        }
        List<Record> rows = graph.read("""
                UNWIND $usccs AS uscc
                MATCH (p:Person)-[r:HOLDS_ROLE]->(:Enterprise {uscc: uscc})
                RETURN uscc, p, r.role AS role, r.from AS from, r.to AS to, r.sharePercent AS share
                ORDER BY uscc, r.from DESC, r.role, p.id
                """, Map.of("usccs", List.copyOf(usccs)));
        for (Record row : rows) {
            roles.get(row.get("uscc").asString())
                    .add(new Role(
                            Nodes.person(row.get("p")).visibleTo(viewer),
                            row.get("role").asString(""),
                            Nodes.date(row.get("from")),
                            Nodes.date(row.get("to")),
                            share(row.get("share"))));
        }
        return roles;
    }

    /** The roles each person (by opaque id) holds, latest start first; one query for all of them. */
    public Map<String, List<PersonRole>> rolesOf(Collection<String> ids) {
        Map<String, List<PersonRole>> roles = empty(ids);
        if (ids.isEmpty()) {
            return roles;
        }
        List<Record> rows = graph.read("""
                UNWIND $ids AS id
                MATCH (:Person {id: id})-[r:HOLDS_ROLE]->(e:Enterprise)
                RETURN id, e, r.role AS role, r.from AS from, r.to AS to, r.sharePercent AS share
                ORDER BY id, r.from DESC, r.role, e.uscc
                """, Map.of("ids", List.copyOf(ids)));
        for (Record row : rows) {
            roles.get(row.get("id").asString())
                    .add(new PersonRole(
                            Nodes.enterprise(row.get("e")),
                            row.get("role").asString(""),
                            Nodes.date(row.get("from")),
                            Nodes.date(row.get("to")),
                            share(row.get("share"))));
        }
        return roles;
    }

    /** The enterprises each person (by opaque id) invests in; the investor is the person, masked as usual (D12). */
    public Map<String, List<Investment>> investmentsOfPersons(Collection<String> ids, Viewer viewer) {
        return investments(
                ids, viewer, "UNWIND $usccs AS uscc MATCH (i:Person {id: uscc})-[r:INVESTS_IN]->(t:Enterprise) ");
    }

    /**
     * D5: the principal bans of each person (by opaque id), latest start first. The responsibility
     * records are fetched here; {@link PrincipalBan#bansFrom} decides which bans follow from them.
     */
    public Map<String, List<PrincipalBan.Ban>> bansOf(Collection<String> ids) {
        Map<String, List<PrincipalBan.Ban>> bans = empty(ids);
        if (ids.isEmpty()) {
            return bans;
        }
        List<Record> rows = graph.read(
                "UNWIND $ids AS id MATCH (n:Person {id: id}) RETURN id, [(n)-[x:RESPONSIBLE_FOR]->(a:Accident) | "
                        + CheckEvidenceStore.RESPONSIBILITY + "] AS responsibilities",
                Map.of("ids", List.copyOf(ids)));
        for (Record row : rows) {
            List<PrincipalBan.Ban> own = bans.get(row.get("id").asString());
            for (ResponsibilityFact fact : CheckEvidenceStore.responsibilities(row.get("responsibilities"))) {
                own.addAll(fact.bans());
            }
            own.sort(Comparator.comparing(PrincipalBan.Ban::from).reversed().thenComparing(b -> b.kind()
                    .name()));
        }
        return bans;
    }

    /** The investors (股东/出资人) of each enterprise; one query for all of them. */
    public Map<String, List<Investment>> investorsOf(Collection<String> usccs, Viewer viewer) {
        return investments(
                usccs,
                viewer,
                "UNWIND $usccs AS uscc MATCH (i)-[r:INVESTS_IN]->(t:Enterprise {uscc: uscc}) WHERE i:Enterprise OR i:Person ");
    }

    /** The enterprises each enterprise invests in (对外投资); one query for all of them. */
    public Map<String, List<Investment>> investmentsOf(Collection<String> usccs, Viewer viewer) {
        return investments(
                usccs,
                viewer,
                "UNWIND $usccs AS uscc MATCH (i:Enterprise {uscc: uscc})-[r:INVESTS_IN]->(t:Enterprise) ");
    }

    private Map<String, List<Investment>> investments(Collection<String> usccs, Viewer viewer, String match) {
        Map<String, List<Investment>> investments = empty(usccs);
        if (usccs.isEmpty()) {
            return investments;
        }
        List<Record> rows = graph.read(
                match + "RETURN uscc, i, t, r.sharePercent AS share, r.from AS from, r.to AS to "
                        + "ORDER BY uscc, r.sharePercent DESC, coalesce(i.uscc, i.id), t.uscc",
                Map.of("usccs", List.copyOf(usccs)));
        for (Record row : rows) {
            Subject investor = Nodes.subject(row.get("i"));
            if (investor instanceof Person person) {
                investor = person.visibleTo(viewer);
            }
            investments
                    .get(row.get("uscc").asString())
                    .add(new Investment(
                            investor,
                            Nodes.enterprise(row.get("t")),
                            share(row.get("share")),
                            Nodes.date(row.get("from")),
                            Nodes.date(row.get("to"))));
        }
        return investments;
    }

    private static <T> Map<String, List<T>> empty(Collection<String> usccs) {
        Map<String, List<T>> map = new LinkedHashMap<>();
        for (String uscc : usccs) {
            map.put(uscc, new ArrayList<>());
        }
        return map;
    }

    private static Double share(Value v) {
        return v.isNull() ? null : v.asNumber().doubleValue();
    }
}
