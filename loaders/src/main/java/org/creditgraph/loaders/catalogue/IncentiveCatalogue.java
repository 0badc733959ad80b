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
import java.util.Set;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.check.IncentiveDef;
import org.creditgraph.model.rules.ListingRegime;
import org.creditgraph.model.store.Graph;

/**
 * The catalogue of incentives (激励措施: 优先办理, 贷款优惠, 保险费率优惠 ...) is data like the measures
 * (D4): {@code catalogue/incentives.csv} (or {@code CREDITGRAPH_INCENTIVES_FILE}) names per domain the
 * rewarding regimes (red list) and credit grades that earn each incentive. Loaded into Incentive
 * nodes at start-up; an incentive removed from the file stays, marked {@code inCatalogue = false}.
 */
public final class IncentiveCatalogue {

    public static final String RESOURCE = "catalogue/incentives.csv";
    private static final Set<String> GRADES = Set.of("A", "B", "C", "D");

    private IncentiveCatalogue() {}

    public static List<IncentiveDef> read() {
        String override = System.getenv("CREDITGRAPH_INCENTIVES_FILE");
        try (InputStream in = override == null || override.isBlank()
                ? IncentiveCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE)
                : Files.newInputStream(Path.of(override))) {
            if (in == null) {
                throw new IllegalStateException("incentives catalogue " + RESOURCE + " is missing from the classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<IncentiveDef> parse(Reader reader) {
        List<IncentiveDef> incentives = new ArrayList<>();
        for (NamedCsvRecord row : CsvReader.builder().ofNamedCsvRecord(reader)) {
            String where = "incentives catalogue line " + row.getStartingLineNumber();
            try {
                List<String> regimes = values(row, "regimes");
                for (String code : regimes) {
                    if (ListingRegime.valueOf(code).restricts()) {
                        throw new IllegalArgumentException(
                                "regime " + code + " restricts; incentives need a rewarding one");
                    }
                }
                List<String> grades = values(row, "grades");
                for (String grade : grades) {
                    if (!GRADES.contains(grade)) {
                        throw new IllegalArgumentException("grade '" + grade + "' is not one of A, B, C, D");
                    }
                }
                if (regimes.isEmpty() && grades.isEmpty()) {
                    throw new IllegalArgumentException("neither regimes nor grades: nothing earns this incentive");
                }
                incentives.add(new IncentiveDef(
                        required(row, "code"),
                        required(row, "title_zh"),
                        row.getField("title_en").strip(),
                        SanctionDomain.valueOf(required(row, "domain")),
                        required(row, "legal_basis"),
                        regimes,
                        grades,
                        values(row, "subject_kinds").stream()
                                .map(SubjectKind::valueOf)
                                .toList()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": " + e.getMessage(), e);
            }
        }
        return incentives;
    }

    private static List<String> values(NamedCsvRecord row, String field) {
        return Arrays.stream(row.getField(field).split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String required(NamedCsvRecord row, String field) {
        String value = row.getField(field).strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("empty " + field);
        }
        return value;
    }

    /** Writes the catalogue into the graph (idempotent); returns the number of incentives in it. */
    public static int load(Graph graph) {
        List<IncentiveDef> incentives = read();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IncentiveDef i : incentives) {
            Map<String, Object> row = new HashMap<>();
            row.put("code", i.code());
            row.put("titleZh", i.titleZh());
            row.put("titleEn", i.titleEn());
            row.put("domain", i.domain().name());
            row.put("legalBasis", i.legalBasis());
            row.put("regimes", i.regimes());
            row.put("grades", i.grades());
            row.put("subjectKinds", i.subjectKinds().stream().map(Enum::name).toList());
            rows.add(row);
        }
        // The stamp names this content: checks cache the catalogue per data version and stamp.
        graph.write(
                "UNWIND $rows AS row MERGE (i:Incentive {code: row.code}) SET i += row, i.inCatalogue = true "
                        + "WITH collect(row.code) AS codes "
                        + "MERGE (c:Meta {id: 'incentive-catalogue'}) SET c.stamp = $stamp "
                        + "WITH codes "
                        + "OPTIONAL MATCH (old:Incentive) WHERE NOT old.code IN codes SET old.inCatalogue = false",
                Map.of("rows", rows, "stamp", Integer.toHexString(rows.hashCode())));
        return incentives.size();
    }
}
