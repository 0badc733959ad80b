package org.creditgraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table's ratios and issue 8's targets, from raw rows as bench/run.sh collects them. */
class ReportTest {

    @TempDir
    Path dir;

    @Test
    void ratiosTargetsAndTheLoaderAgainstLoadCsv() throws Exception {
        Path raw = dir.resolve("raw.csv");
        Files.write(
                raw,
                List.of(
                        Results.HEADER,
                        "check_p99_8,4.5,3.6,ms,8 clients",
                        "check_p50_8,3.0,1.5,ms,8 clients",
                        "search_p99,60,20,ms,1 client",
                        "load_csv_roles_rows_per_s,30000,,rows/s,LOAD CSV",
                        "load_roles_rows_per_s,21000,,rows/s,loader",
                        "load_penalties_rows_per_s,2000,,rows/s,no baseline",
                        "serve_startup_to_healthy,15000,,ms,"));
        Path out = dir.resolve("out.csv");

        Report.run(Map.of("raw", raw.toString(), "out", out.toString()));

        List<String> rows = Files.readAllLines(out);
        assertThat(rows.getFirst()).isEqualTo("figure,value,baseline,ratio,unit,target,met,note");
        // 4.5 ms is within 5 ms and 4.5 / 3.6 = 1.25 within 1.5
        assertThat(rows).contains("check_p99_8,4.5,3.6,1.25,ms,<= 5 ms and ratio <= 1.5,met,8 clients");
        assertThat(rows).contains("check_p50_8,3.0,1.5,2.00,ms,ratio <= 1.5,NOT met,8 clients");
        assertThat(rows).contains("search_p99,60,20,3.00,ms,<= 50 ms,NOT met,1 client");
        assertThat(rows)
                .contains(
                        "load_roles_rows_per_s,21000,30000,0.70,rows/s,>= 20000 rows/s and ratio >= 0.5 (within 2x),met,loader");
        assertThat(rows)
                .contains(
                        "load_penalties_rows_per_s,2000,,,rows/s,>= 20000 rows/s and ratio >= 0.5 (within 2x),NOT met,no baseline");
        assertThat(rows).contains("serve_startup_to_healthy,15000,,,ms,,,");
    }

    @Test
    void loadCsvRunsEachLoadersOwnStatement() {
        for (LoadCsvBaseline.Plan plan : LoadCsvBaseline.plans()) {
            String statement = LoadCsvBaseline.statement(plan);
            String upsert = plan.loader().upsertStatement();
            assertThat(statement)
                    .startsWith("LOAD CSV WITH HEADERS FROM $url AS line")
                    .contains(upsert.substring("UNWIND $rows AS row ".length()))
                    .doesNotContain("$rows");
        }
    }
}
