package org.creditgraph.api.containers;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The images the container tests run: .ci/images.sh builds them where no registry is reachable;
 * CREDITGRAPH_NEO4J_IMAGE may name the official one instead.
 */
final class LocalImages {

    static final String NEO4J_PASSWORD = "container-test-password";

    private LocalImages() {}

    /** Skips without a Docker engine, unless CI requires one (CREDITGRAPH_REQUIRE_DOCKER=true). */
    static void requireDocker() {
        boolean available = DockerClientFactory.instance().isDockerAvailable();
        if (Boolean.parseBoolean(System.getenv("CREDITGRAPH_REQUIRE_DOCKER"))) {
            assertTrue(available, "CREDITGRAPH_REQUIRE_DOCKER is set but no Docker engine answers");
        }
        assumeTrue(available, "no Docker engine reachable: container tests skipped (.ci/run starts one)");
    }

    static DockerImageName neo4jImage() {
        String name = System.getenv().getOrDefault("CREDITGRAPH_NEO4J_IMAGE", "creditgraph/neo4j:local");
        return DockerImageName.parse(name).asCompatibleSubstituteFor("neo4j");
    }

    /** A Neo4j server with a password; Bolt published on the given host port of 127.0.0.1 (0: any). */
    @SuppressWarnings("resource")
    static GenericContainer<?> neo4j(int hostPort) {
        var container = new GenericContainer<>(neo4jImage())
                .withEnv("NEO4J_AUTH", "neo4j/" + NEO4J_PASSWORD)
                .withExposedPorts(7687)
                .waitingFor(Wait.forLogMessage(".*Bolt enabled on.*", 1)
                        .withStartupTimeout(java.time.Duration.ofMinutes(3)));
        if (hostPort != 0) {
            // Fixed so that the server is found at the same address after docker stop/start.
            container.setPortBindings(java.util.List.of("127.0.0.1:" + hostPort + ":7687"));
        }
        return container;
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
