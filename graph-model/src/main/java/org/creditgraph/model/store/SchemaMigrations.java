package org.creditgraph.model.store;

import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import java.util.Optional;
import org.neo4j.driver.Driver;

/**
 * Versioned schema migrations (constraints and indexes) in {@code classpath:neo4j/migrations},
 * applied with Neo4j-Migrations. Applying twice is a no-op.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {}

    /** Applies pending migrations and returns the schema version now in force. */
    public static Optional<String> apply(Driver driver) {
        var config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:neo4j/migrations")
                .withResourceScanner(new IndexedMigrationScanner())
                .withInstalledBy("creditgraph")
                .build();
        return new Migrations(config, driver).apply().map(MigrationVersion::getValue);
    }
}
