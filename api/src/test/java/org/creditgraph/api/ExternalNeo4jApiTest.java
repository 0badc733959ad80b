package org.creditgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * NEO4J_URI mode: the app connects to a separately started Neo4j (a second embedded server with its
 * own Bolt port) and starts no database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExternalNeo4jApiTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/external-test-data");
        registry.add("creditgraph.api-keys", () -> "ops-key-Bz6Rm3YcE8nV5wPiU=ADMIN@operations");
    }

    @BeforeAll
    static void data() {
        TestGraph.clean();
        TestGraph.driver().executableQuery("""
                        CREATE (:Enterprise {uscc: '91110000600037341L', name: '北京甲矿业有限公司', formerNames: ['甲煤矿'],
                                formerNamesText: '甲煤矿', regionCode: '110105', industryCode: 'B0610', legacyIds: [],
                                usccCheckDigitValid: true})
                        """).execute();
        TestGraph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();
    }

    @Test
    void answersEnterpriseAndSearchFromTheExternalServer() {
        JsonNode body = new GraphQlClient(port)
                .query(
                        "{ enterprise(uscc: \"91110000600037341L\") { uscc name formerNames regionCode industryCode }"
                                + " search(text: \"有限公司\") { totalCount edges { node { id name ... on Enterprise { uscc } } } } }");
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        assertThat(body.at("/data/enterprise/name").asString()).isEqualTo("北京甲矿业有限公司");
        assertThat(body.at("/data/enterprise/formerNames/0").asString()).isEqualTo("甲煤矿");
        assertThat(body.at("/data/search/totalCount").asInt()).isEqualTo(1);
        assertThat(body.at("/data/search/edges/0/node/uscc").asString()).isEqualTo("91110000600037341L");
    }

    @Test
    void unknownEnterpriseIsNullNotAnError() {
        JsonNode body = new GraphQlClient(port).query("{ enterprise(uscc: \"91440300MA5DFLX12J\") { name } }");
        assertThat(body.path("errors").isMissingNode()).isTrue();
        assertThat(body.at("/data/enterprise").isNull()).isTrue();
    }

    @Test
    void malformedUsccIsInvalidUsccNamingThePosition() {
        JsonNode body = new GraphQlClient(port).query("{ enterprise(uscc: \"91110000600O37341L\") { name } }");
        assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("INVALID_USCC");
        assertThat(body.at("/errors/0/message").asString()).contains("position 12");
    }

    @Test
    void badCursorIsBadUserInputWithoutInternals() {
        JsonNode body = new GraphQlClient(port).query("{ search(text: \"矿业\", after: \"xyz\") { totalCount } }");
        assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(body.toString()).doesNotContain("Exception", "MATCH", "at org.");
    }

    @Test
    void healthShowsNeo4jAndPrometheusIsExposed() {
        var client = new GraphQlClient(port);
        var health = client.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("neo4j", "components");
        var admin = client.with("X-API-Key", "ops-key-Bz6Rm3YcE8nV5wPiU");
        assertThat(admin.get("/actuator/health").body()).contains("\"status\":\"UP\"", "neo4j");
        var prometheus = admin.get("/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        assertThat(prometheus.body()).contains("jvm_memory_used_bytes");
    }
}
