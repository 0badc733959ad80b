package org.creditgraph.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.api.resilience.DatabaseGuard;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * What a request costs is spent per caller and second, and expensive requests take turns in their
 * own lane, so that neither one caller nor many addresses sending wide pages starve single checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CostBudgetTest {

    /** search(first: 100) with two fields: (1 + edges 4) x 100 + the root field's 100. */
    static final String WIDE_PAGE = "{ search(text: \"矿业\", first: 100) { edges { node { id name } } } }";

    static final int WIDE_PAGE_COST = 600;

    static final String SINGLE_CHECK = "{ sanctionCheck(subject: {uscc: \"91110000600037341L\"},"
            + " domain: FINANCING) { verdict subjectFound } }";

    @LocalServerPort
    int port;

    @Autowired
    DatabaseGuard guard;

    @BeforeAll
    static void emptyGraph() {
        TestGraph.clean();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/cost-budget-test-data");
        registry.add("creditgraph.trusted-proxies", () -> "127.0.0.1,::1");
        registry.add("creditgraph.limits.public-cost-per-second", () -> "1000");
        registry.add("creditgraph.resilience.expensive.concurrency", () -> "1");
        registry.add("creditgraph.resilience.expensive.max-wait", () -> "200ms");
    }

    GraphQlClient client(String address) {
        return new GraphQlClient(port).with("X-Forwarded-For", address);
    }

    static JsonNode firstError(HttpResponse<String> response) {
        return GraphQlClient.json(response.body()).path("errors").path(0);
    }

    @Test
    void aClientThatSpendsItsCostBudgetIsRateLimitedWhileAnotherClientIsNot() {
        GraphQlClient spender = client("203.0.113.20");
        JsonNode refused = null;
        for (int i = 0; i < 6 && refused == null; i++) {
            JsonNode error = firstError(spender.post(WIDE_PAGE, Map.of()));
            if (!error.isMissingNode()) {
                refused = error;
            }
        }
        assertThat(refused)
                .as("six wide pages cost 3,600, over 1,000 per second")
                .isNotNull();
        assertThat(refused.at("/extensions/code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(refused.at("/extensions/cost").asInt()).isEqualTo(WIDE_PAGE_COST);
        assertThat(refused.at("/extensions/limit").asInt()).isEqualTo(1000);
        assertThat(refused.at("/extensions/retryAfterSeconds").asInt()).isEqualTo(1);
        assertThat(firstError(client("203.0.113.21").post(WIDE_PAGE, Map.of())).isMissingNode())
                .as("another client's budget is its own")
                .isTrue();
    }

    @Test
    void expensiveRequestsTakeTurnsWhileCheapOnesRun() {
        var lane = guard.expensiveReads();
        lane.acquirePermission();
        try {
            JsonNode busy = firstError(client("203.0.113.30").post(WIDE_PAGE, Map.of()));
            assertThat(busy.at("/extensions/code").asString()).isEqualTo("UNAVAILABLE");
            assertThat(busy.at("/extensions/cost").asInt()).isEqualTo(WIDE_PAGE_COST);
            assertThat(busy.at("/extensions/retryAfterSeconds").asInt()).isEqualTo(1);
            JsonNode check = GraphQlClient.json(
                    client("203.0.113.31").post(SINGLE_CHECK, Map.of()).body());
            assertThat(check.path("errors").isMissingNode())
                    .as(check.toString())
                    .isTrue();
            assertThat(check.at("/data/sanctionCheck/subjectFound").asBoolean()).isFalse();
        } finally {
            lane.onComplete();
        }
        assertThat(firstError(client("203.0.113.32").post(WIDE_PAGE, Map.of())).isMissingNode())
                .as("the lane is free again")
                .isTrue();
        assertThat(lane.getMetrics().getAvailableConcurrentCalls()).isEqualTo(1);
    }
}
