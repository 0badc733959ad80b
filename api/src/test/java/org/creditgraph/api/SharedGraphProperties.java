package org.creditgraph.api;

import java.nio.file.Path;
import org.creditgraph.model.testing.TestGraph;
import org.springframework.test.context.DynamicPropertyRegistry;

/** The properties every API test context shares: the test JVM's one Neo4j, no demo data, its own data dir. */
public final class SharedGraphProperties {

    private SharedGraphProperties() {}

    public static void add(DynamicPropertyRegistry registry, String dataDir) {
        registry.add("creditgraph.neo4j-uri", () -> TestGraph.server().boltUri().toString());
        registry.add("creditgraph.demo", () -> "off");
        registry.add("creditgraph.data-dir", () -> Path.of(dataDir).toString());
    }
}
