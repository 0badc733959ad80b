package org.creditgraph.bench;

import static org.creditgraph.bench.CheckDriver.CHECKS;
import static org.creditgraph.bench.CheckDriver.CODE;
import static org.creditgraph.bench.CheckDriver.DOMAINS;
import static org.creditgraph.bench.CheckDriver.ENTRY;
import static org.creditgraph.bench.CheckDriver.FOUND;
import static org.creditgraph.bench.CheckDriver.SEARCH;
import static org.creditgraph.bench.CheckDriver.VERDICT;
import static org.creditgraph.bench.CheckDriver.VERSION;
import static org.creditgraph.bench.CheckDriver.abbreviate;
import static org.creditgraph.bench.CheckDriver.arrayOf;
import static org.creditgraph.bench.CheckDriver.checkBody;
import static org.creditgraph.bench.CheckDriver.errorsOf;
import static org.creditgraph.bench.CheckDriver.json;
import static org.creditgraph.bench.CheckDriver.log;
import static org.creditgraph.bench.CheckDriver.merge;
import static org.creditgraph.bench.CheckDriver.ms;
import static org.creditgraph.bench.CheckDriver.pct;
import static org.creditgraph.bench.CheckDriver.signature;
import static org.creditgraph.bench.CheckDriver.today;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import org.creditgraph.bench.CheckDriver.Lat;
import org.creditgraph.bench.CheckDriver.Reply;

/**
 * The abuse soak: normal callers (banks with their own API key, anonymous users each from their own
 * loopback address) check subjects and search while abusive callers send what the limits must
 * refuse (oversized search texts, aliased batches, deep queries, guessed keys, huge bodies, dates
 * out of range, Lucene syntax), closed-loop and as fast as the server answers. Every normal check
 * is compared with the answer taken before the load; any HTTP 5xx from anyone fails the run.
 *
 * <p>Loopback addresses 127.0.1.N (normal) and 127.0.2.N (abusive) stand in for distinct client
 * IPs: Linux routes all of 127/8 to the loopback interface, and the server limits per address.
 */
public final class Soak {

    enum Abuse {
        LONG_SEARCH,
        ALIASED_BATCHES,
        ALIASED_CHECKS,
        DEEP_QUERY,
        GUESSED_KEY,
        HUGE_BODY,
        DATE_OUT_OF_RANGE,
        LUCENE_SYNTAX,
        WIDE_PAGES
    }

    private final URI url;
    private final Map<String, String> opts;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final List<long[]> normalCheckLatencies = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<long[]> normalSearchLatencies = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<long[]> abusiveLatencies = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> examples = java.util.Collections.synchronizedList(new ArrayList<>());

    private Soak(Map<String, String> opts) {
        this.opts = opts;
        this.url = URI.create(opts.getOrDefault("url", "http://127.0.0.1:18080/graphql"));
    }

    public static void run(Map<String, String> opts) throws Exception {
        System.exit(new Soak(opts).soak());
    }

