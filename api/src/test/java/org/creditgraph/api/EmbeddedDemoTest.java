package org.creditgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The default mode: no NEO4J_URI, so the app starts its own embedded Neo4j on a new data dir and
 * loads the demo data set (generate --scale 300) before serving.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedDemoTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void embedded(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("creditgraph-demo-test");
        registry.add("creditgraph.neo4j-uri", () -> "");
        registry.add("creditgraph.data-dir", dataDir::toString);
        registry.add("creditgraph.bolt-port", () -> "0");
        registry.add("creditgraph.demo", () -> "auto");
        registry.add("creditgraph.page-cache", () -> "64m");
    }

    @Test
    void demoDataAnswersSearchAndEnterpriseLookups() {
        var client = new GraphQlClient(port);
        JsonNode body = client.query(
                "{ search(text: \"有限公司\", first: 5) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }");
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        assertThat(body.at("/data/search/totalCount").asInt()).isGreaterThan(100);
        assertThat(body.at("/data/search/edges").size()).isEqualTo(5);
        assertThat(body.at("/data/search/pageInfo/hasNextPage").asBoolean()).isTrue();
        String uscc = body.at("/data/search/edges/0/node/id").asString();
        JsonNode enterprise =
                client.query("{ enterprise(uscc: \"" + uscc + "\") { uscc name regionCode industryCode } }");
        assertThat(enterprise.at("/data/enterprise/uscc").asString()).isEqualTo(uscc);
        assertThat(enterprise.at("/data/enterprise/regionCode").asString()).hasSize(6);
        JsonNode next = client.query("{ search(text: \"有限公司\", first: 5, after: \""
                + body.at("/data/search/pageInfo/endCursor").asString() + "\") { edges { node { id } } } }");
        assertThat(next.at("/data/search/edges/0/node/id").asString()).isNotEqualTo(uscc);
    }
}
