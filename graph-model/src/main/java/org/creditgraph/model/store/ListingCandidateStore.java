package org.creditgraph.model.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.check.CheckEvidence;
import org.creditgraph.model.check.CheckReason;
import org.creditgraph.model.check.ReasonCode;
import org.creditgraph.model.check.SanctionDecision;
import org.creditgraph.model.rules.ListingCriteria;

/**
 * D9: the regulator's worklist. Subjects whose own records meet a machine-checkable listing
 * criterion on a date, with no listing based on those records — found by narrowing to subjects
 * with a liability accident, a concealment penalty, a refused hazard order (D13) or, for persons,
 * a main or direct responsibility for an accident in the window, then applying the same D7(c)
 * decision a sanction check uses, so the worklist and the checks cannot disagree.
 */
public final class ListingCandidateStore {

    private final Graph graph;
    private final CheckEvidenceStore evidence;

    public ListingCandidateStore(Graph graph, CheckEvidenceStore evidence) {
        this.graph = graph;
        this.evidence = evidence;
    }

    /** A candidate: the subject's id and kind and each criterion it meets with its records. */
    public record Candidate(String subjectId, SubjectKind kind, List<ListingCriteria.Criterion> criteria) {}

    /** All candidates on {@code asOf}, ordered by subject id. */
    public List<Candidate> candidates(LocalDate asOf) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", asOf);
        params.put("start", asOf.minusYears(1));
        List<String> enterprises = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        graph.read(
                        "CALL () { MATCH (x:Accident)-[:AT]->(s:Enterprise) WHERE x.occurredOn > $start AND x.occurredOn <= $asOf"
                                + " AND x.liability RETURN s "
                                + "UNION MATCH (p:Penalty)-[:AGAINST]->(s) WHERE p.decidedOn > $start AND p.decidedOn <= $asOf"
                                + " AND (p.violationType CONTAINS '瞒报' OR p.violationType CONTAINS '谎报') RETURN s "
                                + "UNION MATCH (h:Hazard)-[:AT]->(s:Enterprise) WHERE h.refused"
                                + " AND h.suspensionOrderedOn > $start AND h.suspensionOrderedOn <= $asOf RETURN s "
                                + "UNION MATCH (s:Person)-[x:RESPONSIBLE_FOR]->(a:Accident) WHERE a.occurredOn > $start"
                                + " AND a.occurredOn <= $asOf AND x.responsibility IN ['主要责任', '直接责任'] RETURN s } "
                                + "RETURN DISTINCT s:Enterprise AS enterprise, coalesce(s.uscc, s.id) AS id ORDER BY id",
                        params)
                .forEach(r -> (r.get("enterprise").asBoolean() ? enterprises : persons)
                        .add(r.get("id").asString()));
        Map<String, CheckEvidence> found = new HashMap<>(evidence.enterprises(enterprises, asOf, 1));
        found.putAll(evidence.persons(persons, asOf));
        List<Candidate> candidates = new ArrayList<>();
        found.values().stream()
                .sorted(java.util.Comparator.comparing(CheckEvidence::subjectId))
                .forEach(e -> {
                    // LISTING_CRITERIA_MET does not depend on the domain or the catalogue.
                    List<ListingCriteria.Criterion> met =
                            SanctionDecision.decide(e, SanctionDomain.BUSINESS_OPERATION, asOf, List.of(), 0)
                                    .reasons()
                                    .stream()
                                    .filter(r -> r.code() == ReasonCode.LISTING_CRITERIA_MET)
                                    .map(CheckReason::criterion)
                                    .toList();
                    if (!met.isEmpty()) {
                        candidates.add(new Candidate(e.subjectId(), e.kind(), met));
                    }
                });
        return candidates;
    }
}
