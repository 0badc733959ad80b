package org.creditgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.creditgraph.embedded.EmbeddedNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Resilience acceptance (issue 5): the app runs against its own Neo4j server, which the test stops
 * and starts again on the same port and data dir. While it is down every check answers UNAVAILABLE
 * within 2 s and none hangs; the circuit opens (health DOWN); once the database is back, checks
 * succeed again without restarting the app.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ResilienceApiTest {

    private static final Logger log = LoggerFactory.getLogger(ResilienceApiTest.class);
    private static final String USCC = "91110000600037341L";
    private static final String CHECK = "{ sanctionCheck(subject: {uscc: \"" + USCC
            + "\"}, domain: FINANCING) { verdict subjectFound dataVersion } }";
    private static final Duration PROMISED = Duration.ofMillis(2_000);

    private static Path dataDir;
    private static EmbeddedNeo4j database;
    private static int boltPort;

    @LocalServerPort
    int port;

    static synchronized EmbeddedNeo4j database() {
        if (database == null) {
            try {
                dataDir = Files.createTempDirectory("creditgraph-resilience-neo4j");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            database = EmbeddedNeo4j.start(new EmbeddedNeo4j.Options(dataDir, "127.0.0.1", 0, "64m"));
            boltPort = database.boltPort();
        }
        return database;
    }

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("creditgraph.neo4j-uri", () -> database().boltUri().toString());
        registry.add("creditgraph.demo", () -> "off");
        registry.add("creditgraph.api-keys", () -> "ops-key-Bz6Rm3YcE8nV5wPiU=ADMIN@operations");
        // This test is about outages, not slowness: on a busy 2-core machine the first connection to
        // a cold server and the first check can take longer than the defaults.
        registry.add("creditgraph.resilience.query-timeout", () -> "60s");
        registry.add("creditgraph.resilience.acquisition-timeout", () -> "20s");
        registry.add("creditgraph.data-dir", () -> Path.of("target/resilience-test-data")
                .toString());
    }

    @AfterAll
    static void stopDatabase() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    @Test
    void anOutageIsAnsweredUnavailableFastAndTheAppRecoversByItself() throws Exception {
        var client = new GraphQlClient(port);
        try (var driver = GraphDatabase.driver(database().boltUri(), AuthTokens.none())) {
            driver.executableQuery("""
                            CREATE (:Enterprise {uscc: $uscc, name: '北京甲矿业有限公司', formerNames: [], formerNamesText: '',
                                    regionCode: '110105', industryCode: 'B0610', legacyIds: [], usccCheckDigitValid: true})
                            """)
                    .withParameters(java.util.Map.of("uscc", USCC))
                    .execute();
        }
        JsonNode ok = client.query(CHECK);
        assertThat(ok.path("errors").isMissingNode()).as(ok.toString()).isTrue();
        assertThat(ok.at("/data/sanctionCheck/subjectFound").asBoolean()).isTrue();
        assertThat(health(client)
                        .at("/components/databaseCircuit/details/state")
                        .asString())
                .isEqualTo("CLOSED");

        long stopping = System.nanoTime();
        database.close();
        log.info("RESILIENCE database stopped in {} ms", millisSince(stopping));

        // While the breaker opens (the first requests still reach for the database) and after.
        List<Long> sequential = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            long started = System.nanoTime();
            JsonNode body = client.query(CHECK);
            long took = millisSince(started);
            sequential.add(took);
            assertUnavailableWithoutInternals(body);
            assertThat(took).as("request %d after the stop took %d ms", i, took).isLessThan(PROMISED.toMillis());
        }
        log.info("RESILIENCE sequential requests after the stop (ms): {}", sequential);

        JsonNode down = health(client);
        assertThat(down.path("status").asString()).isEqualTo("DOWN");
        assertThat(down.at("/components/databaseCircuit/status").asString()).isEqualTo("DOWN");
        assertThat(down.at("/components/databaseCircuit/details/state").asString())
                .isEqualTo("OPEN");
        assertThat(client.with("X-API-Key", "ops-key-Bz6Rm3YcE8nV5wPiU")
                        .get("/actuator/prometheus")
                        .body())
                .contains("resilience4j_circuitbreaker_state{name=\"database\",state=\"open\"} 1.0")
                .contains("resilience4j_bulkhead_available_concurrent_calls{name=\"batch-checks\"}");

        JsonNode failFast = client.query(CHECK);
        assertUnavailableWithoutInternals(failFast);
        assertThat(failFast.at("/errors/0/extensions/retryAfterSeconds").asInt())
                .as("an open circuit says when to retry")
                .isPositive();

        // No request hangs: concurrent checks, each with a hard limit.
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Long>> concurrent = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                concurrent.add(pool.submit(() -> {
                    long started = System.nanoTime();
                    assertUnavailableWithoutInternals(client.query(CHECK));
                    return millisSince(started);
                }));
            }
            List<Long> times = new ArrayList<>();
            for (Future<Long> f : concurrent) {
                times.add(f.get(5, TimeUnit.SECONDS));
            }
            log.info("RESILIENCE concurrent requests while down (ms): {}", times);
            assertThat(times).allSatisfy(t -> assertThat(t).isLessThan(PROMISED.toMillis()));
        }

        long starting = System.nanoTime();
        database = EmbeddedNeo4j.start(new EmbeddedNeo4j.Options(dataDir, "127.0.0.1", boltPort, "64m"));
        log.info("RESILIENCE database restarted on port {} in {} ms", boltPort, millisSince(starting));

        long back = System.nanoTime();
        JsonNode recovered = null;
        while (System.nanoTime() - back < Duration.ofSeconds(30).toNanos()) {
            JsonNode body = client.query(CHECK);
            if (body.path("errors").isMissingNode()) {
                recovered = body;
                break;
            }
            assertUnavailableWithoutInternals(body);
            Thread.sleep(200);
        }
        long recovery = millisSince(back);
        log.info("RESILIENCE first successful check {} ms after the database was back", recovery);
        assertThat(recovered).as("checks succeed again within 30 s").isNotNull();
        assertThat(recovered.at("/data/sanctionCheck/subjectFound").asBoolean()).isTrue();
        // The first success may leave the breaker HALF_OPEN (a check is one database call): it closes
        // after its permitted half-open calls succeed, which a few more checks provide.
        String state = "";
        for (int i = 0; i < 20 && !state.equals("CLOSED"); i++) {
            assertThat(client.query(CHECK).path("errors").isMissingNode()).isTrue();
            state = health(client)
                    .at("/components/databaseCircuit/details/state")
                    .asString();
        }
        assertThat(state).isEqualTo("CLOSED");
    }

    private static JsonNode health(GraphQlClient client) {
        return tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .readTree(client.with("X-API-Key", "ops-key-Bz6Rm3YcE8nV5wPiU")
                        .get("/actuator/health")
                        .body());
    }

    private static void assertUnavailableWithoutInternals(JsonNode body) {
        assertThat(body.at("/errors/0/extensions/code").asString())
                .as(body.toString())
                .isEqualTo("UNAVAILABLE");
        assertThat(body.toString())
                .doesNotContain("Exception", "exception", "at org.", "neo4j", "Neo4j", "MATCH", "bolt", "127.0.0.1");
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
