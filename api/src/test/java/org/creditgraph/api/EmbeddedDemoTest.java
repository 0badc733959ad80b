package org.creditgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void regionsAndIndustriesReadAsNames() {
        JsonNode e = new GraphQlClient(port)
                .query("{ enterprise(uscc: \"91620102A53Y7BL93U\") { regionCode regionName industryCode industryName"
                        + " accidents(first: 5) { edges { node { regionCode regionName } } } } }")
                .at("/data/enterprise");
        assertThat(e.at("/regionCode").asString()).startsWith("6201");
        assertThat(e.at("/regionName").asString()).isEqualTo("甘肃省兰州市");
        assertThat(e.at("/industryCode").asString()).isNotEmpty();
        assertThat(e.at("/industryName").asString()).contains(" · ");
    }

    /** The README's examples, sent verbatim: each returns data from the demo set, not just no error. */
    @Test
    void readmeExamplesReturnDemoData() throws IOException {
        var examples = ReadmeExamples.read(Path.of("../README.md"));
        assertThat(examples.graphQlBodies()).hasSize(3);
        var client = new GraphQlClient(port);
        List<JsonNode> answers = new ArrayList<>();
        for (String body : examples.graphQlBodies()) {
            var response = client.postBody(body);
            assertThat(response.statusCode()).as(body).isEqualTo(200);
            JsonNode answer = GraphQlClient.json(response.body());
            assertThat(answer.path("errors").isMissingNode())
                    .as(answer.toString())
                    .isTrue();
            answers.add(answer.path("data"));
        }
        JsonNode check = answers.get(0).path("sanctionCheck");
        assertThat(check.path("subjectFound").asBoolean()).isTrue();
        assertThat(check.path("verdict").asString()).isNotEqualTo("CLEAR");
        assertThat(check.path("reasons").size()).isPositive();
        assertThat(check.path("measures").size()).isPositive();
        assertThat(answers.get(1).at("/search/totalCount").asInt()).isPositive();
        assertThat(answers.get(1).at("/search/edges/0/node/uscc").asString()).isNotEmpty();
        JsonNode walk = answers.get(2).path("enterprise");
        assertThat(walk.at("/listings/edges").size()).isPositive();
        assertThat(walk.at("/listings/edges/0/node/basisPenalties").size()).isPositive();
        assertThat(walk.at("/listings/edges/0/node/basisPenalties/0/authority/name")
                        .asString())
                .isNotEmpty();
        assertThat(walk.path("roles").size()).isPositive();

        assertThat(examples.getPaths()).isNotEmpty();
        for (String path : examples.getPaths()) {
            var download = client.get(path);
            assertThat(download.statusCode()).as(path).isEqualTo(200);
            assertThat(download.body().lines().count()).as(path).isGreaterThan(1);
        }
    }
}
