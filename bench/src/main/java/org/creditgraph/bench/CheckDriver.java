package org.creditgraph.bench;

// Load driver for the sanction-check benchmarks (issues 4, 5 and 8): java.net.http, virtual
// threads, regex JSON handling. Run through the bench jar (BenchMain latency|load ...):
//
//   java -jar bench/target/creditgraph-bench.jar latency --url URL --enterprises FILE [--n 2000] [--warmup 5000]
//       [--batch 10000] [--unknown 50] [--batch-runs 3] [--seed 7] [--server-pid PID]
//   java -jar bench/target/creditgraph-bench.jar load --url URL --enterprises FILE [--clients 200] [--duration 60]
//       [--warmup 10] [--warmup-clients CLIENTS] [--pool 20000] [--unknown 200] [--expect-batch 1000] [--timeout 60]
// [--seed 11] [--mix 70,20,10]
//       [--server-pid PID]
// With --server-pid (Linux) the server's CPU time per request is reported too: a cost that does
// not depend on what else runs on the machine.
//
// Prints result rows "metric,value,unit" on stdout, progress on stderr. `load` exits 3 when any
// HTTP 5xx or wrong answer was seen (under warm-up or measurement).

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class CheckDriver {

    static final String[] DOMAINS = {
        "BUSINESS_OPERATION",
        "FINANCING",
        "GOVERNMENT_PROCUREMENT",
        "PUBLIC_TENDERING",
        "STATE_LAND",
        "HONOURS",
        "IMPORT_EXPORT",
        "EXIT_ENTRY",
        "QUALIFICATION_REVIEW"
    };
    static final String CHECK =
            "query($s:SubjectRef!,$d:SanctionDomain!,$a:Date){sanctionCheck(subject:$s,domain:$d,asOf:$a)"
                    + "{verdict subjectFound dataVersion reasons{code}}}";
    static final String CHECKS =
            "query($s:[SubjectRef!]!,$d:SanctionDomain!,$a:Date){sanctionChecks(subjects:$s,domain:$d,asOf:$a)"
                    + "{verdict subjectFound dataVersion subject{id} reasons{code}}}";
    static final String SEARCH = "query($t:String!){search(text:$t){totalCount edges{node{id name}}}}";
    static final String ENTERPRISE = "query($u:String!){enterprise(uscc:$u){penalties(first:5){totalCount}}}";

    static final Pattern VERDICT = Pattern.compile("\"verdict\"\\s*:\\s*\"(\\w+)\"");
    static final Pattern FOUND = Pattern.compile("\"subjectFound\"\\s*:\\s*(true|false)");
    static final Pattern VERSION = Pattern.compile("\"dataVersion\"\\s*:\\s*\"([^\"]*)\"");
    static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"(\\w+)\"");
    static final Pattern TOTAL = Pattern.compile("\"totalCount\"\\s*:\\s*(\\d+)");
    /** One element of the sanctionChecks answer, fields in selection order (GraphQL keeps it). */
    static final Pattern ENTRY =
            Pattern.compile("\\{\\s*\"verdict\"\\s*:\\s*\"(\\w+)\"\\s*,\\s*\"subjectFound\"\\s*:\\s*(true|false)"
                    + "\\s*,\\s*\"dataVersion\"\\s*:\\s*\"[^\"]*\"\\s*,\\s*\"subject\"\\s*:\\s*(null|\\{\\s*\"id\"\\s*:\\s*\"([^\"]*)\"\\s*\\})"
                    + "\\s*,\\s*\"reasons\"\\s*:\\s*\\[([^\\]]*)\\]\\s*\\}");

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    static HttpClient http;
    static URI url;
    static final Map<String, String> opts = new HashMap<>();

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || !(args[0].equals("latency") || args[0].equals("load"))) {
            System.err.println("usage: creditgraph-bench.jar latency|load --url URL --enterprises FILE [options]");
            System.exit(2);
        }
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option, got " + args[i]);
            }
            opts.put(args[i].substring(2), args[i + 1]);
        }
        url = URI.create(opt("url", "http://127.0.0.1:18080/graphql"));
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        List<String[]> enterprises = readEnterprises(Path.of(opt("enterprises", null)));
        log("read " + enterprises.size() + " enterprises");
        int exit = args[0].equals("latency") ? latency(enterprises) : load(enterprises);
        System.exit(exit);
    }

    // ---------------------------------------------------------------- latency (issue 4)

    static int latency(List<String[]> enterprises) throws Exception {
        long seed = Long.parseLong(opt("seed", "7"));
        int n = Integer.parseInt(opt("n", "2000"));
        int warmup = Integer.parseInt(opt("warmup", "5000"));
        int batch = Integer.parseInt(opt("batch", "10000"));
        int unknown = Integer.parseInt(opt("unknown", "50"));
        int batchRuns = Integer.parseInt(opt("batch-runs", "3"));
        String asOf = today();
        int failures = 0;

        log("warm-up: " + warmup + " single checks");
        Random warm = new Random(seed ^ 0x5DEECE66DL);
        for (int i = 0; i < warmup; i++) {
            post(checkBody(
                    enterprises.get(warm.nextInt(enterprises.size()))[0], DOMAINS[warm.nextInt(DOMAINS.length)], asOf));
        }

        log("measuring " + n + " sequential single checks");
        Random rnd = new Random(seed);
        long[] nanos = new long[n];
        long cpu0 = serverCpuTicks();
        Map<String, Integer> verdicts = new TreeMap<>();
        int errors = 0;
        int notFound = 0;
        for (int i = 0; i < n; i++) {
            String uscc = enterprises.get(rnd.nextInt(enterprises.size()))[0];
            String body = checkBody(uscc, DOMAINS[rnd.nextInt(DOMAINS.length)], asOf);
            long t0 = System.nanoTime();
            Reply r = post(body);
            nanos[i] = System.nanoTime() - t0;
            Matcher v = VERDICT.matcher(r.body);
            if (r.status != 200 || errorsOf(r.body) != null || !v.find()) {
                if (errors++ < 5) {
                    log("unexpected answer for " + uscc + ": HTTP " + r.status + " " + abbreviate(r.body));
                }
                continue;
            }
            verdicts.merge(v.group(1), 1, Integer::sum);
            Matcher f = FOUND.matcher(r.body);
            if (f.find() && f.group(1).equals("false")) {
                notFound++;
            }
        }
        long cpu = serverCpuTicks() - cpu0;
        failures += errors;
        Arrays.sort(nanos);
        row("single_requests", n, "count");
        row("single_p50", ms(pct(nanos, 0.50)), "ms");
        row("single_p90", ms(pct(nanos, 0.90)), "ms");
        row("single_p99", ms(pct(nanos, 0.99)), "ms");
        row("single_max", ms(nanos[n - 1]), "ms");
        row("single_mean", ms(Arrays.stream(nanos).sum() / n), "ms");
        if (cpu0 >= 0) {
            row("single_server_cpu_per_check", String.format(Locale.ROOT, "%.1f", cpu * 10.0 / n), "ms");
        }
        row("single_errors", errors, "count");
        row("single_not_found", notFound, "count");
        for (var e : verdicts.entrySet()) {
            row("single_verdict_" + e.getKey(), e.getValue(), "count");
        }

        // The batch: distinct USCCs from the file with a few unknown (well-formed) codes among them.
        Random brnd = new Random(seed + 1);
        List<String> subjects = new ArrayList<>(batch);
        Set<String> known = new LinkedHashSet<>();
        while (known.size() < batch - unknown) {
            known.add(enterprises.get(brnd.nextInt(enterprises.size()))[0]);
        }
        subjects.addAll(known);
        Set<String> all = new java.util.HashSet<>();
        for (String[] e : enterprises) {
            all.add(e[0]);
        }
        Set<String> unknowns = new LinkedHashSet<>();
        while (unknowns.size() < unknown) {
            String u = unknownUscc(enterprises.get(brnd.nextInt(enterprises.size()))[0], brnd);
            if (!all.contains(u)) {
                unknowns.add(u);
            }
        }
        for (String u : unknowns) {
            subjects.add(brnd.nextInt(subjects.size() + 1), u);
        }
        StringBuilder b = new StringBuilder(subjects.size() * 32);
        b.append("{\"query\":")
                .append(json(CHECKS))
                .append(",\"variables\":{\"d\":\"FINANCING\",\"a\":\"")
                .append(asOf)
                .append("\",\"s\":[");
        for (int i = 0; i < subjects.size(); i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"uscc\":")
                    .append(json(subjects.get(i)))
                    .append('}');
        }
        String body = b.append("]}}").toString();
        log("batch of " + subjects.size() + " (" + unknown + " unknown), request " + body.length() / 1024
                + " KiB: warm-up with 1,000, then 10,000");
        int[] found = new int[1];
        // A first small batch warms the batch path, so that the cold 10,000 stays within the server's 30 s.
        List<String> small = subjects.subList(0, Math.min(1000, subjects.size()));
        StringBuilder sb = new StringBuilder();
        sb.append("{\"query\":")
                .append(json(CHECKS))
                .append(",\"variables\":{\"d\":\"FINANCING\",\"a\":\"")
                .append(asOf)
                .append("\",\"s\":[");
        for (int i = 0; i < small.size(); i++) {
            sb.append(i == 0 ? "" : ",")
                    .append("{\"uscc\":")
                    .append(json(small.get(i)))
                    .append('}');
        }
        Reply smallReply = post(sb.append("]}}").toString());
        if (smallReply.status != 200) {
            log("warm-up batch of " + small.size() + ": HTTP " + smallReply.status);
        }
        Reply warmReply = post(body);
        String problem = verifyBatch(warmReply, subjects, unknowns, found);
        if (problem != null) {
            log("batch warm-up answer wrong: " + problem);
            failures++;
        }
        long best = Long.MAX_VALUE;
        long bestCpu = Long.MAX_VALUE;
        for (int run = 1; run <= batchRuns; run++) {
            long c0 = serverCpuTicks();
            long t0 = System.nanoTime();
            Reply r = post(body);
            long took = System.nanoTime() - t0;
            bestCpu = Math.min(bestCpu, serverCpuTicks() - c0);
            problem = verifyBatch(r, subjects, unknowns, found);
            log("batch run " + run + ": " + ms(took) + " ms, response " + r.body.length() / 1024 + " KiB"
                    + (problem == null
                            ? ", " + subjects.size() + " answers in input order (" + found[0] + " found)"
                            : ", WRONG: " + problem));
            if (problem != null) {
                failures++;
            }
            row("batch_run_" + run, ms(took), "ms");
            best = Math.min(best, took);
        }
        row("batch_subjects", subjects.size(), "count");
        row("batch_unknown_subjects", unknown, "count");
        row("batch_found_subjects", found[0], "count");
        row("batch_best_of_" + batchRuns, ms(best), "ms");
        if (cpu0 >= 0) {
            row("batch_server_cpu_least", String.format(Locale.ROOT, "%.1f", bestCpu / 100.0), "s");
        }
        row("batch_per_subject", String.format(Locale.ROOT, "%.1f", best / 1000.0 / subjects.size()), "us");
        row("batch_answers_ok", problem == null ? "yes" : "no", "flag");
        return failures == 0 ? 0 : 3;
    }

    /** null when the answer has one entry per subject, in input order, unknowns not found. */
    static String verifyBatch(Reply r, List<String> subjects, Set<String> unknowns, int[] found) {
        if (r.status != 200) {
            return "HTTP " + r.status + " " + abbreviate(r.body);
        }
        String errs = errorsOf(r.body);
        if (errs != null) {
            return "errors " + abbreviate(errs);
        }
        Matcher m = ENTRY.matcher(r.body);
        int i = 0;
        found[0] = 0;
        while (m.find()) {
            if (i >= subjects.size()) {
                return "more answers than subjects";
            }
            String expected = subjects.get(i);
            boolean unknown = unknowns.contains(expected);
            String id = m.group(4);
            boolean notFound = m.group(3).equals("null") && m.group(2).equals("false");
            // A code from the file may be a row the loader rejected: then it is not found either.
            if (unknown ? !notFound : !(expected.equals(id) || notFound)) {
                return "answer " + i + " is for " + (id == null ? "nobody" : id) + ", expected " + expected
                        + (unknown ? " (unknown, not found)" : "");
            }
            if (!notFound) {
                found[0]++;
            }
            i++;
        }
        return i == subjects.size() ? null : i + " answers for " + subjects.size() + " subjects";
    }

    // ---------------------------------------------------------------- load (issue 5)

    enum Op {
        check,
        search,
        enterprise
    }

    /** Counters of one phase (warm-up or measurement). */
    static final class Phase {
        final String name;
        final Map<Op, LongAdder> requests = new ConcurrentHashMap<>();
        final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        final List<long[]>[] latencies;
        final List<String> examples = java.util.Collections.synchronizedList(new ArrayList<>());

        @SuppressWarnings("unchecked")
        Phase(String name) {
            this.name = name;
            latencies = new List[Op.values().length];
            for (int i = 0; i < latencies.length; i++) {
                latencies[i] = java.util.Collections.synchronizedList(new ArrayList<>());
            }
        }

        void count(String key) {
            counts.computeIfAbsent(key, k -> new LongAdder()).increment();
        }

        long get(String key) {
            LongAdder a = counts.get(key);
            return a == null ? 0 : a.sum();
        }

        void example(String text) {
            if (examples.size() < 10) {
                examples.add(text);
                log(name + ": " + text);
            }
        }
    }

    /** Growable per-client latency buffer. */
    static final class Lat {
        long[] v = new long[1024];
        int n;

        void add(long x) {
            if (n == v.length) {
                v = Arrays.copyOf(v, n * 2);
            }
            v[n++] = x;
        }
    }

    static int load(List<String[]> enterprises) throws Exception {
        long seed = Long.parseLong(opt("seed", "11"));
        int clients = Integer.parseInt(opt("clients", "200"));
        int duration = Integer.parseInt(opt("duration", "60"));
        int warmup = Integer.parseInt(opt("warmup", "10"));
        int warmupClients = Integer.parseInt(opt("warmup-clients", String.valueOf(clients)));
        int poolSize = Integer.parseInt(opt("pool", "20000"));
        int unknown = Integer.parseInt(opt("unknown", "200"));
        // Batches well below 10,000: a cold 10,000 batch on a busy machine can exceed the server's 30 s.
        int expectBatch = Integer.parseInt(opt("expect-batch", "1000"));
        Duration timeout = Duration.ofSeconds(Long.parseLong(opt("timeout", "60")));
        String asOf = today();
        int[] mix = Arrays.stream(opt("mix", "70,20,10").split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        if (mix.length != 3 || mix[0] + mix[1] + mix[2] != 100) {
            throw new IllegalArgumentException(
                    "--mix needs three percentages (check,search,enterprise) adding up to 100");
        }

        // The subjects used under load: distinct USCCs from the file and a few unknown ones.
        Random rnd = new Random(seed);
        Set<String> all = new java.util.HashSet<>();
        Map<String, String> names = new HashMap<>();
        for (String[] e : enterprises) {
            all.add(e[0]);
            names.put(e[0], e[1]);
        }
        Set<String> chosen = new LinkedHashSet<>();
        // A pool larger than the file would never fill: cap the known part at the distinct USCCs.
        int known = Math.min(poolSize - unknown, all.size());
        poolSize = known + unknown;
        while (chosen.size() < known) {
            chosen.add(enterprises.get(rnd.nextInt(enterprises.size()))[0]);
        }
        while (chosen.size() < poolSize) {
            String u = unknownUscc(enterprises.get(rnd.nextInt(enterprises.size()))[0], rnd);
            if (!all.contains(u)) {
                chosen.add(u);
            }
        }
        String[] pool = chosen.toArray(String[]::new);
        // Name fragments for search: 2 to 4 characters of a pool enterprise's name, legal form removed.
        List<String> fragments = new ArrayList<>();
        for (String u : pool) {
            String name = names.get(u);
            if (name == null) {
                continue;
            }
            String core = name.replaceAll("(股份有限公司|有限责任公司|有限公司|集团|公司)+$", "");
            if (core.length() < 2) {
                core = name;
            }
            int len = Math.min(core.length(), 2 + rnd.nextInt(3));
            int from = rnd.nextInt(core.length() - len + 1);
            fragments.add(core.substring(from, from + len));
        }

        // Expected answers, from sanctionChecks batches of up to 10,000, before any load.
        log("expectations: " + pool.length + " subjects x " + DOMAINS.length
                + " domains through sanctionChecks batches of " + expectBatch + ", asOf " + asOf);
        String[][] expected = new String[DOMAINS.length][pool.length];
        boolean[] exists = new boolean[pool.length];
        Map<String, Integer> expectedVerdicts = new TreeMap<>();
        long e0 = System.nanoTime();
        int expectationRetries = 0;
        for (int d = 0; d < DOMAINS.length; d++) {
            for (int from = 0; from < pool.length; from += expectBatch) {
                int to = Math.min(pool.length, from + expectBatch);
                StringBuilder b = new StringBuilder();
                b.append("{\"query\":")
                        .append(json(CHECKS))
                        .append(",\"variables\":{\"d\":\"")
                        .append(DOMAINS[d])
                        .append("\",\"a\":\"")
                        .append(asOf)
                        .append("\",\"s\":[");
                for (int i = from; i < to; i++) {
                    b.append(i == from ? "" : ",")
                            .append("{\"uscc\":")
                            .append(json(pool[i]))
                            .append('}');
                }
                String request = b.append("]}}").toString();
                Reply r = post(request);
                // Not what is measured: a batch the server gave up on (503 after its 30 s) is asked again.
                for (int attempt = 2; r.status != 200 && attempt <= 3; attempt++) {
                    expectationRetries++;
                    log("expectation batch: HTTP " + r.status + ", asking again (attempt " + attempt + ")");
                    r = post(request);
                }
                if (r.status != 200 || errorsOf(r.body) != null) {
                    throw new IllegalStateException(
                            "expectation batch failed: HTTP " + r.status + " " + abbreviate(r.body));
                }
                Matcher v = VERSION.matcher(r.body);
                String version = v.find() ? v.group(1) : "";
                Matcher m = ENTRY.matcher(r.body);
                int i = from;
                while (m.find()) {
                    String id = m.group(4);
                    if (i >= to || (id != null && !id.equals(pool[i]))) {
                        throw new IllegalStateException("expectation batch out of order at " + i);
                    }
                    expected[d][i] = signature(m.group(1), m.group(2), version, m.group(5));
                    exists[i] |= m.group(2).equals("true");
                    expectedVerdicts.merge(m.group(1), 1, Integer::sum);
                    i++;
                }
                if (i != to) {
                    throw new IllegalStateException("expectation batch: " + (i - from) + " answers for " + (to - from));
                }
            }
        }
        log("expectations done in " + ms(System.nanoTime() - e0) + " ms: " + expectedVerdicts);

        Phase warm = new Phase("warm-up");
        if (warmup > 0) {
            log("warm-up: " + warmupClients + " clients for " + warmup + " s");
            run(warm, warmupClients, warmup, mix, seed + 1, pool, exists, expected, fragments, asOf, timeout);
        }
        Phase main = new Phase("measurement");
        log("load: " + clients + " clients for " + duration + " s");
        long cpu0 = serverCpuTicks();
        long elapsed = run(main, clients, duration, mix, seed + 2, pool, exists, expected, fragments, asOf, timeout);

        long cpu = serverCpuTicks() - cpu0;
        double secs = elapsed / 1e9;
        row("clients", clients, "clients");
        row("duration", String.format(Locale.ROOT, "%.1f", secs), "s");
        row("warmup_duration", warmup, "s");
        row("warmup_clients", warmupClients, "clients");
        row(
                "mix_check_search_enterprise",
                String.join("/", Arrays.stream(mix).mapToObj(String::valueOf).toList()),
                "percent");
        row("expected_pairs", (long) pool.length * DOMAINS.length, "count");
        row("expectation_batch_retries", expectationRetries, "count");
        for (var e : expectedVerdicts.entrySet()) {
            row("expected_verdict_" + e.getKey(), e.getValue(), "count");
        }
        long total = 0;
        for (Op op : Op.values()) {
            total += main.requests.getOrDefault(op, new LongAdder()).sum();
        }
        row("requests_total", total, "count");
        if (cpu0 >= 0) {
            row("server_cpu", String.format(Locale.ROOT, "%.1f", cpu / 100.0), "s");
            row("server_cpu_per_request", String.format(Locale.ROOT, "%.1f", cpu * 10.0 / Math.max(1, total)), "ms");
        }
        row("throughput_total", String.format(Locale.ROOT, "%.1f", total / secs), "req/s");
        for (Op op : Op.values()) {
            long[] lat = merge(main.latencies[op.ordinal()]);
            long count = main.requests.getOrDefault(op, new LongAdder()).sum();
            row(op + "_requests", count, "count");
            row(op + "_throughput", String.format(Locale.ROOT, "%.1f", count / secs), "req/s");
            if (lat.length > 0) {
                row(op + "_p50", ms(pct(lat, 0.50)), "ms");
                row(op + "_p99", ms(pct(lat, 0.99)), "ms");
                row(op + "_max", ms(lat[lat.length - 1]), "ms");
            }
        }
        long bad = 0;
        for (Phase p : List.of(warm, main)) {
            String prefix = p == main ? "" : "warmup_";
            for (String key : new TreeMap<>(Map.of(
                            "wrong_check_answers",
                            0,
                            "wrong_enterprise_answers",
                            0,
                            "http_5xx",
                            0,
                            "http_429",
                            0,
                            "http_other_non200",
                            0,
                            "timeouts",
                            0,
                            "io_errors",
                            0,
                            "search_zero_hits",
                            0))
                    .keySet()) {
                row(prefix + key, p.get(key), "count");
            }
            for (var e : new TreeMap<>(p.counts).entrySet()) {
                if (e.getKey().startsWith("graphql_error_") || e.getKey().startsWith("http_status_")) {
                    row(prefix + e.getKey(), e.getValue().sum(), "count");
                }
            }
            bad += p.get("wrong_check_answers") + p.get("wrong_enterprise_answers") + p.get("http_5xx");
        }
        row("passed", bad == 0 ? "yes" : "no", "flag");
        return bad == 0 ? 0 : 3;
    }

    static long run(
            Phase phase,
            int clients,
            int seconds,
            int[] mix,
            long seed,
            String[] pool,
            boolean[] exists,
            String[][] expected,
            List<String> fragments,
            String asOf,
            Duration timeout)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            long clientSeed = seed * 1_000_003L + c;
            threads[c] = Thread.ofVirtual().start(() -> {
                Random rnd = new Random(clientSeed);
                Lat[] lat = {new Lat(), new Lat(), new Lat()};
                while (System.nanoTime() < deadline) {
                    int p = rnd.nextInt(100);
                    Op op = p < mix[0] ? Op.check : p < mix[0] + mix[1] ? Op.search : Op.enterprise;
                    int i = rnd.nextInt(pool.length);
                    int d = rnd.nextInt(DOMAINS.length);
                    String body =
                            switch (op) {
                                case check -> checkBody(pool[i], DOMAINS[d], asOf);
                                case search ->
                                    "{\"query\":" + json(SEARCH) + ",\"variables\":{\"t\":"
                                            + json(fragments.get(rnd.nextInt(fragments.size()))) + "}}";
                                case enterprise ->
                                    "{\"query\":" + json(ENTERPRISE) + ",\"variables\":{\"u\":" + json(pool[i]) + "}}";
                            };
                    long t0 = System.nanoTime();
                    Reply r;
                    try {
                        r = send(body, timeout);
                    } catch (HttpTimeoutException e) {
                        phase.count("timeouts");
                        phase.requests.computeIfAbsent(op, k -> new LongAdder()).increment();
                        continue;
                    } catch (IOException e) {
                        phase.count("io_errors");
                        phase.example(op + ": " + e);
                        phase.requests.computeIfAbsent(op, k -> new LongAdder()).increment();
                        continue;
                    } catch (InterruptedException e) {
                        return;
                    }
                    lat[op.ordinal()].add(System.nanoTime() - t0);
                    phase.requests.computeIfAbsent(op, k -> new LongAdder()).increment();
                    classify(phase, op, r, pool[i], exists[i], expected[d][i]);
                }
                for (Op o : Op.values()) {
                    phase.latencies[o.ordinal()].add(Arrays.copyOf(lat[o.ordinal()].v, lat[o.ordinal()].n));
                }
            });
        }
        for (Thread t : threads) {
            t.join();
        }
        return System.nanoTime() - start;
    }

    static void classify(Phase phase, Op op, Reply r, String uscc, boolean exists, String expected) {
        if (r.status == 429) {
            phase.count("http_429");
            return;
        }
        if (r.status >= 500) {
            phase.count("http_5xx");
            phase.count("http_status_" + r.status);
            phase.example(op + " " + uscc + ": HTTP " + r.status + " " + abbreviate(r.body));
            return;
        }
        if (r.status != 200) {
            phase.count("http_other_non200");
            phase.count("http_status_" + r.status);
            phase.example(op + " " + uscc + ": HTTP " + r.status + " " + abbreviate(r.body));
            return;
        }
        String errors = errorsOf(r.body);
        if (errors != null) {
            Matcher c = CODE.matcher(errors);
            Set<String> codes = new LinkedHashSet<>();
            while (c.find()) {
                codes.add(c.group(1));
            }
            if (codes.isEmpty()) {
                codes.add("NONE");
            }
            for (String code : codes) {
                phase.count("graphql_error_" + code);
            }
            // A check answered with an error instead of a verdict is a wrong answer, unless rate-limited.
            if (op == Op.check && !codes.equals(Set.of("RATE_LIMITED"))) {
                phase.count("wrong_check_answers");
            }
            if (!codes.equals(Set.of("RATE_LIMITED"))) {
                phase.example(op + " " + uscc + ": errors " + abbreviate(errors));
            }
            return;
        }
        switch (op) {
            case check -> {
                Matcher v = VERDICT.matcher(r.body);
                Matcher f = FOUND.matcher(r.body);
                Matcher ver = VERSION.matcher(r.body);
                String reasons = arrayOf(r.body, "reasons");
                String got = v.find() && f.find() && ver.find() && reasons != null
                        ? signature(v.group(1), f.group(1), ver.group(1), reasons)
                        : "unparseable";
                if (!got.equals(expected)) {
                    phase.count("wrong_check_answers");
                    phase.example("check " + uscc + ": expected " + expected + ", got " + got);
                }
            }
            case search -> {
                Matcher t = TOTAL.matcher(r.body);
                if (!t.find()) {
                    phase.count("search_unparseable");
                } else if (t.group(1).equals("0")) {
                    phase.count("search_zero_hits");
                }
            }
            case enterprise -> {
                boolean isNull = r.body.replaceAll("\\s", "").contains("\"enterprise\":null");
                boolean hasCount = TOTAL.matcher(r.body).find();
                if (exists ? !hasCount : !isNull) {
                    phase.count("wrong_enterprise_answers");
                    phase.example("enterprise " + uscc + ": expected " + (exists ? "a record" : "null") + ", got "
                            + abbreviate(r.body));
                }
            }
        }
    }

    /** What a check answer must agree on: verdict, subjectFound, data version, reason codes (sorted). */
    static String signature(String verdict, String found, String version, String reasons) {
        List<String> codes = new ArrayList<>();
        Matcher c = CODE.matcher(reasons);
        while (c.find()) {
            codes.add(c.group(1));
        }
        codes.sort(null);
        return verdict + "|" + found + "|" + version + "|" + String.join("+", codes);
    }

    // ---------------------------------------------------------------- HTTP and JSON helpers

    record Reply(int status, String body) {}

    static Reply post(String body) throws IOException, InterruptedException {
        return send(body, Duration.ofSeconds(300));
    }

    static Reply send(String body, Duration timeout) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(res.statusCode(), res.body());
    }

    static String checkBody(String uscc, String domain, String asOf) {
        return "{\"query\":" + json(CHECK) + ",\"variables\":{\"s\":{\"uscc\":" + json(uscc) + "},\"d\":\"" + domain
                + "\",\"a\":\"" + asOf + "\"}}";
    }

    /** The top-level "errors" array of a response, or null when there is none. */
    static String errorsOf(String body) {
        return arrayOf(body, "errors");
    }

    /** The first JSON array under the key, brackets balanced (strings respected), or null. */
    static String arrayOf(String body, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\\[").matcher(body);
        if (!m.find()) {
            return null;
        }
        int depth = 0;
        boolean str = false;
        for (int i = m.end() - 1; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (str) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    str = false;
                }
            } else if (ch == '"') {
                str = true;
            } else if (ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ']' || ch == '}') {
                if (--depth == 0) {
                    return body.substring(m.end() - 1, i + 1);
                }
            }
        }
        return null;
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * USCC and name of every row of enterprises.csv with a well-formed USCC (first two columns;
     * quotes handled). Rows the loader rejected for other reasons stay in: they are checked too,
     * and answered "not found".
     */
    static List<String[]> readEnterprises(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine(); // header
            while ((line = in.readLine()) != null) {
                List<String> cells = new ArrayList<>(2);
                StringBuilder cell = new StringBuilder();
                boolean quoted = false;
                for (int i = 0; i < line.length() && cells.size() < 2; i++) {
                    char c = line.charAt(i);
                    if (quoted) {
                        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                            cell.append('"');
                            i++;
                        } else if (c == '"') {
                            quoted = false;
                        } else {
                            cell.append(c);
                        }
                    } else if (c == '"') {
                        quoted = true;
                    } else if (c == ',') {
                        cells.add(cell.toString());
                        cell.setLength(0);
                    } else {
                        cell.append(c);
                    }
                }
                if (cells.size() < 2) {
                    cells.add(cell.toString());
                }
                String uscc = cells.get(0).strip().toUpperCase(Locale.ROOT);
                if (uscc.length() == 18 && uscc.chars().allMatch(ch -> ALPHABET.indexOf(ch) >= 0)) {
                    rows.add(new String[] {uscc, cells.size() > 1 ? cells.get(1).strip() : ""});
                }
            }
        }
        return rows;
    }

    /** A well-formed USCC (right check character) derived from a real one by changing its organisation code. */
    static String unknownUscc(String base, Random rnd) {
        StringBuilder b = new StringBuilder(base.substring(0, 17));
        for (int i = 8; i < 16; i++) {
            b.setCharAt(i, ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(b.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return b.append(ALPHABET.charAt(check == 31 ? 0 : check)).toString();
    }

    // ---------------------------------------------------------------- small things

    /** User + system CPU of --server-pid in clock ticks (1/100 s on Linux), or -1 without one. */
    static long serverCpuTicks() {
        String pid = opts.get("server-pid");
        if (pid == null) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            log("cannot read CPU time of process " + pid + ": " + e);
            return -1;
        }
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    static long[] merge(List<long[]> parts) {
        long[] all = parts.stream().flatMapToLong(Arrays::stream).toArray();
        Arrays.sort(all);
        return all;
    }

    /** Nearest-rank percentile of sorted values. */
    static long pct(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    static String opt(String name, String dflt) {
        String v = opts.getOrDefault(name, dflt);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    static void row(String metric, Object value, String unit) {
        System.out.println(metric + "," + value + "," + unit);
        System.out.flush();
    }

    static void log(String msg) {
        System.err.println("[driver " + java.time.LocalTime.now().withNano(0) + "] " + msg);
    }

    static String abbreviate(String s) {
        s = s.replaceAll("\\s+", " ");
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
