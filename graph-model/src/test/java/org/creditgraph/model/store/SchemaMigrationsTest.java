package org.creditgraph.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    private static List<String> schema() {
        return Stream.of("SHOW CONSTRAINTS YIELD name RETURN name", "SHOW INDEXES YIELD name RETURN name")
                .flatMap(q -> TestGraph.driver().executableQuery(q).execute().records().stream())
                .map(r -> r.get("name").asString())
                .sorted()
                .toList();
    }

    @Test
    void applyingTwiceLeavesTheSameSchema() {
        var driver = TestGraph.driver();
        List<String> before = schema();
        assertThat(SchemaMigrations.apply(driver)).contains("0016");
        assertThat(SchemaMigrations.apply(driver)).contains("0016");
        assertThat(schema()).isEqualTo(before);
        assertThat(before)
                .contains(
                        "enterprise_uscc",
                        "person_key",
                        "penalty_key",
                        "accident_number",
                        "listing_key",
                        "subject_names",
                        "audit_entry_receipt_id",
                        "audit_entry_subject_code",
                        "credit_grade_key",
                        "incentive_code",
                        "correction_id",
                        "enterprise_org_code",
                        "listing_legacy_code",
                        "listing_load_run",
                        "listed_party_names");
        assertThat(TestGraph.count("MATCH (m:__Neo4jMigration) RETURN count(m)"))
                .isEqualTo(12); // BASELINE + 11
    }

    @Test
    void indexListsEveryMigrationFile() throws IOException {
        Path folder = Path.of("src/main/resources/neo4j/migrations");
        List<String> index = Files.readAllLines(folder.resolve("INDEX"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".cypher"))
                            .sorted())
                    .containsExactlyElementsOf(
                            index.stream().filter(n -> n.endsWith(".cypher")).toList());
        }
        // Java-based migrations are listed by class name, and in version order with the others
        assertThat(IndexedMigrationScanner.javaMigrations(SchemaMigrations.LOCATION).discover(null).stream()
                        .map(m -> m.getClass().getSimpleName() + ".java"))
                .containsExactlyElementsOf(
                        index.stream().filter(n -> n.endsWith(".java")).toList());
        assertThat(index).isSortedAccordingTo(java.util.Comparator.naturalOrder());
    }

    @Test
    void fullTextIndexUsesTheCjkAnalyzer() {
        String analyzer = TestGraph.driver()
                .executableQuery(
                        "SHOW INDEXES YIELD name, options WHERE name = 'subject_names' RETURN options.indexConfig['fulltext.analyzer'] AS a")
                .execute()
                .records()
                .getFirst()
                .get("a")
                .asString();
        assertThat(analyzer).isEqualTo("cjk");
    }
}
