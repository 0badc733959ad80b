package org.creditgraph.api.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.GraphQlClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
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
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import tools.jackson.databind.JsonNode;

/**
 * The API against a separate Neo4j server in a container, with authentication, over a neo4j://
 * (routing) URI given as Boot's own spring.neo4j.* settings. The container is then stopped: checks
 * answer UNAVAILABLE within 2 s; after docker start they succeed again without restarting the app.
 */
@Tag("containers")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ExternalNeo4jContainerTest {

    private static final Logger log = LoggerFactory.getLogger(ExternalNeo4jContainerTest.class);
    private static final String USCC = "91110000600037341L";
    private static final String CHECK = "{ sanctionCheck(subject: {uscc: \"" + USCC
            + "\"}, domain: FINANCING) { verdict subjectFound dataVersion } }";
    private static final long PROMISED_MILLIS = 2_000;

    private static GenericContainer<?> neo4j;
    private static int boltPort;

    @LocalServerPort
    int port;

    static synchronized GenericContainer<?> neo4j() {
        if (neo4j == null) {
            LocalImages.requireDocker();
            boltPort = LocalImages.freePort();
            neo4j = LocalImages.neo4j(boltPort);
            long started = System.nanoTime();
            neo4j.start();
            log.info("CONTAINERS Neo4j container up in {} ms", millisSince(started));
        }
        return neo4j;
    }

    static String uri() {
        return "neo4j://127.0.0.1:" + boltPort;
    }

    @DynamicPropertySource
    static void neo4jSettings(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", () -> {
            neo4j();
            return uri();
        });
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", () -> LocalImages.NEO4J_PASSWORD);
        registry.add("creditgraph.demo", () -> "off");
        registry.add("creditgraph.api-keys", () -> "ops-key-Bz6Rm3YcE8nV5wPiU=ADMIN@operations");
        registry.add("creditgraph.resilience.query-timeout", () -> "60s");
        registry.add("creditgraph.resilience.acquisition-timeout", () -> "20s");
        registry.add("creditgraph.data-dir", () -> Path.of("target/containers-test-data")
                .toString());
    }

    @BeforeAll
    static void startContainer() {
        LocalImages.requireDocker();
        neo4j();
    }

    @AfterAll
    static void removeContainer() {
        if (neo4j != null) {
            neo4j.stop();
            neo4j = null;
        }
    }

    @Test
    void checksAnswerThroughTheExternalServerAndAnOutageIsUnavailableFast() throws Exception {
        var client = new GraphQlClient(port);
        try (var driver = GraphDatabase.driver(uri(), AuthTokens.basic("neo4j", LocalImages.NEO4J_PASSWORD))) {
            driver.executableQuery("""
                            CREATE (:Enterprise {uscc: $uscc, name: '北京甲矿业有限公司', formerNames: [], formerNamesText: '',
                                    regionCode: '110105', industryCode: 'B0610', legacyIds: [], usccCheckDigitValid: true})
                            """).withParameters(Map.of("uscc", USCC)).execute();
        }
        JsonNode ok = client.query(CHECK);
        assertThat(ok.path("errors").isMissingNode()).as(ok.toString()).isTrue();
        assertThat(ok.at("/data/sanctionCheck/subjectFound").asBoolean()).isTrue();

        var docker = DockerClientFactory.instance().client();
        long stopping = System.nanoTime();
        docker.stopContainerCmd(neo4j.getContainerId()).withTimeout(10).exec();
        log.info("CONTAINERS Neo4j container stopped in {} ms", millisSince(stopping));

        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long started = System.nanoTime();
            JsonNode body = client.query(CHECK);
            long took = millisSince(started);
            times.add(took);
            assertThat(body.at("/errors/0/extensions/code").asString())
                    .as(body.toString())
                    .isEqualTo("UNAVAILABLE");
            assertThat(took).as("check %d after the stop took %d ms", i, took).isLessThan(PROMISED_MILLIS);
        }
        log.info("CONTAINERS checks while the container is stopped (ms): {}", times);

        long starting = System.nanoTime();
        docker.startContainerCmd(neo4j.getContainerId()).exec();
        JsonNode recovered = null;
        while (System.nanoTime() - starting < Duration.ofMinutes(2).toNanos()) {
            JsonNode body = client.query(CHECK);
            if (body.path("errors").isMissingNode()) {
                recovered = body;
                break;
            }
            Thread.sleep(500);
        }
        log.info("CONTAINERS first successful check {} ms after docker start", millisSince(starting));
        assertThat(recovered)
                .as("checks succeed again after the container is back")
                .isNotNull();
        assertThat(recovered.at("/data/sanctionCheck/subjectFound").asBoolean()).isTrue();
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
