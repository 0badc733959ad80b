package org.creditgraph.api.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.creditgraph.embedded.EmbeddedNeo4j;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Starts the embedded Neo4j as soon as the configuration is known, in parallel with the building
 * of the Spring context (each takes several seconds; overlapping them keeps restarts short). The
 * {@code EmbeddedNeo4j} bean then takes the started database; a failed start-up closes it.
 */
public final class EmbeddedNeo4jEarlyStart implements ApplicationListener<SpringApplicationEvent> {

    /** A database being started for a data dir, and whether that dir was new. */
    record Starting(CompletableFuture<EmbeddedNeo4j> database, boolean freshDataDir) {}

    /** Set by {@code creditgraph serve}, whose configuration is complete when the environment is. */
    public static final String ENABLED = "creditgraph.early-start";

    private static final Map<Path, Starting> STARTING = new ConcurrentHashMap<>();

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared
                && prepared.getEnvironment().getProperty(ENABLED, Boolean.class, false)) {
            CreditGraphProperties properties =
                    Binder.get(prepared.getEnvironment()).bindOrCreate("creditgraph", CreditGraphProperties.class);
            if (properties.embedded() && properties.dataDir() != null) {
                begin(properties);
            }
        } else if (event instanceof ApplicationFailedEvent || event instanceof ApplicationReadyEvent) {
            // failed: nothing will take the database; ready: one not taken by now was not wanted
            STARTING.values().forEach(s -> s.database().thenAccept(EmbeddedNeo4j::close));
            STARTING.clear();
        }
    }

    static Starting begin(CreditGraphProperties properties) {
        Path dataDir = key(properties.dataDir());
        return STARTING.computeIfAbsent(dataDir, dir -> {
            boolean fresh = isEmpty(dir);
            var options = new EmbeddedNeo4j.Options(dir, "127.0.0.1", properties.boltPort(), properties.pageCache());
            // Neo4j finds its extensions through the context class loader: inside the fat jar that
            // must be the application's loader, which pool threads do not have.
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            CompletableFuture<EmbeddedNeo4j> database = new CompletableFuture<>();
            Thread starter = new Thread(
                    () -> {
                        try {
                            EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(options);
                            neo4j.warmUp();
                            database.complete(neo4j);
                        } catch (RuntimeException e) {
                            database.completeExceptionally(e);
                        }
                    },
                    "embedded-neo4j-start");
            starter.setContextClassLoader(loader);
            starter.start();
            return new Starting(database, fresh);
        });
    }

    /** The start begun for this data dir (beginning it now if none was), handed over once. */
    static Starting take(CreditGraphProperties properties) {
        begin(properties);
        return STARTING.remove(key(properties.dataDir()));
    }

    /** Waits for the database; a start-up failure is rethrown as it was raised. */
    static EmbeddedNeo4j await(Starting starting) {
        try {
            return starting.database().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    static Optional<Starting> peek(CreditGraphProperties properties) {
        return Optional.ofNullable(STARTING.get(key(properties.dataDir())));
    }

    private static Path key(Path dataDir) {
        return dataDir.toAbsolutePath().normalize();
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
