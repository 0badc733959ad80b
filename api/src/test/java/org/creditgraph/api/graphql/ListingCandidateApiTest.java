package org.creditgraph.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.store.PageRequest;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** D9 over GraphQL: ADMIN only; pages through the worklist with keyset cursors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListingCandidateApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ListingCandidateController controller;

    static final Viewer ADMIN = new Viewer(Viewer.Role.ADMIN, Set.of(), "regulator");

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/candidates-test-data");
    }

    @BeforeAll
    static void scenario() {
        TestGraph.clean();
        TestGraph.driver().executableQuery("""
                        UNWIND ['E1', 'E2', 'E3'] AS id
                        CREATE (e:Enterprise {uscc: id, name: id + '有限公司', formerNames: [], legacyIds: []})
                        CREATE (:Accident {accidentNumber: id + '-1', occurredOn: date('2024-03-01'), grade: 'MAJOR', deaths: 10, liability: true})-[:AT]->(e)
                        """).execute();
    }

    @Test
    void d9_anonymousCallersAreForbidden() {
        var body = new GraphQlClient(port).query("{ listingCandidates { totalCount } }");
        assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThatThrownBy(() -> controller.page(Viewer.PUBLIC, null, PageRequest.of(null, null)))
                .isInstanceOf(ApiException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void d9_adminPagesThroughCandidatesWithTheirRecords() {
        LocalDate asOf = LocalDate.of(2024, 12, 1);
        Map<String, Object> first = controller.page(ADMIN, asOf, PageRequest.of(2, null));
        assertThat(first.get("totalCount")).isEqualTo(3L);
        List<Map<String, Object>> edges = (List<Map<String, Object>>) first.get("edges");
        assertThat(edges).hasSize(2);
        var node = (ListingCandidateController.ListingCandidateView)
                edges.getFirst().get("node");
        assertThat(node.subject().id()).isEqualTo("E1");
        assertThat(node.criteria()).containsExactly("MAJOR_ACCIDENT");
        assertThat(node.records().getFirst().recordKeys()).containsExactly("E1-1");
        String end = (String) ((Map<String, Object>) first.get("pageInfo")).get("endCursor");
        Map<String, Object> second = controller.page(ADMIN, asOf, PageRequest.of(2, end));
        List<Map<String, Object>> rest = (List<Map<String, Object>>) second.get("edges");
        assertThat(rest).hasSize(1);
        assertThat(((ListingCandidateController.ListingCandidateView)
                                rest.getFirst().get("node"))
                        .subject()
                        .id())
                .isEqualTo("E3");
    }
}
