package org.creditgraph.api.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code creditgraph.*}; the README's configuration reference lists each with its
 * default and environment variable.
 *
 * @param neo4jUri external Neo4j (NEO4J_URI); blank starts the embedded database
 * @param neo4jUsername user for the external Neo4j (NEO4J_USERNAME)
 * @param neo4jPassword password for the external Neo4j (NEO4J_PASSWORD)
 * @param dataDir data dir of the embedded database and of server-side files (keys)
 * @param boltPort Bolt port of the embedded database, loopback only (0 = any free port)
 * @param pageCache page cache of the embedded database, e.g. 512m
 * @param demo AUTO loads the demo data set when the data dir is new and empty; ON always; OFF never
 */
@ConfigurationProperties("creditgraph")
public record CreditGraphProperties(
        String neo4jUri,
        String neo4jUsername,
        String neo4jPassword,
        Path dataDir,
        int boltPort,
        String pageCache,
        Demo demo) {

    public enum Demo {
        AUTO,
        ON,
        OFF
    }

    public boolean embedded() {
        return neo4jUri == null || neo4jUri.isBlank();
    }
}
