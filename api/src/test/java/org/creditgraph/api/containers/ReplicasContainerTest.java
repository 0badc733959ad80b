package org.creditgraph.api.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.receipt.ReceiptKeyFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.output.Slf4jLogConsumer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.utility.DockerImageName;
import tools.jackson.databind.JsonNode;

/**
 * Two API replicas from the image (creditgraph/api:local, the lean jar) against one Neo4j on a
 * network the test creates, sharing the receipt signing key: a receipt from one verifies on the other.
 */
@Tag("containers")
class ReplicasContainerTest {

    private static final Logger log = LoggerFactory.getLogger(ReplicasContainerTest.class);
    private static final String USCC = "91110000600037341L";

    private static Network network;
    private static GenericContainer<?> neo4j;
    private static List<GenericContainer<?>> replicas = List.of();

    @BeforeAll
    @SuppressWarnings("resource")
    static void start() throws Exception {
        LocalImages.requireDocker();
        network = Network.newNetwork();
        neo4j = LocalImages.neo4j(0).withNetwork(network).withNetworkAliases("neo4j");
        long started = System.nanoTime();
        neo4j.start();
        String key = Files.readString(ReceiptKeyFile.in(prepareKey(Files.createTempDirectory("creditgraph-replicas"))));
        replicas = Stream.of("api-1", "api-2")
                .map(name -> new GenericContainer<>(DockerImageName.parse(
                                System.getenv().getOrDefault("CREDITGRAPH_API_IMAGE", "creditgraph/api:local")))
                        .withNetwork(network)
                        .withNetworkAliases(name)
                        .withEnv("NEO4J_URI", "neo4j://neo4j:7687")
                        .withEnv("NEO4J_USERNAME", "neo4j")
                        .withEnv("NEO4J_PASSWORD", LocalImages.NEO4J_PASSWORD)
                        .withEnv("CREDITGRAPH_ID_SECRET", "replicas-test-id-secret-0123456789abcdef")
                        .withEnv("CREDITGRAPH_API_KEYS", "agency-key-Tq7Wd2Lx9Rb4Kf8Pz=AGENCY@test AGENCY")
                        .withEnv("CREDITGRAPH_RECEIPT_KEY_FILE", "/app/receipt-signing.jwk")
                        .withCopyToContainer(Transferable.of(key, 0444), "/app/receipt-signing.jwk")
                        .withLogConsumer(new Slf4jLogConsumer(log).withPrefix(name))
                        .withExposedPorts(8080)
                        .waitingFor(Wait.forHttp("/actuator/health")
                                .forStatusCode(200)
                                .withStartupTimeout(Duration.ofMinutes(5))))
                .<GenericContainer<?>>map(c -> c)
                .toList();
        // One after the other: the first applies the schema migrations.
        replicas.forEach(GenericContainer::start);
        log.info("CONTAINERS Neo4j and two API replicas up in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    private static Path prepareKey(Path dataDir) {
        ReceiptKeyFile.loadOrCreate(dataDir);
        return dataDir;
    }

    @AfterAll
    static void stop() {
        replicas.forEach(GenericContainer::stop);
        if (neo4j != null) {
            neo4j.stop();
        }
        if (network != null) {
            network.close();
        }
    }

    @Test
    void aReceiptFromOneReplicaVerifiesOnTheOther() {
        String bolt = "neo4j://127.0.0.1:" + neo4j.getMappedPort(7687);
        try (var driver = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", LocalImages.NEO4J_PASSWORD))) {
            driver.executableQuery("""
                            MERGE (e:Enterprise {uscc: $uscc}) SET e.name = '北京甲矿业有限公司', e.formerNames = [],
                                e.formerNamesText = '', e.regionCode = '110105', e.industryCode = 'B0610',
                                e.legacyIds = [], e.usccCheckDigitValid = true
                            """).withParameters(Map.of("uscc", USCC)).execute();
        }
        var first = new GraphQlClient(replicas.get(0).getMappedPort(8080))
                .with("X-API-Key", "agency-key-Tq7Wd2Lx9Rb4Kf8Pz");
        var second = new GraphQlClient(replicas.get(1).getMappedPort(8080));

        JsonNode checked = first.query("{ sanctionCheck(subject: {uscc: \"" + USCC
                + "\"}, domain: FINANCING) { verdict subjectFound receipt } }");
        assertThat(checked.at("/data/sanctionCheck/subjectFound").asBoolean())
                .as(checked.toString())
                .isTrue();
        String token = checked.at("/data/sanctionCheck/receipt").asString();
        assertThat(token).isNotBlank();

        JsonNode verified = second.query(
                        "query($t: String!) { verifyReceipt(token: $t) { valid subjectCode problem } }",
                        Map.of("t", token))
                .at("/data/verifyReceipt");
        assertThat(verified.at("/valid").asBoolean()).as(verified.toString()).isTrue();
        assertThat(verified.at("/subjectCode").asString()).isEqualTo(USCC);
    }
}
