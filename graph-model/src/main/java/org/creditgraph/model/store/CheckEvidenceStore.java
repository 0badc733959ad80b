package org.creditgraph.model.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.check.CheckEvidence;
import org.creditgraph.model.check.ControlEdge;
import org.creditgraph.model.check.Controller;
import org.creditgraph.model.check.CriteriaFacts;
import org.creditgraph.model.check.ListingFact;
import org.creditgraph.model.check.MeasureDef;
import org.creditgraph.model.check.PrincipalFact;
import org.creditgraph.model.check.ResponsibilityFact;
import org.creditgraph.model.rules.AccidentGrade;
import org.creditgraph.model.rules.ListingCriteria;
import org.creditgraph.model.rules.ListingRegime;
import org.creditgraph.model.rules.Publicity;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * D7 evidence: for many subjects at once (one UNWIND query per subject kind), the small subgraph
 * a sanction check decides on — listings with their basis, role holders with their accident
 * responsibilities, upstream control paths to listed controllers, and recent accidents and
 * penalties. Dates are not filtered here beyond the D9 window: the pure decision applies them.
 */
public final class CheckEvidenceStore {

    /** Properties of a listing as ListingFact needs them; {@code basis} names penalty keys and accident numbers. */
    private static final String LISTING = "{key: l.key, list: l.list, listedOn: l.listedOn, expiresOn: l.expiresOn,"
            + " removedOn: l.removedOn, restoredOn: l.restoredOn, authorityName: l.authorityName,"
            + " authorityUscc: l.authorityUscc, reason: l.reason,"
            + " basis: [(l)-[:BASED_ON]->(b) | coalesce(b.key, b.accidentNumber)]}";

    static final String RESPONSIBILITY = "{accidentNumber: a.accidentNumber, grade: a.grade,"
            + " industrySection: a.industrySection, responsibility: x.responsibility, outcome: x.outcome,"
            + " outcomeOn: x.outcomeOn, sentenceEndOn: x.sentenceEndOn, reportApprovedOn: a.reportApprovedOn}";

    private static final String PENALTIES_IN_WINDOW =
            "[(pen:Penalty)-[:AGAINST]->(n) WHERE pen.decidedOn > $windowStart"
                    + " AND pen.decidedOn <= $asOf | {key: pen.key, decidedOn: pen.decidedOn, violationType: pen.violationType,"
                    + " publicityUntil: pen.publicityUntil, status: pen.status, statusOn: pen.statusOn}]";

    private final Graph graph;

    public CheckEvidenceStore(Graph graph) {
        this.graph = graph;
    }

    /** The catalogue of measures in force (D4), read from the Measure nodes. */
    public List<MeasureDef> catalogue() {
        return graph.read("MATCH (m:Measure {inCatalogue: true}) RETURN m ORDER BY m.code", Map.of()).stream()
                .map(r -> {
                    Value m = r.get("m");
                    return new MeasureDef(
                            m.get("code").asString(),
                            m.get("titleZh").asString(null),
                            m.get("titleEn").asString(null),
                            SanctionDomain.valueOf(m.get("domain").asString()),
                            m.get("legalBasis").asString(null),
                            m.get("regimes").asList(v -> ListingRegime.valueOf(v.asString())),
                            m.get("subjectKinds").asList(v -> SubjectKind.valueOf(v.asString())));
                })
                .toList();
    }

