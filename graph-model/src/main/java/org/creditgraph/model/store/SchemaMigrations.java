package org.creditgraph.model.store;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

/**
 * Versioned schema migrations (constraints and indexes) in {@code classpath:neo4j/migrations},
 * and the Java-based data migrations listed beside them, applied with Neo4j-Migrations. Applying
 * twice is a no-op.
 */
public final class SchemaMigrations {

    static final String LOCATION = "neo4j/migrations";

    private SchemaMigrations() {}

    /** Applies pending migrations and returns the schema version now in force. */
    public static Optional<String> apply(Driver driver) {
        List<String> shipped = IndexedMigrationScanner.versions(LOCATION);
        if (!shipped.isEmpty() && applied(driver).containsAll(shipped)) {
            // Fast path for every start after the first: Neo4j-Migrations' full run (lock,
            // validation, chain building) takes several seconds even when nothing is pending.
            return Optional.of(shipped.getLast());
        }
        var config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:" + LOCATION)
                .withResourceScanner(new IndexedMigrationScanner())
                .withMigrationClassesDiscoverer(IndexedMigrationScanner.javaMigrations(LOCATION))
                .withInstalledBy("creditgraph")
                .build();
        return new Migrations(config, driver).apply().map(MigrationVersion::getValue);
    }

    /** The versions recorded by Neo4j-Migrations in the database. */
    static Set<String> applied(Driver driver) {
        return new HashSet<>(driver
                .executableQuery("MATCH (m:__Neo4jMigration) RETURN m.version AS v")
                .withConfig(
                        QueryConfig.builder().withRouting(RoutingControl.READ).build())
                .execute()
                .records()
                .stream()
                .map(r -> r.get("v").asString())
                .toList());
    }
}
