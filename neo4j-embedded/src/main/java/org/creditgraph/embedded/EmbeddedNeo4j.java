package org.creditgraph.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An in-process Neo4j Community DBMS whose only connector is Bolt on a loopback address. The
 * application reaches it through the Java driver, exactly as it would reach an external server.
 * Auth is disabled because nothing outside this machine can connect.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final InetAddress host;
    private final int boltPort;
    private final Path dataDir;

    private EmbeddedNeo4j(DatabaseManagementService dbms, InetAddress host, int boltPort, Path dataDir) {
        this.dbms = dbms;
        this.host = host;
        this.boltPort = boltPort;
        this.dataDir = dataDir;
    }

    /** Starts with Bolt on 127.0.0.1:{@code boltPort} (0 picks a free port). */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort) {
        return start(new Options(dataDir, "127.0.0.1", boltPort, "256m"));
    }

    public static EmbeddedNeo4j start(Options options) {
        InetAddress host = loopbackOrFail(options.host());
        if (options.boltPort() != 0) {
            failIfPortTaken(host, options.boltPort());
        }
        failIfLocked(options.dataDir());
        Path dataDir = options.dataDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new EmbeddedStartException("cannot create data dir " + dataDir + ": " + e.getMessage());
        }
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(dataDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(
                            BoltConnector.listen_address, new SocketAddress(host.getHostAddress(), options.boltPort()))
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(options.pageCache()))
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
                    // No usage reports to Neo4j: a public registry's server phones nowhere.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .build();
        } catch (RuntimeException e) {
            throw new EmbeddedStartException(explain(e, dataDir, options.boltPort()));
        }
        var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        try {
            int port = db.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT)
                    .getPort();
            return new EmbeddedNeo4j(dbms, host, port, dataDir);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw new EmbeddedStartException("embedded Neo4j started without a Bolt connector: " + e.getMessage());
        }
    }

    /**
     * Runs a few read queries in-process so that the Cypher engine is compiled and warm before the
     * first client query; on a cold JVM the first queries otherwise take seconds each.
     */
    public void warmUp() {
        var db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        for (String query : new String[] {
            "RETURN 1",
            "MATCH (n:__Neo4jMigration) RETURN n.version AS v",
            "MATCH (m:Meta {id: 'person-identity'}) RETURN m.fingerprint",
            "UNWIND range(1, 3) AS i WITH i WHERE i < 0 MERGE (m:Measure {code: toString(i)}) RETURN count(m)"
        }) {
            db.executeTransactionally(query);
        }
    }

    /**
     * Fails with a one-line explanation when another process holds the data dir's store lock, so
     * that a second {@code serve} or {@code load} on it can say so before doing anything else.
     */
    public static void failIfLocked(Path dataDir) {
        Path lock = dataDir.resolve("data").resolve("databases").resolve("store_lock");
        if (!Files.exists(lock)) {
            return;
        }
        try (var channel = java.nio.channels.FileChannel.open(lock, java.nio.file.StandardOpenOption.WRITE)) {
            var held = channel.tryLock();
            if (held == null) {
                throw locked(dataDir);
            }
            held.release();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw locked(dataDir);
        } catch (IOException e) {
            throw new EmbeddedStartException(
                    "cannot open the lock file of data dir " + dataDir + ": " + e.getMessage());
        }
    }

    private static EmbeddedStartException locked(Path dataDir) {
        return new EmbeddedStartException("data dir " + dataDir.toAbsolutePath().normalize()
                + " is locked by another process (is another creditgraph serve running on it? then load through"
                + " NEO4J_URI=bolt://127.0.0.1:<its bolt port>)");
    }

    public URI boltUri() {
        return URI.create("bolt://" + host.getHostAddress() + ":" + boltPort);
    }

    public int boltPort() {
        return boltPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    public DatabaseManagementService managementService() {
        return dbms;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    /** The embedded DBMS has auth disabled, so Bolt must never listen beyond this machine. */
    static InetAddress loopbackOrFail(String host) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new EmbeddedStartException("unknown Bolt listen host " + host);
        }
        if (!address.isLoopbackAddress()) {
            throw new EmbeddedStartException("refusing to bind embedded Bolt to " + host
                    + ": auth is disabled, so only loopback addresses are allowed (use NEO4J_URI for a shared server)");
        }
        return address;
    }

    private static void failIfPortTaken(InetAddress host, int port) {
        try (var probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new EmbeddedStartException("Bolt port " + host.getHostAddress() + ":" + port
                    + " is already in use (another creditgraph serve or Neo4j?); choose another with --bolt-port");
        }
    }

    private static String explain(Throwable e, Path dataDir, int port) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String message = String.valueOf(t.getMessage());
            if (name.contains("FileLock") || message.contains("lock")) {
                return locked(dataDir).getMessage();
            }
            if (name.contains("BindException") || message.contains("Address already in use")) {
                return "Bolt port " + port + " is already in use; choose another with --bolt-port";
            }
        }
        return "embedded Neo4j failed to start on " + dataDir + ": " + e.getMessage();
    }

    static long parseBytes(String size) {
        String s = size.trim().toLowerCase(java.util.Locale.ROOT);
        long unit = 1;
        char last = s.charAt(s.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            s = s.substring(0, s.length() - 1);
        }
        return Long.parseLong(s) * unit;
    }

    /** Start options; {@code host} must be a loopback address. */
    public record Options(Path dataDir, String host, int boltPort, String pageCache) {}
}
