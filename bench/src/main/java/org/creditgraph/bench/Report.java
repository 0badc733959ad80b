package org.creditgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table of a run: every raw row with its ratio to the baseline and, where issue 8 sets one,
 * the target and whether it is met. Printed and written as CSV (bench/results-scale-N.csv).
 */
final class Report {

    /** A target on the value or on the ratio value/baseline. */
    record Target(String text, boolean onRatio, boolean atMost, double limit) {

        boolean met(double value, Double ratio) {
            double x = onRatio ? (ratio == null ? Double.NaN : ratio) : value;
            return atMost ? x <= limit : x >= limit;
        }
    }

    private static final Map<String, List<Target>> TARGETS = Map.of(
            "check_p99_8", List.of(new Target("<= 5 ms", false, true, 5), new Target("ratio <= 1.5", true, true, 1.5)),
            "check_p50_8", List.of(new Target("ratio <= 1.5", true, true, 1.5)),
            "batch_10000", List.of(new Target("<= 1000 ms", false, true, 1000)),
            "page_p99", List.of(new Target("<= 20 ms", false, true, 20)),
            "page_db_queries", List.of(new Target("constant: ratio = 1", true, true, 1)),
            "search_p99", List.of(new Target("<= 50 ms", false, true, 50)),
            "walk_p99", List.of(new Target("ratio <= 2", true, true, 2)),
            "walk_db_queries", List.of(new Target("constant: ratio = 1", true, true, 1)),
            "serve_heap_used_max", List.of(new Target("<= 2048 MiB", false, true, 2048)));

    private static final List<Target> LOADER = List.of(
            new Target(">= 20000 rows/s", false, false, 20_000),
            new Target("ratio >= 0.5 (within 2x)", true, false, 0.5));

    private Report() {}

    static void run(Map<String, String> opts) throws IOException {
        Path raw = Path.of(Measure.required(opts, "raw"));
        Path out = Path.of(Measure.required(opts, "out"));
        List<String> csv = new ArrayList<>();
        csv.add("figure,value,baseline,ratio,unit,target,met,note");
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "%-30s %12s %12s %8s %-8s %-46s %s%n",
                "figure",
                "value",
                "baseline",
                "ratio",
                "unit",
                "target",
                "met"));
        List<String> lines = Files.readAllLines(raw, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.equals(Results.HEADER))
                .toList();
        Map<String, String> values = new java.util.HashMap<>();
        for (String line : lines) {
            String[] f = line.split(",", 5);
            values.put(f[0], f[1]);
        }
        for (String line : lines) {
            String[] f = line.split(",", 5);
            String figure = f[0];
            if (f[1].isEmpty()) {
                f[1] = "NaN";
            }
            double value = Double.parseDouble(f[1]);
            // A loader's baseline is LOAD CSV's rate for the same KIND, measured earlier in the run.
            if (f[2].isEmpty() && figure.startsWith("load_") && !figure.startsWith("load_csv_")) {
                f[2] = values.getOrDefault(figure.replace("load_", "load_csv_"), "");
            }
            Double baseline = f[2].isEmpty() ? null : Double.parseDouble(f[2]);
            Double ratio = baseline == null || baseline == 0 ? null : value / baseline;
            List<Target> targets =
                    figure.startsWith("load_") && !figure.startsWith("load_csv_") && figure.endsWith("_rows_per_s")
                            ? LOADER
                            : TARGETS.getOrDefault(figure, List.of());
            String targetText =
                    String.join(" and ", targets.stream().map(Target::text).toList());
            String met =
                    targets.isEmpty() ? "" : targets.stream().allMatch(t -> t.met(value, ratio)) ? "met" : "NOT met";
            String ratioText = ratio == null ? "" : String.format(Locale.ROOT, "%.2f", ratio);
            csv.add(String.join(",", figure, f[1], f[2], ratioText, f[3], targetText, met, f.length > 4 ? f[4] : ""));
            table.append(String.format(
                    Locale.ROOT,
                    "%-30s %12s %12s %8s %-8s %-46s %s%n",
                    figure,
                    f[1],
                    f[2],
                    ratioText,
                    f[3],
                    targetText,
                    met));
        }
        Files.write(out, csv, StandardCharsets.UTF_8);
        System.out.print(table);
        System.err.println("written to " + out);
    }
}