    /** Evidence per USCC, in the order given; an unknown USCC gives a not-found evidence. */
    public Map<String, CheckEvidence> enterprises(List<String> usccs, LocalDate asOf, int maxDepth) {
        if (usccs.isEmpty()) {
            return Map.of();
        }
        int depth = Math.max(1, Math.min(maxDepth, 5));
        String cypher = "UNWIND $ids AS id OPTIONAL MATCH (n:Enterprise {uscc: id}) "
                + "RETURN id, n IS NOT NULL AS found, n.industrySection AS section, "
                + "[(l:Listing)-[:OF]->(n) | " + LISTING + "] AS listings, "
                + "[(p:Person)-[r:HOLDS_ROLE]->(n) WHERE r.role IN ['PRINCIPAL', 'LEGAL_REPRESENTATIVE'] | "
                + "  {personId: p.id, name: p.name, role: r.role, from: r.from, to: r.to, responsibilities: "
                + "   [(p)-[x:RESPONSIBLE_FOR]->(a:Accident) | " + RESPONSIBILITY + "]}] AS roleHolders, "
                // D7(a): only paths whose top node has a listing can make the subject RELATED_PARTY_RESTRICTED
                + "COLLECT { MATCH path = (c)-[:HOLDS_ROLE|INVESTS_IN*1.." + depth + "]->(n) "
                + "  WHERE all(r IN relationships(path) WHERE type(r) = 'INVESTS_IN'"
                + "    OR r.role IN ['LEGAL_REPRESENTATIVE', 'PRINCIPAL', 'SHAREHOLDER']) "
                + "    AND EXISTS { (:Listing)-[:OF]->(c) } "
                + "  RETURN {kind: CASE WHEN c:Enterprise THEN 'ENTERPRISE' ELSE 'PERSON' END, "
                + "    listings: [(l:Listing)-[:OF]->(c) | " + LISTING + "], "
                + "    path: [r IN relationships(path) | {fromId: coalesce(startNode(r).uscc, startNode(r).id),"
                + "      fromName: startNode(r).name, fromKind: CASE WHEN startNode(r):Enterprise THEN 'ENTERPRISE'"
                + "      ELSE 'PERSON' END, toId: endNode(r).uscc, role: CASE type(r) WHEN 'INVESTS_IN' THEN"
                + "      'INVESTOR' ELSE r.role END, sharePercent: r.sharePercent, from: r.from, to: r.to}]} } AS controllers, "
                + "[(x:Accident)-[:AT]->(n) WHERE x.occurredOn > $windowStart AND x.occurredOn <= $asOf | "
                + "  {accidentNumber: x.accidentNumber, occurredOn: x.occurredOn, grade: x.grade, deaths: x.deaths,"
                + "   liability: x.liability}] AS accidents, "
                + PENALTIES_IN_WINDOW + " AS penalties";
        return evidence(cypher, usccs, asOf, SubjectKind.ENTERPRISE);
    }

    /** Evidence per person id (the opaque id, D12), in the order given. */
    public Map<String, CheckEvidence> persons(List<String> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        String cypher = "UNWIND $ids AS id OPTIONAL MATCH (n:Person {id: id}) "
                + "RETURN id, n IS NOT NULL AS found, null AS section, "
                + "[(l:Listing)-[:OF]->(n) | " + LISTING + "] AS listings, "
                + "[(n)-[x:RESPONSIBLE_FOR]->(a:Accident) | " + RESPONSIBILITY + "] AS responsibilities, "
                + PENALTIES_IN_WINDOW + " AS penalties";
        return evidence(cypher, ids, asOf, SubjectKind.PERSON);
    }

