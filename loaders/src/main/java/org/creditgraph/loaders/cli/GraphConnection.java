package org.creditgraph.loaders.cli;

import java.nio.file.Path;
import org.creditgraph.embedded.EmbeddedNeo4j;
import org.creditgraph.model.store.Graph;
import org.creditgraph.model.store.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * The graph a command-line tool writes to: the server named by NEO4J_URI (NEO4J_USERNAME,
 * NEO4J_PASSWORD), for example a running {@code serve}'s embedded Bolt, or else an embedded
 * database opened on the data dir for the duration of the command.
 */
public final class GraphConnection implements AutoCloseable {

    /**
     * The driver logs each retried deadlock with a stack trace; concurrent batches meet a few, and
     * the command's own output (summary, rejects, failures) is what a person at a terminal needs.
     */
    private static final Config QUIET =
            Config.builder().withLogging(Logging.none()).build();

    private final EmbeddedNeo4j embedded;
    private final Driver driver;
    private final Graph graph;

    private GraphConnection(EmbeddedNeo4j embedded, Driver driver) {
        this.embedded = embedded;
        this.driver = driver;
        this.graph = new Graph(driver);
    }

    public static GraphConnection open(Path dataDir) {
        String uri = System.getenv("NEO4J_URI");
        if (uri != null && !uri.isBlank()) {
            String user = System.getenv("NEO4J_USERNAME");
            var auth = user == null || user.isBlank()
                    ? AuthTokens.none()
                    : AuthTokens.basic(user, System.getenv("NEO4J_PASSWORD"));
            Driver driver = GraphDatabase.driver(uri, auth, QUIET);
            driver.verifyConnectivity();
            SchemaMigrations.apply(driver);
            return new GraphConnection(null, driver);
        }
        EmbeddedNeo4j embedded = EmbeddedNeo4j.start(dataDir, 0);
        Driver driver = GraphDatabase.driver(embedded.boltUri(), AuthTokens.none(), QUIET);
        SchemaMigrations.apply(driver);
        return new GraphConnection(embedded, driver);
    }

    public Graph graph() {
        return graph;
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
