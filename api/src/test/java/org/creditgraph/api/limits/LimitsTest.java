package org.creditgraph.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Issue 5 abuse limits: rate, depth, complexity, batch size, body size, introspection switch. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LimitsTest {

    @LocalServerPort
    int port;

    /** The shared test database may hold another test's data, loaded with another ID-number secret. */
    @org.junit.jupiter.api.BeforeAll
    static void emptyGraph() {
        TestGraph.clean();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/limits-test-data");
        registry.add("creditgraph.api-keys", () -> "limits-key=AGENCY@Limits;limits-admin=ADMIN@Ops");
        registry.add("creditgraph.limits.public-requests-per-second", () -> "3");
        registry.add("creditgraph.limits.key-requests-per-second", () -> "1000");
        registry.add("creditgraph.limits.max-query-depth", () -> "8");
        registry.add("creditgraph.limits.max-batch", () -> "5");
        registry.add("creditgraph.limits.max-request-bytes", () -> "20000");
        registry.add("spring.graphql.schema.introspection.enabled", () -> "false");
    }

    GraphQlClient agency() {
        return new GraphQlClient(port).with("X-API-Key", "limits-key");
    }

    static String code(HttpResponse<String> response) {
        JsonNode errors = GraphQlClient.json(response.body()).path("errors");
        return errors.isEmpty()
                ? "none"
                : errors.get(0).path("extensions").path("code").asString();
    }

    @Test
    void anonymousCallersOverTheirRateGet429WithRetryAfterWhileKeysHaveTheirOwn() {
        GraphQlClient anonymous = new GraphQlClient(port).with("X-Forwarded-For", "203.0.113.9");
        HttpResponse<String> last = null;
        for (int i = 0; i < 10; i++) {
            last = anonymous.post("{ __typename }", Map.of());
            if (last.statusCode() == 429) {
                break;
            }
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(code(last)).isEqualTo("RATE_LIMITED");
        // the explorer's static files are not limited: a page load is a burst of twenty-odd of them
        for (String file : List.of("/", "/explorer/i18n.js", "/explorer/profile.js", "/favicon.svg")) {
            assertThat(anonymous.get(file).statusCode()).as(file).isEqualTo(200);
        }
        assertThat(agency().post("{ __typename }", Map.of()).statusCode()).isEqualTo(200);
        assertThat(new GraphQlClient(port)
                        .with("X-API-Key", "limits-admin")
                        .get("/actuator/prometheus")
                        .body())
                .contains("creditgraph_ratelimit_rejections_total{caller=\"public\"}");
    }

    @Test
    void tooDeepQueriesAreTooComplex() {
        String deep = "{ search(text: \"矿业\") { edges { node { ... on Enterprise { investments { investee {"
                + " investments { investee { investments { investee { name } } } } } } } } } } }";
        assertThat(code(agency().post(deep, Map.of()))).isEqualTo("QUERY_TOO_COMPLEX");
    }

    @Test
    void queriesThatWouldReturnTooMuchAreTooComplex() {
        String wide = "{ penalties(first: 100) { edges { node { decisionNumber party { name } authority { name uscc }"
                + " } } } search(text: \"矿业\", first: 100) { edges { node { ... on Enterprise {"
                + " penalties(first: 100) { edges { node { decisionNumber types decidedOn } } } } } } } }";
        HttpResponse<String> response = agency().post(wide, Map.of());
        assertThat(code(response)).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("graphql.");
        assertThat(code(agency().post("{ penalties(first: 100) { totalCount } }", Map.of())))
                .isEqualTo("none");
    }

    @Test
    void batchesOverTheCapAreBadInput() {
        String subjects =
                "[{uscc: \"91110000600037341L\"}, {uscc: \"91110000600037341L\"}, {uscc: \"91110000600037341L\"},"
                        + " {uscc: \"91110000600037341L\"}, {uscc: \"91110000600037341L\"}, {uscc: \"91110000600037341L\"}]";
        HttpResponse<String> response = agency().post(
                        "{ sanctionChecks(subjects: " + subjects + ", domain: FINANCING) { verdict } }", Map.of());
        assertThat(code(response)).isEqualTo("BAD_USER_INPUT");
        assertThat(response.body()).contains("at most 5 subjects");
    }

    @Test
    void oversizedBodiesAreRefusedBeforeParsing() {
        HttpResponse<String> response =
                agency().postBody("{\"query\":\"{ __typename }\",\"pad\":\"" + "x".repeat(30_000) + "\"}");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(code(response)).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void introspectionCanBeSwitchedOff() {
        HttpResponse<String> response = agency().post("{ __schema { types { name } } }", Map.of());
        assertThat(response.body()).doesNotContain("\"types\"");
        assertThat(code(response)).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void graphqlJavasOwnErrorsCarryACodeToo() {
        assertThat(code(agency().post("{ noSuchField }", Map.of()))).isEqualTo("BAD_USER_INPUT");
        assertThat(code(agency().post("{ enterprise(", Map.of()))).isEqualTo("BAD_USER_INPUT");
    }
}
