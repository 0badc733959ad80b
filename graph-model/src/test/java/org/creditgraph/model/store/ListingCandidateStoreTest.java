package org.creditgraph.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.rules.ListingCriteria;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** D9: the regulator's worklist, read from a real graph. */
class ListingCandidateStoreTest {

    static final ListingCandidateStore store =
            new ListingCandidateStore(TestGraph.graph(), new CheckEvidenceStore(TestGraph.graph()));

    @BeforeAll
    static void scenario() {
        TestGraph.clean();
        TestGraph.driver().executableQuery("""
                        CREATE (e1:Enterprise {uscc: 'E1', name: '两起较大事故公司'})
                        CREATE (e2:Enterprise {uscc: 'E2', name: '一起较大事故公司'})
                        CREATE (e3:Enterprise {uscc: 'E3', name: '已列入公司'})
                        CREATE (e4:Enterprise {uscc: 'E4', name: '非责任事故公司'})
                        CREATE (p:Person {id: 'P1', key: 'k1', name: '张三'})
                        CREATE (:Accident {accidentNumber: 'A1', occurredOn: date('2024-03-01'), grade: 'LARGER', deaths: 3, liability: true})-[:AT]->(e1)
                        CREATE (:Accident {accidentNumber: 'A2', occurredOn: date('2024-09-01'), grade: 'LARGER', deaths: 4, liability: true})-[:AT]->(e1)
                        CREATE (:Accident {accidentNumber: 'A3', occurredOn: date('2023-05-01'), grade: 'LARGER', deaths: 3, liability: true})-[:AT]->(e2)
                        CREATE (a4:Accident {accidentNumber: 'A4', occurredOn: date('2024-03-01'), grade: 'MAJOR', deaths: 12, liability: true})-[:AT]->(e3)
                        CREATE (:Accident {accidentNumber: 'A5', occurredOn: date('2024-03-01'), grade: 'MAJOR', deaths: 12, liability: false})-[:AT]->(e4)
                        CREATE (l:Listing {key: 'L3', list: 'SERIOUS_DISHONESTY', listedOn: date('2024-06-01')})-[:OF]->(e3)
                        CREATE (l)-[:BASED_ON]->(a4)
                        CREATE (:Penalty {key: 'X|1', decisionNumber: '1', decidedOn: date('2024-05-01'), violationType: '瞒报生产安全事故'})-[:AGAINST]->(p)
                        CREATE (e5:Enterprise {uscc: 'E5', name: '重大事故公司'})
                        CREATE (e6:Enterprise {uscc: 'E6', name: '拒不停产公司'})
                        CREATE (a6:Accident {accidentNumber: 'A6', occurredOn: date('2024-04-01'), grade: 'MAJOR', deaths: 11, liability: true})-[:AT]->(e5)
                        CREATE (boss:Person {id: 'P2', key: 'k2', name: '李四'})-[:HOLDS_ROLE {role: 'PRINCIPAL', from: date('2024-04-01')}]->(e5)
                        CREATE (boss)-[:RESPONSIBLE_FOR {responsibility: '主要责任'}]->(a6)
                        CREATE (deputy:Person {id: 'P3', key: 'k3', name: '王五'})-[:HOLDS_ROLE {role: 'PRINCIPAL', to: date('2024-04-01')}]->(e5)
                        CREATE (deputy)-[:RESPONSIBLE_FOR {responsibility: '主要责任'}]->(a6)
                        CREATE (:Hazard {hazardNumber: 'H1', listedOn: date('2024-02-01'), refused: true, suspensionOrderedOn: date('2024-06-01')})-[:AT]->(e6)
                        """).execute();
    }

    static Map<String, String> codes(LocalDate asOf) {
        return store.candidates(asOf).stream()
                .collect(Collectors.toMap(ListingCandidateStore.Candidate::subjectId, c -> c.criteria().stream()
                        .map(ListingCriteria.Criterion::code)
                        .sorted()
                        .collect(Collectors.joining(","))));
    }

    @Test
    void d9_principalHeldResponsibleAndRefusedHazardOrderAreCandidates() {
        Map<String, String> on = codes(LocalDate.of(2024, 12, 1));
        assertThat(on)
                .containsEntry("E5", ListingCriteria.MAJOR_ACCIDENT)
                .containsEntry("P2", ListingCriteria.RESPONSIBLE_PRINCIPAL)
                .containsEntry("E6", ListingCriteria.REFUSED_HAZARD_ORDER)
                // principal until the accident day (exclusive end): not the principal when it occurred
                .doesNotContainKey("P3");
    }

    @Test
    void d9_candidatesUnderOrder11() {
        Map<String, String> on = codes(LocalDate.of(2024, 12, 1));
        assertThat(on)
                .containsEntry("E1", ListingCriteria.TWO_LARGER_ACCIDENTS)
                .containsEntry("P1", ListingCriteria.CONCEALED_ACCIDENT)
                .doesNotContainKeys("E2", "E3", "E4");
        assertThat(store.candidates(LocalDate.of(2024, 12, 1)).stream()
                        .filter(c -> c.subjectId().equals("P1"))
                        .findFirst()
                        .orElseThrow()
                        .kind())
                .isEqualTo(SubjectKind.PERSON);
    }

    @Test
    void d9_listedRecordsOnlyCountUntilTheListingIsDecided() {
        assertThat(codes(LocalDate.of(2024, 5, 31))).containsEntry("E3", ListingCriteria.MAJOR_ACCIDENT);
        assertThat(codes(LocalDate.of(2024, 6, 1))).doesNotContainKey("E3");
    }

    @Test
    void d9_the2017RegimeBeforeOctober2023AndTheWindowEdge() {
        assertThat(codes(LocalDate.of(2023, 9, 30))).containsEntry("E2", ListingCriteria.LARGER_ACCIDENT);
        assertThat(codes(LocalDate.of(2023, 10, 1))).doesNotContainKey("E2");
        // the window is (asOf - 1 year, asOf]: on 2025-03-01 the accident of 2024-03-01 has left it
        assertThat(codes(LocalDate.of(2025, 2, 28))).containsKey("E1");
        assertThat(codes(LocalDate.of(2025, 3, 1))).doesNotContainKey("E1");
    }
}
