package org.creditgraph.loaders.catalogue;

import static org.creditgraph.loaders.catalogue.CatalogueFile.required;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.Reader;
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
        return CatalogueFile.read(
                "CREDITGRAPH_MEASURES_FILE", RESOURCE, "measures catalogue", MeasureCatalogue::measure);
    }

    static List<Measure> parse(Reader reader) {
        return CatalogueFile.parse(reader, "measures catalogue", MeasureCatalogue::measure);
    }

    private static Measure measure(NamedCsvRecord row) {
        return new Measure(
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
                        .toList());
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
        CatalogueFile.write(graph, "Measure", "measure-catalogue", rows);
        return measures.size();
    }
}
