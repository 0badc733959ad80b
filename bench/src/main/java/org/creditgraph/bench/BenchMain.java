package org.creditgraph.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Entry point of the bench jar; bench/run.sh calls the steps in order. Steps:
 * <ul>
 *   <li>{@code measure}: the API figures beside their raw-Cypher baselines ({@link Measure});
 *   <li>{@code load-csv}: the loaders' LOAD CSV baseline ({@link LoadCsvBaseline});
 *   <li>{@code jmh}: {@link CheckBenchmark} in this process;
 *   <li>{@code report}: the table with ratios and targets ({@link Report});
 *   <li>{@code soak}: normal callers beside abusive ones, with the server's real limits ({@link Soak});
 *   <li>{@code latency}, {@code load}: the older sequential-latency and mixed-load drivers ({@link CheckDriver}).
 * </ul>
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(
                    "usage: creditgraph-bench.jar measure|load-csv|jmh|report|soak|latency|load --option value ...");
            System.exit(2);
        }
        if (args[0].equals("latency") || args[0].equals("load")) {
            CheckDriver.main(args);
            return;
        }
        Map<String, String> opts = options(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "measure" -> Measure.run(opts);
            case "load-csv" -> LoadCsvBaseline.run(opts);
            case "jmh" -> jmh(opts);
            case "report" -> Report.run(opts);
            case "soak" -> Soak.run(opts);
            default -> {
                System.err.println("unknown step " + args[0]);
                System.exit(2);
            }
        }
    }

    private static void jmh(Map<String, String> opts) throws Exception {
        Results results = new Results(Path.of(Measure.required(opts, "out")));
        int threads = Integer.parseInt(opts.getOrDefault("threads", "8"));
        Options options = new OptionsBuilder()
                .include(CheckBenchmark.class.getName())
                .forks(1)
                .threads(threads)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(5))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(5))
                .jvmArgsAppend(
                        "-Dbench.bolt=" + opts.getOrDefault("bolt", "bolt://127.0.0.1:17687"),
                        "-Dbench.enterprises=" + Measure.required(opts, "enterprises"))
                .build();
        Map<String, double[]> byMethod = new HashMap<>();
        for (RunResult r : new Runner(options).run()) {
            var stats = r.getPrimaryResult().getStatistics();
            String method = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            byMethod.put(method, new double[] {stats.getPercentile(50), stats.getPercentile(99)});
        }
        double[] fetch = byMethod.get("evidenceFetch");
        double[] decide = byMethod.get("decision");
        String note = "JMH sample time; " + threads + " threads in one process; load " + Measure.loadAverage();
        results.add(
                "jmh_decision_p50", decide[0], fetch[0], "us", "pure D7 decision vs evidence fetch over Bolt; " + note);
        results.add(
                "jmh_decision_p99", decide[1], fetch[1], "us", "pure D7 decision vs evidence fetch over Bolt; " + note);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option, got " + args[i]);
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        return opts;
    }
}