    private int soak() throws Exception {
        int clients = Integer.parseInt(opts.getOrDefault("clients", "200"));
        int seconds = Integer.parseInt(opts.getOrDefault("duration", "60"));
        int abusivePercent = Integer.parseInt(opts.getOrDefault("abusive-percent", "40"));
        int pause = Integer.parseInt(opts.getOrDefault("normal-pause-ms", "1000"));
        List<String> keys = Files.readAllLines(Path.of(Measure.required(opts, "keys")));
        List<String[]> enterprises = CheckDriver.readEnterprises(Path.of(Measure.required(opts, "enterprises")));
        int abusive = clients * abusivePercent / 100;
        int normal = clients - abusive;
        if (keys.size() < normal / 2 + 1) {
            throw new IllegalArgumentException("need " + (normal / 2 + 1) + " keys in --keys, got " + keys.size());
        }
        String asOf = today();
        Random rnd = new Random(7);
        String[] pool = new String[Integer.parseInt(opts.getOrDefault("pool", "500"))];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = enterprises.get(rnd.nextInt(enterprises.size()))[0];
        }
        // Expected answers per caller kind: a check may differ by role (D6 windows), so each kind
        // takes its own, before the load, from a loopback address nobody else uses.
        HttpClient expectations = client(InetAddress.getByName("127.0.3.1"));
        String[][] anonymousExpected = expect(expectations, null, pool, asOf);
        String[][] bankExpected = expect(expectations, keys.getFirst(), pool, asOf);
        log("expectations taken for " + pool.length + " subjects x " + DOMAINS.length + " domains x 2 caller kinds");

        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < normal; c++) {
            boolean bank = c % 2 == 0;
            String key = bank ? keys.get(1 + c / 2) : null;
            HttpClient http = client(InetAddress.getByName("127.0.1." + (1 + c % 250)));
            long seed = 1000L + c;
            threads.add(Thread.ofVirtual()
                    .start(() -> normal(
                            http, key, bank ? bankExpected : anonymousExpected, pool, asOf, pause, seed, deadline)));
        }
        for (int c = 0; c < abusive; c++) {
            // Half of the abusers share one address (a single attacker's many connections), half
            // have one each (a botnet); one in four holds a valid key.
            String address = c % 2 == 0 ? "127.0.2.1" : "127.0.2." + (2 + c % 250);
            String key = c % 4 == 3 ? keys.get(keys.size() - 1) : null;
            HttpClient http = client(InetAddress.getByName(address));
            long seed = 2000L + c;
            threads.add(Thread.ofVirtual().start(() -> abusive(http, key, pool, asOf, seed, deadline)));
        }
        long start = System.nanoTime();
        for (Thread t : threads) {
            t.join();
        }
        double secs = (System.nanoTime() - start) / 1e9;

        row(
                "clients",
                clients,
                "clients",
                normal + " normal (half banks with own keys, half anonymous from own addresses), " + abusive
                        + " abusive");
        row("duration", String.format(Locale.ROOT, "%.1f", secs), "s", "");
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            row(
                    "client_cpu",
                    String.format(Locale.ROOT, "%.1f", os.getProcessCpuTime() / 1e9),
                    "s",
                    "CPU time of this load generator (same machine as the server), set-up included");
        }
        row("normal_pause", pause, "ms", "think time of a normal caller between requests");
        for (var e : new TreeMap<>(counts).entrySet()) {
            row(e.getKey(), e.getValue().sum(), "count", "");
        }
        report("normal_check", normalCheckLatencies, secs);
        report("normal_search", normalSearchLatencies, secs);
        report("abusive", abusiveLatencies, secs);
        long failures =
                get("normal_wrong_answers") + get("http_5xx") + get("normal_rate_limited") + get("normal_io_errors");
        row(
                "passed",
                failures == 0 ? "yes" : "no",
                "flag",
                "normal answers all right, no 5xx, no normal caller limited");
        examples.forEach(e -> log("example: " + e));
        return failures == 0 ? 0 : 3;
    }

    private void normal(
            HttpClient http,
            String key,
            String[][] expected,
            String[] pool,
            String asOf,
            int pause,
            long seed,
            long deadline) {
        Random rnd = new Random(seed);
        Lat checks = new Lat();
        Lat searches = new Lat();
        String kind = key == null ? "anonymous" : "bank";
        while (System.nanoTime() < deadline) {
            int i = rnd.nextInt(pool.length);
            int d = rnd.nextInt(DOMAINS.length);
            boolean check = rnd.nextInt(10) < 8;
            String body = check
                    ? checkBody(pool[i], DOMAINS[d], asOf)
                    : "{\"query\":" + json(SEARCH) + ",\"variables\":{\"t\":" + json(pool[i].substring(2, 8)) + "}}";
            long t0 = System.nanoTime();
            Reply r = send(http, key, body);
            long took = System.nanoTime() - t0;
            count("normal_requests");
            if (r == null) {
                count("normal_io_errors");
            } else if (r.status() >= 500) {
                count("http_5xx");
                example(kind + " normal: HTTP " + r.status() + " " + abbreviate(r.body()));
            } else if (r.status() == 429) {
                count("normal_rate_limited");
            } else if (r.status() != 200 || errorsOf(r.body()) != null) {
                count("normal_wrong_answers");
                example(kind + " normal: HTTP " + r.status() + " " + abbreviate(r.body()));
            } else if (check) {
                checks.add(took);
                Matcher v = VERDICT.matcher(r.body());
                Matcher f = FOUND.matcher(r.body());
                Matcher ver = VERSION.matcher(r.body());
                String reasons = arrayOf(r.body(), "reasons");
                String got = v.find() && f.find() && ver.find() && reasons != null
                        ? signature(v.group(1), f.group(1), ver.group(1), reasons)
                        : "unparseable";
                count("normal_checks_answered");
                if (!got.equals(expected[d][i])) {
                    count("normal_wrong_answers");
                    example(kind + " check " + pool[i] + ": expected " + expected[d][i] + ", got " + got);
                }
            } else {
                searches.add(took);
                count("normal_searches_answered");
            }
            sleep(pause / 2 + rnd.nextInt(pause + 1));
        }
        normalCheckLatencies.add(Arrays.copyOf(checks.v, checks.n));
        normalSearchLatencies.add(Arrays.copyOf(searches.v, searches.n));
    }

    private void abusive(HttpClient http, String key, String[] pool, String asOf, long seed, long deadline) {
        Random rnd = new Random(seed);
        Lat lat = new Lat();
        while (System.nanoTime() < deadline) {
            Abuse abuse = Abuse.values()[rnd.nextInt(Abuse.values().length)];
            String presented = abuse == Abuse.GUESSED_KEY ? "guess-" + Long.toHexString(rnd.nextLong()) : key;
            long t0 = System.nanoTime();
            Reply r = send(http, presented, body(abuse, pool, asOf, rnd));
            lat.add(System.nanoTime() - t0);
            count("abusive_requests");
            if (r == null) {
                count("abusive_io_errors");
                continue;
            }
            String outcome = "http_" + r.status();
            String errors = r.status() == 200 ? errorsOf(r.body()) : r.body();
            Matcher c = CODE.matcher(errors == null ? "" : errors);
            if (c.find()) {
                outcome += "_" + c.group(1);
            }
            count("abusive_" + abuse.name().toLowerCase(Locale.ROOT) + "_" + outcome.toLowerCase(Locale.ROOT));
            if (r.status() >= 500) {
                count("http_5xx");
                example("abusive " + abuse + ": HTTP " + r.status() + " " + abbreviate(r.body()));
            }
        }
        abusiveLatencies.add(Arrays.copyOf(lat.v, lat.n));
    }

    /**
     * The abusive request bodies that do not vary are built once: an attacker's CPU is not the
     * server's, and rebuilding a 5 MiB body per request on the same two cores measured the load
     * generator rather than the server.
     */
    private final Map<Abuse, String> fixedBodies = new ConcurrentHashMap<>();

    private String body(Abuse abuse, String[] pool, String asOf, Random rnd) {
        return switch (abuse) {
            case GUESSED_KEY, DATE_OUT_OF_RANGE, LUCENE_SYNTAX -> abuseBody(abuse, pool, asOf, rnd);
            default -> fixedBodies.computeIfAbsent(abuse, a -> abuseBody(a, pool, asOf, rnd));
        };
    }

    private static String abuseBody(Abuse abuse, String[] pool, String asOf, Random rnd) {
        return switch (abuse) {
            case LONG_SEARCH -> request(SEARCH, "{\"t\":" + json("有限公司".repeat(25_000)) + "}");
            case ALIASED_BATCHES -> {
                StringBuilder q = new StringBuilder("query($s:[SubjectRef!]!){");
                for (int a = 0; a < 10; a++) {
                    q.append("a").append(a).append(":sanctionChecks(subjects:$s,domain:FINANCING){verdict}");
                }
                StringBuilder s = new StringBuilder("{\"s\":[");
                for (int i = 0; i < 10_000; i++) {
                    s.append(i == 0 ? "" : ",")
                            .append("{\"uscc\":\"")
                            .append(pool[i % pool.length])
                            .append("\"}");
                }
                yield request(q.append('}').toString(), s.append("]}").toString());
            }
            case ALIASED_CHECKS -> {
                StringBuilder q = new StringBuilder("{");
                for (int a = 0; a < 900; a++) {
                    q.append("a")
                            .append(a)
                            .append(":sanctionCheck(subject:{uscc:\"")
                            .append(pool[a % pool.length])
                            .append("\"},domain:FINANCING){verdict}");
                }
                yield request(q.append('}').toString(), "{}");
            }
            case DEEP_QUERY ->
                request("{" + "__schema{types{fields{type{".repeat(8) + "name" + "}}}}".repeat(8) + "}", "{}");
            case GUESSED_KEY -> checkBody(pool[rnd.nextInt(pool.length)], "FINANCING", asOf);
            case HUGE_BODY -> request(SEARCH, "{\"t\":" + json("x".repeat(5 * 1024 * 1024)) + "}");
            case DATE_OUT_OF_RANGE -> checkBody(pool[rnd.nextInt(pool.length)], "FINANCING", "-999999999-01-01");
            case LUCENE_SYNTAX ->
                request(
                        SEARCH,
                        "{\"t\":"
                                + json(List.of("\"", "*", "a~", "((", "\\", "AND OR NOT", "[a TO", "+-&&||!^?:/")
                                                .get(rnd.nextInt(8))
                                        + " 有限 ".repeat(rnd.nextInt(3000)))
                                + "}");
            case WIDE_PAGES -> request("{search(text:\"公司\",first:100){totalCount edges{node{id name}}}}", "{}");
        };
    }

    private String[][] expect(HttpClient http, String key, String[] pool, String asOf) throws Exception {
        String[][] expected = new String[DOMAINS.length][pool.length];
        int batch = 100;
        for (int d = 0; d < DOMAINS.length; d++) {
            for (int from = 0; from < pool.length; from += batch) {
                int to = Math.min(pool.length, from + batch);
                StringBuilder s = new StringBuilder("{\"d\":\"" + DOMAINS[d] + "\",\"a\":\"" + asOf + "\",\"s\":[");
                for (int i = from; i < to; i++) {
                    s.append(i == from ? "" : ",")
                            .append("{\"uscc\":")
                            .append(json(pool[i]))
                            .append('}');
                }
                Reply r = send(http, key, request(CHECKS, s.append("]}").toString()));
                if (r == null || r.status() != 200 || errorsOf(r.body()) != null) {
                    throw new IllegalStateException("expectation batch failed: "
                            + (r == null ? "no answer" : "HTTP " + r.status() + " " + abbreviate(r.body())));
                }
                Matcher v = VERSION.matcher(r.body());
                String version = v.find() ? v.group(1) : "";
                Matcher m = ENTRY.matcher(r.body());
                for (int i = from; i < to; i++) {
                    if (!m.find()) {
                        throw new IllegalStateException("expectation batch: too few answers");
                    }
                    expected[d][i] = signature(m.group(1), m.group(2), version, m.group(5));
                }
                sleep(100);
            }
        }
        return expected;
    }

    private static String request(String query, String variables) {
        return "{\"query\":" + json(query) + ",\"variables\":" + variables + "}";
    }

    private static HttpClient client(InetAddress local) {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .localAddress(local)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    private Reply send(HttpClient http, String key, String body) {
        HttpRequest.Builder req = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .header("Accept", "application/graphql-response+json, application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (key != null) {
            req.header("X-API-Key", key);
        }
        try {
            HttpResponse<String> res =
                    http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(res.statusCode(), res.body());
        } catch (IOException e) {
            example("I/O: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void report(String name, List<long[]> parts, double secs) {
        long[] lat = merge(parts);
        row(name + "_answered", lat.length, "count", "");
        row(name + "_throughput", String.format(Locale.ROOT, "%.1f", lat.length / secs), "req/s", "");
        if (lat.length > 0) {
            row(name + "_p50", ms(pct(lat, 0.50)), "ms", "");
            row(name + "_p99", ms(pct(lat, 0.99)), "ms", "");
            row(name + "_max", ms(lat[lat.length - 1]), "ms", "");
        }
    }

    private void count(String key) {
        counts.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private long get(String key) {
        LongAdder a = counts.get(key);
        return a == null ? 0 : a.sum();
    }

    private void example(String text) {
        if (examples.size() < 20) {
            examples.add(text);
        }
    }

    private static void row(String figure, Object value, String unit, String note) {
        System.out.println(figure + "," + value + "," + unit + "," + note);
        System.out.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
