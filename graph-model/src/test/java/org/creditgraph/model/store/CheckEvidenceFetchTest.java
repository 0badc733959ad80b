package org.creditgraph.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.check.MeasureDef;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8: a check reads subjects, evidence (D7), the data version and, only when it changed, the
 * catalogue of measures (D4) in one query per subject kind and chunk.
 */
class CheckEvidenceFetchTest {

    static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    Graph graph;
    CheckEvidenceStore store;

    @BeforeEach
    void scenario() {
        TestGraph.clean();
        TestGraph.driver().executableQuery("""
                        CREATE (e:Enterprise {uscc: 'E1', name: '甲矿业有限公司'})
                        CREATE (p:Person {id: 'P1', key: 'k1', name: '张三丰', maskedIdNumber: '110105********002X'})
                        CREATE (:Listing {key: 'L1', list: 'SERIOUS_DISHONESTY', listedOn: date('2024-06-01')})-[:OF]->(e)
                        CREATE (:Measure {code: 'FI-CREDIT', domain: 'FINANCING', inCatalogue: true,
                                regimes: ['SERIOUS_DISHONESTY'], subjectKinds: ['ENTERPRISE', 'PERSON']})
                        CREATE (:Meta {id: 'measure-catalogue', stamp: 's1'})
                        CREATE (:LoadRun {id: 'run-1', status: 'COMPLETED', finishedAt: datetime('2025-01-01T00:00:00Z')})
                        """).execute();
        graph = TestGraph.graph();
        store = new CheckEvidenceStore(graph);
    }

    @Test
    void d7_aSingleCheckIsOneQueryWithSubjectEvidenceVersionAndCatalogue() {
        store.planFetch(2); // EXPLAIN only: plans, reads nothing
        assertThat(graph.queryCount()).isZero();
        var fetched = store.fetch(List.of("E1"), List.of(), AS_OF, 2, Viewer.PUBLIC);
        assertThat(graph.queryCount()).isEqualTo(1);
        assertThat(fetched.dataVersion()).isEqualTo("run-1");
        assertThat(fetched.subjects().get("E1").name()).isEqualTo("甲矿业有限公司");
        assertThat(fetched.evidence().get("E1").listings()).hasSize(1);
        assertThat(fetched.catalogue()).extracting(MeasureDef::code).containsExactly("FI-CREDIT");

        var again = store.fetch(List.of("E1"), List.of(), AS_OF, 2, Viewer.PUBLIC);
        assertThat(graph.queryCount()).isEqualTo(2);
        assertThat(again.catalogue()).isSameAs(fetched.catalogue()); // cached: not sent again
    }

    @Test
    void d4_aNewCatalogueStampOrDataVersionIsSeenByTheNextCheck() {
        store.fetch(List.of("E1"), List.of(), AS_OF, 2, Viewer.PUBLIC);
        TestGraph.driver().executableQuery("""
                        CREATE (:Measure {code: 'GP-BID', domain: 'GOVERNMENT_PROCUREMENT', inCatalogue: true,
                                regimes: ['SERIOUS_DISHONESTY'], subjectKinds: ['ENTERPRISE']})
                        WITH 1 AS one MATCH (c:Meta {id: 'measure-catalogue'}) SET c.stamp = 's2'
                        """).execute();
        var afterStamp = store.fetch(List.of("E1"), List.of(), AS_OF, 2, Viewer.PUBLIC);
        assertThat(afterStamp.catalogue()).extracting(MeasureDef::code).containsExactly("FI-CREDIT", "GP-BID");

        TestGraph.driver().executableQuery("""
                        MATCH (m:Measure {code: 'GP-BID'}) SET m.inCatalogue = false
                        CREATE (:LoadRun {id: 'run-2', status: 'COMPLETED', finishedAt: datetime('2025-02-01T00:00:00Z')})
                        """).execute();
        long before = graph.queryCount();
        var afterLoad = store.fetch(List.of("E1"), List.of(), AS_OF, 2, Viewer.PUBLIC);
        assertThat(graph.queryCount() - before).isEqualTo(1);
        assertThat(afterLoad.dataVersion()).isEqualTo("run-2");
        assertThat(afterLoad.catalogue()).extracting(MeasureDef::code).containsExactly("FI-CREDIT");
    }

    @Test
    void d12_personsAreFetchedAsTheViewerMaySeeThemAndUnknownIdsAreNotFound() {
        var fetched = store.fetch(List.of("E1", "E-UNKNOWN"), List.of("P1"), AS_OF, 2, Viewer.PUBLIC);
        assertThat(graph.queryCount()).isEqualTo(2); // one per subject kind
        assertThat(fetched.evidence().keySet()).containsExactly("E1", "E-UNKNOWN", "P1");
        assertThat(fetched.evidence().get("E-UNKNOWN").subjectFound()).isFalse();
        assertThat(fetched.subjects()).containsOnlyKeys("E1", "P1");
        assertThat(fetched.subjects().get("P1"))
                .isEqualTo(Nodes.person(TestGraph.driver()
                                .executableQuery("MATCH (p:Person {id: 'P1'}) RETURN p")
                                .execute()
                                .records()
                                .getFirst()
                                .get("p"))
                        .visibleTo(Viewer.PUBLIC));
    }

    @Test
    void d7_aBatchIsOneQueryPerChunkInTheOrderAsked() {
        // three chunks, read two at a time (issue 8): the answers still come in the order asked
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2 * CheckEvidenceStore.CHUNK; i++) {
            ids.add("X" + i);
        }
        ids.add("E1");
        var fetched = store.fetch(ids, List.of(), AS_OF, 2, Viewer.PUBLIC);
        assertThat(graph.queryCount()).isEqualTo(3);
        assertThat(List.copyOf(fetched.evidence().keySet())).isEqualTo(ids);
        assertThat(fetched.evidence().get("E1").subjectFound()).isTrue();
        assertThat(fetched.catalogue()).hasSize(1);
    }

    @Test
    void d7_noSubjectsStillNamesTheDataVersion() {
        var fetched = store.fetch(List.of(), List.of(), AS_OF, 2, Viewer.PUBLIC);
        assertThat(graph.queryCount()).isEqualTo(1);
        assertThat(fetched.dataVersion()).isEqualTo("run-1");
        assertThat(fetched.evidence()).isEmpty();
        assertThat(fetched.catalogue()).hasSize(1);
        TestGraph.clean();
        assertThat(new CheckEvidenceStore(graph)
                        .fetch(List.of(), List.of(), AS_OF, 2, Viewer.PUBLIC)
                        .dataVersion())
                .isEqualTo("empty");
    }
}
