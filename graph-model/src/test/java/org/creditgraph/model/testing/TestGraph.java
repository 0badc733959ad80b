package org.creditgraph.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.creditgraph.embedded.EmbeddedNeo4j;
import org.creditgraph.model.store.Graph;
import org.creditgraph.model.store.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * One real Neo4j per test JVM (the same embedded starter the app uses), reached over Bolt through
 * the driver, with the migrations applied. Tests call {@link #clean()} to start from an empty graph.
 */
public final class TestGraph {

    private static EmbeddedNeo4j neo4j;
    private static Driver driver;

    private TestGraph() {}

    public static synchronized EmbeddedNeo4j server() {
        if (neo4j == null) {
            try {
                Path dir = Files.createTempDirectory("creditgraph-test-neo4j");
                neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4j.Options(dir, "127.0.0.1", 0, "64m"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
            SchemaMigrations.apply(driver);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                driver.close();
                neo4j.close();
            }));
        }
        return neo4j;
    }

    public static Driver driver() {
        server();
        return driver;
    }

    public static Graph graph() {
        return new Graph(driver());
    }

    /** Deletes every node except the migration history, so that the schema stays in place. */
    public static void clean() {
        try (var session = driver().session()) {
            session.run(
                            "MATCH (n) WHERE NOT n:__Neo4jMigration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS")
                    .consume();
        }
    }

    public static long count(String cypher, Map<String, Object> parameters) {
        return driver().executableQuery(cypher)
                .withParameters(parameters)
                .execute()
                .records()
                .getFirst()
                .get(0)
                .asLong();
    }

    /** Every property of every node and relationship as text, for D12 scans for raw ID numbers. */
    public static String allPropertiesText() {
        StringBuilder text = new StringBuilder();
        for (String query :
                new String[] {"MATCH (n) RETURN properties(n) AS p", "MATCH ()-[r]->() RETURN properties(r) AS p"}) {
            driver().executableQuery(query).execute().records().forEach(r -> text.append(
                            r.get("p").asMap())
                    .append('\n'));
        }
        return text.toString();
    }

    public static long count(String cypher) {
        return count(cypher, Map.of());
    }
}
