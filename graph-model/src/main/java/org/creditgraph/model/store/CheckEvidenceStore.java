package org.creditgraph.model.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Subject;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.check.CheckEvidence;
import org.creditgraph.model.check.ControlEdge;
import org.creditgraph.model.check.Controller;
import org.creditgraph.model.check.CriteriaFacts;
import org.creditgraph.model.check.GradeFact;
import org.creditgraph.model.check.IncentiveDef;
import org.creditgraph.model.check.ListingFact;
import org.creditgraph.model.check.MeasureDef;
import org.creditgraph.model.check.PrincipalFact;
import org.creditgraph.model.check.ResponsibilityFact;
import org.creditgraph.model.rules.AccidentGrade;
import org.creditgraph.model.rules.ListingCriteria;
import org.creditgraph.model.rules.ListingRegime;
import org.creditgraph.model.rules.ListingRegimes;
import org.creditgraph.model.rules.Publicity;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * D7 evidence: for many subjects at once (one UNWIND query per subject kind), the small subgraph
 * a sanction check decides on — listings with their basis, role holders with their accident
 * responsibilities, upstream control paths to listed controllers, and recent accidents and
 * penalties. Dates are not filtered here beyond the D9 window: the pure decision applies them.
 *
 * <p>A sanction check uses {@link #fetch}: subjects, evidence, data version and, when the catalogue
 * cached here is not the one in force, the measure catalogue, all in one query per subject kind and
 * chunk (issue 8: a single check was four read transactions). The cache is keyed by the data
 * version and the catalogue's stamp that every such query reads, so N instances stay correct.
 */
public final class CheckEvidenceStore {

    /** Subjects per evidence query of a batch: bounds the size of one result and one transaction. */
    public static final int CHUNK = 2_000;

    static final int PARALLEL_CHUNKS = 2;

    /**
     * What a check reads, as of one data version: the evidence per subject id (in the order asked),
     * the known subjects as the viewer may see them (D12), and the catalogue in force (D4).
     */
    public record Fetched(
            String dataVersion,
            Map<String, CheckEvidence> evidence,
            Map<String, Subject> subjects,
            List<MeasureDef> catalogue,
            List<IncentiveDef> incentives) {}

    /** The catalogue in force under one key (data version and catalogue stamp). */
    private record CachedCatalogue(String key, List<MeasureDef> measures, List<IncentiveDef> incentives) {}

    /**
     * Heads a fetch query: the latest completed LoadRun (the data version, D7) and the key of the
     * catalogue in force: the data version and the stamp {@code MeasureCatalogue.load} writes.
     */
    private static final String VERSIONS = "WITH head(COLLECT { MATCH (r:LoadRun) WHERE r.finishedAt IS NOT NULL"
            + " AND r.status = 'COMPLETED' RETURN r.id ORDER BY r.finishedAt DESC LIMIT 1 }) AS dataVersion,"
            + " head(COLLECT { MATCH (c:Meta {id: 'measure-catalogue'}) RETURN c.stamp }) AS stamp,"
            + " head(COLLECT { MATCH (c:Meta {id: 'incentive-catalogue'}) RETURN c.stamp }) AS incentiveStamp "
            + "WITH dataVersion, coalesce(dataVersion, '') + '|' + coalesce(stamp, '') + '|'"
            + " + coalesce(incentiveStamp, '') AS catalogueKey ";

    /** The catalogue, only on the first row and only when the caller's cached key is not current. */
    private static final String STALE_CATALOGUE = "CASE WHEN catalogueKey <> $catalogueKey"
            + " AND %1$s THEN COLLECT { MATCH (m:Measure {inCatalogue: true}) RETURN m ORDER BY m.code } END AS catalogue,"
            + " CASE WHEN catalogueKey <> $catalogueKey AND %1$s THEN"
            + " COLLECT { MATCH (i:Incentive {inCatalogue: true}) RETURN i ORDER BY i.code } END AS incentiveCatalogue";

    /** Properties of a listing as ListingFact needs them; {@code basis} names penalty keys and accident numbers. */
    private static final String LISTING = "{key: l.key, list: l.list, listedOn: l.listedOn, expiresOn: l.expiresOn,"
            + " removedOn: l.removedOn, restoredOn: l.restoredOn, authorityName: l.authorityName,"
            + " authorityUscc: l.authorityUscc, reason: l.reason, permanent: coalesce(l.permanent, false),"
            + " basis: [(l)-[:BASED_ON]->(b) | coalesce(b.key, b.accidentNumber)]}";

    static final String RESPONSIBILITY = "{accidentNumber: a.accidentNumber, grade: a.grade,"
            + " industrySection: a.industrySection, responsibility: x.responsibility, outcome: x.outcome,"
            + " outcomeOn: x.outcomeOn, sentenceEndOn: x.sentenceEndOn, reportApprovedOn: a.reportApprovedOn}";

    private static final String PENALTIES_IN_WINDOW =
            "[(pen:Penalty)-[:AGAINST]->(n) WHERE pen.decidedOn > $windowStart"
                    + " AND pen.decidedOn <= $asOf | {key: pen.key, decidedOn: pen.decidedOn, violationType: pen.violationType,"
                    + " publicityUntil: pen.publicityUntil, status: pen.status, statusOn: pen.statusOn}]";

    private final Graph graph;
    private final AtomicReference<CachedCatalogue> cached = new AtomicReference<>();

    public CheckEvidenceStore(Graph graph) {
        this.graph = graph;
    }

    /**
     * Subjects, evidence, data version and catalogue for a check: one query per subject kind and
     * {@link #CHUNK} subjects (a single check: one query). Should a load complete between two
     * chunks, the whole fetch runs again, so that every answer names the version it was decided on.
     */
    public Fetched fetch(List<String> usccs, List<String> personIds, LocalDate asOf, int maxDepth, Viewer viewer) {
        for (int attempt = 1; ; attempt++) {
            Fetch fetch = new Fetch(viewer, cached.get());
            String firstRow = STALE_CATALOGUE.formatted("id = $ids[0]");
            List<Graph.Read> reads = new ArrayList<>();
            List<SubjectKind> kinds = new ArrayList<>();
            for (List<String> chunk : chunks(usccs)) {
                reads.add(new Graph.Read(VERSIONS + enterpriseQuery(maxDepth, firstRow), fetch.params(chunk, asOf)));
                kinds.add(SubjectKind.ENTERPRISE);
            }
            for (List<String> chunk : chunks(personIds)) {
                reads.add(new Graph.Read(VERSIONS + personQuery(firstRow), fetch.params(chunk, asOf)));
                kinds.add(SubjectKind.PERSON);
            }
            // Issue 8: a chunk's query is CPU-bound in the database; one at a time left a core idle.
            List<List<Record>> rows = graph.readAll(reads, PARALLEL_CHUNKS);
            for (int i = 0; i < reads.size(); i++) {
                fetch.add(rows.get(i), asOf, kinds.get(i));
            }
            if (usccs.isEmpty() && personIds.isEmpty()) {
                fetch.add(
                        graph.read(
                                VERSIONS + "RETURN dataVersion, catalogueKey, " + STALE_CATALOGUE.formatted("true"),
                                fetch.params(List.of(), asOf)),
                        asOf,
                        null);
            }
            if (!fetch.mixed || attempt == 3) {
                CachedCatalogue catalogue = fetch.catalogue();
                return new Fetched(
                        fetch.dataVersion == null ? "empty" : fetch.dataVersion,
                        fetch.evidence,
                        fetch.subjects,
                        catalogue.measures(),
                        catalogue.incentives());
            }
        }
    }

    /** Plans the fetch queries of a check ahead of the first one (their cold plan takes seconds). */
    public void planFetch(int maxDepth) {
        Map<String, Object> params = new Fetch(Viewer.PUBLIC, null).params(List.of("-"), LocalDate.EPOCH);
        String firstRow = STALE_CATALOGUE.formatted("id = $ids[0]");
        graph.plan(VERSIONS + enterpriseQuery(maxDepth, firstRow), params);
        graph.plan(VERSIONS + personQuery(firstRow), params);
    }

    /** The rows of one fetch, and whether they came from more than one data version. */
    private final class Fetch {
        final Viewer viewer;
        final CachedCatalogue known;
        final Map<String, CheckEvidence> evidence = new LinkedHashMap<>();
        final Map<String, Subject> subjects = new HashMap<>();
        String dataVersion;
        String key;
        List<MeasureDef> catalogue;
        List<IncentiveDef> incentives;
        boolean mixed;

        Fetch(Viewer viewer, CachedCatalogue known) {
            this.viewer = viewer;
            this.known = known;
        }

        Map<String, Object> params(List<String> ids, LocalDate asOf) {
            Map<String, Object> params = CheckEvidenceStore.params(ids, asOf);
            // always a string: a plan is cached per parameter types too
            params.put("catalogueKey", known == null ? "" : known.key());
            return params;
        }

        /** Rows of one query; {@code kind} null: a query for the versions only. */
        void add(List<Record> rows, LocalDate asOf, SubjectKind kind) {
            for (Record r : rows) {
                String rowKey = r.get("catalogueKey").asString();
                if (key == null) {
                    key = rowKey;
                    dataVersion = r.get("dataVersion").asString(null);
                } else if (!key.equals(rowKey)) {
                    mixed = true;
                }
                if (!r.get("catalogue").isNull() && catalogue == null) {
                    catalogue = r.get("catalogue").asList(CheckEvidenceStore::measure);
                }
                if (!r.get("incentiveCatalogue").isNull() && incentives == null) {
                    incentives = r.get("incentiveCatalogue").asList(CheckEvidenceStore::incentive);
                }
                if (kind == null) {
                    continue;
                }
                CheckEvidence e = evidence(r, asOf, kind);
                evidence.put(e.subjectId(), e);
                if (e.subjectFound()) {
                    Subject s = kind == SubjectKind.ENTERPRISE
                            ? Nodes.enterprise(r.get("node"))
                            : Nodes.person(r.get("node")).visibleTo(viewer);
                    subjects.put(s.id(), s);
                }
            }
        }

        /** The catalogue under this fetch's key: cached, read with the rows, or (rarely) read now. */
        CachedCatalogue catalogue() {
            if (known != null && known.key().equals(key)) {
                return known;
            }
            CachedCatalogue current = new CachedCatalogue(
                    key,
                    catalogue != null ? catalogue : CheckEvidenceStore.this.catalogue(),
                    incentives != null ? incentives : CheckEvidenceStore.this.incentives());
            cached.set(current);
            return current;
        }
    }

    private static List<List<String>> chunks(List<String> ids) {
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** The catalogue of measures in force (D4), read from the Measure nodes. */
    public List<MeasureDef> catalogue() {
        return graph.read("MATCH (m:Measure {inCatalogue: true}) RETURN m ORDER BY m.code", Map.of()).stream()
                .map(r -> measure(r.get("m")))
                .toList();
    }

    private static MeasureDef measure(Value m) {
        return new MeasureDef(
                m.get("code").asString(),
                m.get("titleZh").asString(null),
                m.get("titleEn").asString(null),
                SanctionDomain.valueOf(m.get("domain").asString()),
                m.get("legalBasis").asString(null),
                // a regime no regimes file defines any more cannot match a listing: dropped
                Nodes.strings(m.get("regimes")).stream()
                        .flatMap(code -> ListingRegimes.shipped().byCode(code).stream())
                        .toList(),
                m.get("subjectKinds").asList(v -> SubjectKind.valueOf(v.asString())));
    }

    /** The catalogue of incentives in force (激励措施), read from the Incentive nodes. */
    public List<IncentiveDef> incentives() {
        return graph.read("MATCH (i:Incentive {inCatalogue: true}) RETURN i ORDER BY i.code", Map.of()).stream()
                .map(r -> incentive(r.get("i")))
                .toList();
    }

    private static IncentiveDef incentive(Value i) {
        return new IncentiveDef(
                i.get("code").asString(),
                i.get("titleZh").asString(null),
                i.get("titleEn").asString(null),
                SanctionDomain.valueOf(i.get("domain").asString()),
                i.get("legalBasis").asString(null),
                Nodes.strings(i.get("regimes")),
                Nodes.strings(i.get("grades")),
                i.get("subjectKinds").asList(v -> SubjectKind.valueOf(v.asString())));
    }

    /** Evidence per USCC, in the order given; an unknown USCC gives a not-found evidence. */
    public Map<String, CheckEvidence> enterprises(List<String> usccs, LocalDate asOf, int maxDepth) {
        if (usccs.isEmpty()) {
            return Map.of();
        }
        return evidence(enterpriseQuery(maxDepth, null), usccs, asOf, SubjectKind.ENTERPRISE);
    }

    /** {@code catalogue} null: evidence only; else also the node, the versions and that column. */
    private static String enterpriseQuery(int maxDepth, String catalogue) {
        int depth = Math.max(1, Math.min(maxDepth, 5));
        return "UNWIND $ids AS id OPTIONAL MATCH (n:Enterprise {uscc: id}) "
                + "RETURN id, n IS NOT NULL AS found, n.industrySection AS section, "
                + (catalogue == null
                        ? ""
                        : "dataVersion, catalogueKey, " + Nodes.ENTERPRISE_PROJECTION + " AS node, " + catalogue + ", ")
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
                + PENALTIES_IN_WINDOW + " AS penalties, "
                + "[(h:Hazard)-[:AT]->(n) WHERE h.refused AND h.suspensionOrderedOn > $windowStart"
                + " AND h.suspensionOrderedOn <= $asOf | {hazardNumber: h.hazardNumber, refused: h.refused,"
                + " suspensionOrderedOn: h.suspensionOrderedOn}] AS hazards, [] AS responsibleRoles, "
                + "[(g:CreditGrade)-[:GRADE_OF]->(n) | {key: g.key, grade: g.grade, authorityName: g.authorityName,"
                + " validFrom: g.validFrom, validTo: g.validTo}] AS grades";
    }

    /** Evidence per person id (the opaque id, D12), in the order given. */
    public Map<String, CheckEvidence> persons(List<String> ids, LocalDate asOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return evidence(personQuery(null), ids, asOf, SubjectKind.PERSON);
    }

    private static String personQuery(String catalogue) {
        return "UNWIND $ids AS id OPTIONAL MATCH (n:Person {id: id}) "
                + "RETURN id, n IS NOT NULL AS found, null AS section, "
                + (catalogue == null
                        ? ""
                        : "dataVersion, catalogueKey, " + Nodes.PERSON_PROJECTION + " AS node, " + catalogue + ", ")
                + "[(l:Listing)-[:OF]->(n) | " + LISTING + "] AS listings, "
                + "[(n)-[x:RESPONSIBLE_FOR]->(a:Accident) | " + RESPONSIBILITY + "] AS responsibilities, "
                + PENALTIES_IN_WINDOW + " AS penalties, [] AS grades, [] AS hazards, "
                // D9 for persons: responsibilities in the window, the role then, the enterprise's accidents
                + "[(n)-[x:RESPONSIBLE_FOR]->(a:Accident)-[:AT]->(e:Enterprise) WHERE a.occurredOn > $windowStart"
                + " AND a.occurredOn <= $asOf | {accidentNumber: a.accidentNumber, enterpriseId: e.uscc,"
                + " responsibility: x.responsibility, principalThen: EXISTS { (n)-[r:HOLDS_ROLE]->(e)"
                + " WHERE r.role = 'PRINCIPAL' AND (r.from IS NULL OR r.from <= a.occurredOn)"
                + " AND (r.to IS NULL OR a.occurredOn < r.to) }, enterpriseAccidents: [(y:Accident)-[:AT]->(e)"
                + " WHERE y.occurredOn > $windowStart AND y.occurredOn <= $asOf | {accidentNumber: y.accidentNumber,"
                + " occurredOn: y.occurredOn, grade: y.grade, deaths: y.deaths, liability: y.liability}]}]"
                + " AS responsibleRoles";
    }

    private Map<String, CheckEvidence> evidence(String cypher, List<String> ids, LocalDate asOf, SubjectKind kind) {
        Map<String, CheckEvidence> result = new LinkedHashMap<>();
        for (Record r : graph.read(cypher, params(ids, asOf))) {
            CheckEvidence e = evidence(r, asOf, kind);
            result.put(e.subjectId(), e);
        }
        return result;
    }

    private static Map<String, Object> params(List<String> ids, LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids);
        params.put("asOf", asOf);
        params.put("windowStart", asOf.minusYears(1).minusDays(1));
        return params;
    }

    private static CheckEvidence evidence(Record r, LocalDate asOf, SubjectKind kind) {
        String id = r.get("id").asString();
        if (!r.get("found").asBoolean()) {
            return CheckEvidence.notFound(kind, id);
        }
        String section = r.get("section").asString(null);
        return new CheckEvidence(
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
                        penalties(r.get("penalties"), asOf),
                        hazards(r.get("hazards")),
                        responsibleRoles(r.get("responsibleRoles"))),
                grades(r.get("grades")));
    }

    /** D7: the listings with these keys as a check's facts (a listed party checked by name). */
    public List<ListingFact> listingFacts(List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return listings(graph.read(
                        "UNWIND $keys AS key MATCH (l:Listing {key: key}) WITH l ORDER BY l.key " + "RETURN collect("
                                + LISTING + ") AS listings",
                        Map.of("keys", keys))
                .getFirst()
                .get("listings"));
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
                Nodes.strings(l.get("basis")),
                l.get("permanent").asBoolean(false)));
    }

    private static List<GradeFact> grades(Value list) {
        return list.asList(g -> new GradeFact(
                g.get("key").asString(),
                g.get("grade").asString(),
                g.get("authorityName").asString(null),
                Nodes.date(g.get("validFrom")),
                Nodes.date(g.get("validTo"))));
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

    private static List<ListingCriteria.HazardFact> hazards(Value list) {
        return list.isNull()
                ? List.of()
                : list.asList(h -> new ListingCriteria.HazardFact(
                        h.get("hazardNumber").asString(),
                        h.get("refused").asBoolean(false),
                        Nodes.date(h.get("suspensionOrderedOn"))));
    }

    private static List<ListingCriteria.ResponsibleRole> responsibleRoles(Value list) {
        return list.isNull()
                ? List.of()
                : list.asList(x -> new ListingCriteria.ResponsibleRole(
                        x.get("accidentNumber").asString(),
                        x.get("enterpriseId").asString(null),
                        x.get("responsibility").asString(null),
                        x.get("principalThen").asBoolean(false),
                        accidents(x.get("enterpriseAccidents"))));
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
                    Nodes.date(p.get("statusOn")),
                    // as evidence a decision counts until annulled, whatever its publicity grade (D6)
                    Set.of());
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
