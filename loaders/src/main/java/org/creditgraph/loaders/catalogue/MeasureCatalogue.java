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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.rules.ListingRegime;
import org.creditgraph.model.store.Graph;

/**
 * D4: the catalogue of measures (惩戒措施) is data, not code. The shipped file
 * {@code catalogue/measures.csv} (or the file named by {@code CREDITGRAPH_MEASURES_FILE}) is loaded
 * into Measure nodes at start-up; a measure removed from the file stays in the graph, marked
 * {@code inCatalogue = false}, so that old answers remain explainable.
 */
public final class MeasureCatalogue {

    public static final String RESOURCE = "catalogue/measures.csv";

    private MeasureCatalogue() {}

    /** One catalogue row. */
    public record Measure(
            String code,
            String titleZh,
            String titleEn,
            SanctionDomain domain,
            String legalBasis,
            List<ListingRegime> regimes,
            List<SubjectKind> subjectKinds) {}

    public static List<Measure> read() {
        String override = System.getenv("CREDITGRAPH_MEASURES_FILE");
        try (InputStream in = override == null || override.isBlank()
                ? MeasureCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)
                : Files.newInputStream(Path.of(override))) {
            if (in == null) {
                throw new IllegalStateException("measures catalogue " + RESOURCE + " is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Measure> parse(Reader reader) {
        List<Measure> measures = new ArrayList<>();
        for (NamedCsvRecord row : CsvReader.builder().ofNamedCsvRecord(reader)) {
            String where = "measures catalogue line " + row.getStartingLineNumber();
            try {
                measures.add(new Measure(
                        required(row, "code"),
                        required(row, "title_zh"),
                        row.getField("title_en").strip(),
                        SanctionDomain.valueOf(required(row, "domain")),
                        required(row, "legal_basis"),
                        Arrays.stream(required(row, "regimes").split(";"))
                                .map(String::strip)
                                .map(ListingRegime::valueOf)
                                .toList(),
                        Arrays.stream(required(row, "subject_kinds").split(";"))
                                .map(String::strip)
                                .map(SubjectKind::valueOf)
                                .toList()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        return measures;
    }

    private static String required(NamedCsvRecord row, String field) {
        String value = row.getField(field).strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty " + field);
        }
        return value;
    }

    /** Writes the catalogue into the graph (idempotent); returns the number of measures in it. */
    public static int load(Graph graph) {
        List<Measure> measures = read();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Measure m : measures) {
            Map<String, Object> row = new HashMap<>();
            row.put("code", m.code());
            row.put("titleZh", m.titleZh());
            row.put("titleEn", m.titleEn());
            row.put("domain", m.domain().name());
            row.put("legalBasis", m.legalBasis());
            row.put("regimes", m.regimes().stream().map(ListingRegime::name).toList());
            row.put("subjectKinds", m.subjectKinds().stream().map(Enum::name).toList());
            rows.add(row);
        }
        // The stamp names this content: checks cache the catalogue per data version and stamp.
        graph.write(
                "UNWIND $rows AS row MERGE (m:Measure {code: row.code}) SET m += row, m.inCatalogue = true "
                        + "WITH collect(row.code) AS codes "
                        + "MERGE (c:Meta {id: 'measure-catalogue'}) SET c.stamp = $stamp "
                        + "WITH codes "
                        + "OPTIONAL MATCH (old:Measure) WHERE NOT old.code IN codes SET old.inCatalogue = false",
                Map.of("rows", rows, "stamp", Integer.toHexString(rows.hashCode())));
        return measures.size();
    }
}
