package org.creditgraph.loaders.catalogue;

import static org.creditgraph.loaders.catalogue.CatalogueFile.required;
import static org.creditgraph.loaders.catalogue.CatalogueFile.values;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.Reader;
import java.util.ArrayList;
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
        return CatalogueFile.read(
                "CREDITGRAPH_INCENTIVES_FILE", RESOURCE, "incentives catalogue", IncentiveCatalogue::incentive);
    }

    static List<IncentiveDef> parse(Reader reader) {
        return CatalogueFile.parse(reader, "incentives catalogue", IncentiveCatalogue::incentive);
    }

    private static IncentiveDef incentive(NamedCsvRecord row) {
        List<String> regimes = values(row, "regimes");
        for (String code : regimes) {
            if (ListingRegime.valueOf(code).restricts()) {
                throw new IllegalArgumentException("regime " + code + " restricts; incentives need a rewarding one");
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
        return new IncentiveDef(
                required(row, "code"),
                required(row, "title_zh"),
                row.getField("title_en").strip(),
                SanctionDomain.valueOf(required(row, "domain")),
                required(row, "legal_basis"),
                regimes,
                grades,
                values(row, "subject_kinds").stream().map(SubjectKind::valueOf).toList());
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
        CatalogueFile.write(graph, "Incentive", "incentive-catalogue", rows);
        return incentives.size();
    }
}
