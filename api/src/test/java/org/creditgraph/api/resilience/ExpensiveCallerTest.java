package org.creditgraph.api.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.model.store.Graph;
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
 * The circuit breaker opens on outages only: one caller's queries that run past the time limit
 * are that caller's problem, and another caller's checks are still answered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExpensiveCallerTest {

    private static final String EXPENSIVE = "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n";
    private static final String CHECK =
            "{ sanctionCheck(subject: {uscc: \"91110000600037341L\"}, domain: FINANCING) { verdict subjectFound } }";

    @LocalServerPort
    int port;

    @Autowired
    Graph graph;

    @Autowired
    DatabaseGuard guard;

    @BeforeAll
    static void emptyGraph() {
        TestGraph.clean();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/expensive-caller-test-data");
        registry.add(
                "creditgraph.api-keys",
                () -> "other-key-Jd4Pw9Zs2Mx6Qc8B=AGENCY@Other;ops-key-Kf3Vn8Yt5Lr2Hw9Z=ADMIN@Ops");
        registry.add("creditgraph.resilience.query-timeout", () -> "1s");
    }

    @Test
    void fiftyTimedOutQueriesFromOneCallerLeaveAnotherCallersChecksAnswered() throws Exception {
        var timedOut = new AtomicInteger();
        try (var heavyCaller = Executors.newFixedThreadPool(2)) {
            List<Future<?>> requests = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                // through the application's own graph and guard, as any request's reads go
                requests.add(heavyCaller.submit(() -> {
                    try {
                        graph.read(EXPENSIVE, Map.of());
                    } catch (RuntimeException e) {
                        if (DatabaseFailures.ranPastTimeLimit(e)) {
                            timedOut.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> request : requests) {
                request.get(5, TimeUnit.MINUTES);
            }
        }
        assertThat(timedOut).hasValue(50);
        assertThat(guard.circuit().getState()).isEqualTo(CircuitBreaker.State.CLOSED);

        HttpResponse<String> check = new GraphQlClient(port)
                .with("X-API-Key", "other-key-Jd4Pw9Zs2Mx6Qc8B")
                .post(CHECK, Map.of());
        JsonNode body = GraphQlClient.json(check.body());
        assertThat(body.path("errors").isEmpty()).as(check.body()).isTrue();
        assertThat(body.at("/data/sanctionCheck/subjectFound").asBoolean()).isFalse();
        assertThat(body.at("/data/sanctionCheck/verdict").asString()).isNotEmpty();

        JsonNode health = GraphQlClient.json(new GraphQlClient(port)
                .with("X-API-Key", "ops-key-Kf3Vn8Yt5Lr2Hw9Z")
                .get("/actuator/health")
                .body());
        assertThat(health.at("/components/databaseCircuit/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/databaseCircuit/details/failedCalls").asInt())
                .isZero();
    }
}
