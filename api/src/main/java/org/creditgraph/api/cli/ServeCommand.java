package org.creditgraph.api.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.creditgraph.api.CreditGraphApplication;
import org.creditgraph.api.config.EmbeddedNeo4jEarlyStart;
import org.creditgraph.embedded.EmbeddedNeo4j;
import org.creditgraph.embedded.EmbeddedStartException;
import org.creditgraph.model.store.LoadRunStore;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.PortInUseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code creditgraph serve}: the API on an embedded Neo4j (or NEO4J_URI), contract §1. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Start the GraphQL API (embedded Neo4j unless NEO4J_URI is set).")
final class ServeCommand implements Callable<Integer> {

    /** Returned when the server runs; main must not exit then. */
    static final int KEEP_RUNNING = -1;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--data-dir",
            defaultValue = "./data",
            description = "Embedded database dir (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(
            names = "--bolt-port",
            defaultValue = "7687",
            description = "Embedded Bolt port on 127.0.0.1 (default ${DEFAULT-VALUE}).")
    int boltPort;

    @Option(
            names = "--demo",
            negatable = true,
            description = "Load the demo data set first (default: when the data dir is new).")
    Boolean demo;

    @Option(
            names = "--verbose",
            description = "Log at INFO for every library too (Spring, Tomcat, Neo4j driver);"
                    + " by default they log warnings and errors only.")
    boolean verbose;

    @Override
    public Integer call() {
        String problem = portTaken(port, "HTTP");
        boolean embedded = blank(System.getenv("NEO4J_URI")) && blank(System.getenv("SPRING_NEO4J_URI"));
        if (problem == null && embedded) {
            problem = portTaken(boltPort, "Bolt");
        }
        if (problem != null) {
            System.err.println("creditgraph serve: " + problem);
            return 1;
        }
        if (embedded) {
            try {
                EmbeddedNeo4j.failIfLocked(dataDir);
            } catch (EmbeddedStartException e) {
                System.err.println("creditgraph serve: " + e.getMessage());
                return 1;
            }
        }
        // Command-line properties outrank application.yaml, environment variables too.
        List<String> properties = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--creditgraph.data-dir=" + dataDir,
                "--creditgraph.bolt-port=" + boltPort,
                "--creditgraph.demo=" + (demo == null ? "auto" : demo ? "on" : "off"),
                "--" + EmbeddedNeo4jEarlyStart.ENABLED + "=true"));
        if (verbose) {
            // application.yaml keeps the libraries at WARN; LOGGING_LEVEL_ROOT=INFO does the same.
            properties.add("--logging.level.root=info");
            properties.add("--spring.main.log-startup-info=true");
        }
        var app = new SpringApplication(CreditGraphApplication.class);
        try {
            var context = app.run(properties.toArray(String[]::new));
            int actual = context.getEnvironment().getProperty("local.server.port", Integer.class, port);
            System.out.println(ready(actual, dataVersion(context.getBean(LoadRunStore.class))));
            System.out.flush();
            return KEEP_RUNNING;
        } catch (RuntimeException e) {
            System.err.println("creditgraph serve: " + explain(e));
            return 1;
        }
    }

    /** What a person at the terminal needs once the server answers: where to point a browser or a client. */
    static String ready(int port, String dataVersion) {
        String base = "http://localhost:" + port;
        return String.join(
                System.lineSeparator(),
                "creditgraph: ready",
                "  data      " + dataVersion,
                "  explorer  " + base + "/",
                "  GraphiQL  " + base + "/graphiql",
                "  API       " + base + "/graphql (POST, GraphQL over HTTP)",
                "  health    " + base + "/actuator/health",
                "Stop with Ctrl+C.");
    }

    private static String dataVersion(LoadRunStore loadRuns) {
        return loadRuns.dataVersion()
                .map(version -> "version " + version)
                .orElse("empty (nothing loaded yet; see creditgraph load --help)");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String portTaken(int port, String what) {
        if (port == 0) {
            return null;
        }
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return null;
        } catch (IOException e) {
            return what + " port " + port
                    + " is already in use (is another creditgraph serve running?); choose another with --"
                    + (what.equals("HTTP") ? "port" : "bolt-port");
        }
    }

    /** One line for the terminal: the most specific cause we know how to explain. */
    static String explain(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EmbeddedStartException || t instanceof PortInUseException) {
                return t.getMessage();
            }
            if (t instanceof org.neo4j.driver.exceptions.ServiceUnavailableException) {
                return "cannot reach Neo4j at NEO4J_URI: " + t.getMessage();
            }
            if (t instanceof org.neo4j.driver.exceptions.AuthenticationException) {
                return "Neo4j rejected NEO4J_USERNAME/NEO4J_PASSWORD";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "failed to start: " + root.getMessage();
    }
}
