package org.creditgraph.loaders.catalogue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.creditgraph.model.store.Graph;

/**
 * What the catalogues of measures (D4) and incentives share: a CSV file shipped on the classpath or
 * named by an environment variable, parsed row by row with the line number in every error, and
 * written into nodes of one label with a content stamp (checks cache a catalogue per data version
 * and stamp). A code removed from the file stays in the graph, marked {@code inCatalogue = false},
 * so that old answers remain explainable.
 */
final class CatalogueFile {

    private CatalogueFile() {}

    /** Rows of the file named by {@code envVar}, or of {@code resource}; {@code what} names it in errors. */
    static <T> List<T> read(String envVar, String resource, String what, Function<NamedCsvRecord, T> row) {
        String override = System.getenv(envVar);
        try (InputStream in = override == null || override.isBlank()
                ? CatalogueFile.class.getClassLoader().getResourceAsStream(resource)
                : Files.newInputStream(Path.of(override))) {
            if (in == null) {
                throw new IllegalStateException(what + " " + resource + " is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), what, row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> List<T> parse(Reader reader, String what, Function<NamedCsvRecord, T> row) {
        List<T> rows = new ArrayList<>();
        for (NamedCsvRecord record : CsvReader.builder().ofNamedCsvRecord(reader)) {
            try {
                rows.add(row.apply(record));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(
                        what + " line " + record.getStartingLineNumber() + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    static String required(NamedCsvRecord row, String field) {
        String value = row.getField(field).strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty " + field);
        }
        return value;
    }

    /** The {@code ;}-separated values of a field, blanks dropped. */
    static List<String> values(NamedCsvRecord row, String field) {
        return Arrays.stream(row.getField(field).split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Writes the rows as {@code label} nodes keyed by code, and the content stamp on {@code Meta {id: metaId}}. */
    static void write(Graph graph, String label, String metaId, List<Map<String, Object>> rows) {
        graph.write(
                "UNWIND $rows AS row MERGE (n:" + label + " {code: row.code}) SET n += row, n.inCatalogue = true "
                        + "WITH collect(row.code) AS codes "
                        + "MERGE (c:Meta {id: $metaId}) SET c.stamp = $stamp "
                        + "WITH codes "
                        + "OPTIONAL MATCH (old:" + label + ") WHERE NOT old.code IN codes SET old.inCatalogue = false",
                Map.of("rows", rows, "metaId", metaId, "stamp", Integer.toHexString(rows.hashCode())));
    }
}