    private Map<String, CheckEvidence> evidence(String cypher, List<String> ids, LocalDate asOf, SubjectKind kind) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids);
        params.put("asOf", asOf);
        params.put("windowStart", asOf.minusYears(1).minusDays(1));
        Map<String, CheckEvidence> result = new LinkedHashMap<>();
        for (Record r : graph.read(cypher, params)) {
            String id = r.get("id").asString();
            if (!r.get("found").asBoolean()) {
                result.put(id, CheckEvidence.notFound(kind, id));
                continue;
            }
            String section = r.get("section").asString(null);
            result.put(
                    id,
                    new CheckEvidence(
                            true,
                            kind,
                            id,
                            section == null || section.isEmpty() ? null : section.charAt(0),
                            listings(r.get("listings")),
                            kind == SubjectKind.PERSON ? responsibilities(r.get("responsibilities")) : List.of(),
                            kind == SubjectKind.ENTERPRISE ? roleHolders(r.get("roleHolders")) : List.of(),
                            kind == SubjectKind.ENTERPRISE ? controllers(r.get("controllers")) : List.of(),
                            new CriteriaFacts(
                                    kind == SubjectKind.ENTERPRISE ? accidents(r.get("accidents")) : List.of(),
                                    penalties(r.get("penalties"), asOf))));
        }
        return result;
    }

    private static List<ListingFact> listings(Value list) {
        return list.asList(l -> new ListingFact(
                l.get("key").asString(),
                ListingRegime.parse(l.get("list").asString("")).orElse(null),
                Nodes.date(l.get("listedOn")),
                Nodes.date(l.get("expiresOn")),
                Nodes.date(l.get("removedOn")),
                Nodes.date(l.get("restoredOn")),
                l.get("authorityName").asString(null),
                l.get("authorityUscc").asString(null),
                l.get("reason").asString(null),
                Nodes.strings(l.get("basis"))));
    }

    static List<ResponsibilityFact> responsibilities(Value list) {
        return list.asList(x -> new ResponsibilityFact(
                x.get("accidentNumber").asString(),
                x.get("grade").isNull()
                        ? null
                        : AccidentGrade.valueOf(x.get("grade").asString()),
                x.get("industrySection").isNull()
                        ? null
                        : x.get("industrySection").asString().charAt(0),
                x.get("responsibility").asString(null),
                x.get("outcome").asString(null),
                Nodes.date(x.get("outcomeOn")),
                Nodes.date(x.get("sentenceEndOn")),
                Nodes.date(x.get("reportApprovedOn"))));
    }

    private static List<PrincipalFact> roleHolders(Value list) {
        return list.asList(p -> new PrincipalFact(
                p.get("personId").asString(),
                p.get("name").asString(null),
                p.get("role").asString(),
                Nodes.date(p.get("from")),
                Nodes.date(p.get("to")),
                responsibilities(p.get("responsibilities"))));
    }

    private static List<Controller> controllers(Value list) {
        return list.asList(c -> new Controller(
                c.get("path")
                        .asList(e -> new ControlEdge(
                                e.get("fromId").asString(),
                                e.get("fromName").asString(null),
                                e.get("fromKind").asString(),
                                e.get("toId").asString(),
                                e.get("role").asString(),
                                e.get("sharePercent").isNull()
                                        ? null
                                        : e.get("sharePercent").asDouble(),
                                Nodes.date(e.get("from")),
                                Nodes.date(e.get("to")))),
                listings(c.get("listings")),
                SubjectKind.valueOf(c.get("kind").asString())));
    }

    private static List<ListingCriteria.AccidentFact> accidents(Value list) {
        return list.asList(x -> new ListingCriteria.AccidentFact(
                x.get("accidentNumber").asString(),
                Nodes.date(x.get("occurredOn")),
                x.get("grade").isNull()
                        ? null
                        : AccidentGrade.valueOf(x.get("grade").asString()),
                x.get("deaths").asInt(0),
                x.get("liability").asBoolean(false)));
    }

    /** D6: a penalty annulled on or before {@code asOf} never counts as evidence. */
    private static List<ListingCriteria.PenaltyFact> penalties(Value list, LocalDate asOf) {
        List<ListingCriteria.PenaltyFact> facts = new ArrayList<>();
        for (Value p : list.values()) {
            var window = new Publicity.PenaltyWindow(
                    Nodes.date(p.get("decidedOn")),
                    Nodes.date(p.get("publicityUntil")),
                    null,
                    p.get("status").asString(null),
                    Nodes.date(p.get("statusOn")));
            if (Publicity.countsAsEvidence(window, asOf)) {
                facts.add(new ListingCriteria.PenaltyFact(
                        p.get("key").asString(),
                        window.decidedOn(),
                        p.get("violationType").asString(null)));
            }
        }
        return facts;
    }
}
