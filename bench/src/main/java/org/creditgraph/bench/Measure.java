package org.creditgraph.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.store.CheckEvidenceStore;
import org.creditgraph.model.store.Graph;
import org.creditgraph.model.store.PageRequest;
import org.creditgraph.model.store.SubjectSearch;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The API figures of one run, each beside its baseline measured in the same process against the
 * same database: the API over HTTP on loopback vs the same evidence fetch (or search) through the
 * Java driver over Bolt, using the graph-model store classes the API itself uses.
 */
final class Measure {

    static final String CHECK =
            "query($s:SubjectRef!,$d:SanctionDomain!,$a:Date){sanctionCheck(subject:$s,domain:$d,asOf:$a)"
                    + "{verdict subjectFound dataVersion reasons{code}}}";
    static final String CHECKS =
            "query($s:[SubjectRef!]!,$d:SanctionDomain!,$a:Date){sanctionChecks(subjects:$s,domain:$d,asOf:$a)"
                    + "{verdict subjectFound subject{id} reasons{code}}}";
    static final String SEARCH = "query($t:String!){search(text:$t,first:20){edges{node{id name}}}}";
    /** The enterprise page: the record with its penalties, listings, roles and investors in one request. */
    static final String PAGE =
            "query($u:String!){enterprise(uscc:$u){uscc name formerNames regionCode industryCode status foundedOn"
                    + " penalties(first:20){totalCount edges{node{decisionNumber decidedOn types fineAmountYuan status authority{name}}}}"
                    + " listings(first:20){totalCount edges{node{key list listedOn expiresOn removedOn basis}}}"
                    + " roles{role from to person{id name}} investors{sharePercent from investor{id name}}}}";
    /** The page's baseline: one Cypher query fetching the same nested data. */
    static final String PAGE_CYPHER =
            "MATCH (e:Enterprise {uscc: $u}) RETURN e {.uscc, .name, .formerNames, .regionCode,"
                    + " .industryCode, .status, .foundedOn,"
                    + " penalties: COLLECT { MATCH (p:Penalty)-[:AGAINST]->(e) MATCH (p)-[:ISSUED_BY]->(a:Authority)"
                    + "   RETURN p {.decisionNumber, .decidedOn, .types, .fineYuan, .status, authority: a.name}"
                    + "   ORDER BY p.decidedOn DESC LIMIT 20 },"
                    + " penaltyCount: COUNT { (:Penalty)-[:AGAINST]->(e) },"
                    + " listings: [(l:Listing)-[:OF]->(e) | l {.key, .list, .listedOn, .expiresOn, .removedOn}],"
                    + " roles: [(p:Person)-[r:HOLDS_ROLE]->(e) | {role: r.role, from: r.from, to: r.to, id: p.id, name: p.name}],"
                    + " investors: [(i)-[r:INVESTS_IN]->(e) | {share: r.sharePercent, from: r.from, id: coalesce(i.uscc, i.id),"
                    + "   name: i.name}]} AS page";

    /**
     * The journalist's three hops: listings, their subjects, each subject's penalties and each
     * penalty's authority, {@code $n} nodes per level, without totalCount.
     */
    static final String WALK = "query($n:Int){listings(first:$n){edges{node{key list listedOn"
            + " subject{... on Enterprise{uscc name penalties(first:$n){edges{node{decisionNumber decidedOn"
            + " authority{uscc name}}}}}}}}}}";
    /** The walk's baseline: one hand-written Cypher query fetching the same nested data. */
    static final String WALK_CYPHER = "MATCH (l:Listing) WITH l ORDER BY l.listedOn DESC, l.key DESC LIMIT $n"
            + " OPTIONAL MATCH (l)-[:OF]->(e:Enterprise)"
            + " RETURN l {.key, .list, .listedOn, subject: CASE WHEN e IS NULL THEN null ELSE e {.uscc, .name,"
            + "   penalties: COLLECT { MATCH (p:Penalty)-[:AGAINST]->(e) OPTIONAL MATCH (p)-[:ISSUED_BY]->(a:Authority)"
            + "     RETURN p {.decisionNumber, .decidedOn, authority: a {.uscc, .name}}"
            + "     ORDER BY p.decidedOn DESC, p.key DESC LIMIT $n }} END} AS listing";

    static final int BATCH = 10_000;
    static final int EXPOSURE_DEPTH = 2;

    private Measure() {}

    static void run(Map<String, String> opts) throws Exception {
        URI url = URI.create(opts.getOrDefault("url", "http://127.0.0.1:18080/graphql"));
        String bolt = opts.getOrDefault("bolt", "bolt://127.0.0.1:17687");
        Path in = Path.of(required(opts, "in"));
        Duration phase = Duration.ofSeconds(Long.parseLong(opts.getOrDefault("seconds", "20")));
        long pid = Long.parseLong(required(opts, "server-pid"));
        Results results = new Results(Path.of(required(opts, "out")));
        String[] usccs = CheckDriver.readEnterprises(in.resolve("enterprises.csv")).stream()
                .map(e -> e[0])
                .toArray(String[]::new);
        List<String> names = CheckDriver.readEnterprises(in.resolve("enterprises.csv")).stream()
                .map(e -> e[1])
                .toList();
        LocalDate asOf = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        GraphQlHttp api = new GraphQlHttp(url);
        Config config = Config.builder().withMaxConnectionPoolSize(128).build();
        try (Driver driver = GraphDatabase.driver(bolt, AuthTokens.none(), config);
                ServerProcess server = new ServerProcess(pid)) {
            Graph graph = new Graph(driver);
            CheckEvidenceStore evidence = new CheckEvidenceStore(graph);

            ClosedLoop.Request apiCheck = random -> api.post(
                            CHECK,
                            "{\"s\":{\"uscc\":" + GraphQlHttp.string(usccs[random.nextInt(usccs.length)]) + "},\"d\":\""
                                    + CheckDriver.DOMAINS[random.nextInt(CheckDriver.DOMAINS.length)] + "\",\"a\":\""
                                    + asOf + "\"}")
                    .contains("\"verdict\"");
            ClosedLoop.Request rawCheck = random -> {
                String uscc = usccs[random.nextInt(usccs.length)];
                return evidence.enterprises(List.of(uscc), asOf, EXPOSURE_DEPTH).containsKey(uscc);
            };
            log("warm-up: checks through the API and through the driver, 8 clients, " + phase.toSeconds() + " s each");
            ClosedLoop.forDuration(8, phase, 1, apiCheck);
            ClosedLoop.forDuration(8, phase, 2, rawCheck);
            for (int clients : new int[] {8, 64}) {
                log("sanctionCheck at " + clients + " clients: API, then raw Cypher");
                long cpu0 = server.cpuMillis();
                ClosedLoop.Stats viaApi = ClosedLoop.forDuration(clients, phase, 10 + clients, apiCheck);
                long cpu = server.cpuMillis() - cpu0;
                ClosedLoop.Stats viaDriver = ClosedLoop.forDuration(clients, phase, 20 + clients, rawCheck);
                String note = clients + " clients; " + viaApi.count() + " API checks (" + viaApi.errors()
                        + " errors) vs " + viaDriver.count() + " evidence fetches over Bolt (" + viaDriver.errors()
                        + " errors); load " + loadAverage();
                results.add("check_p50_" + clients, viaApi.p50Ms(), viaDriver.p50Ms(), "ms", note);
                results.add("check_p99_" + clients, viaApi.p99Ms(), viaDriver.p99Ms(), "ms", note);
                results.add("check_throughput_" + clients, viaApi.perSecond(), viaDriver.perSecond(), "req/s", note);
                // What a check costs the server whatever else runs on the machine.
                results.add(
                        "check_server_cpu_" + clients,
                        (double) cpu / Math.max(1, viaApi.count()),
                        null,
                        "ms/check",
                        "user + system CPU of serve during the API phase per answered check");
            }

            batch(results, api, evidence, usccs, asOf, phase);
            page(results, api, graph, new QueryCounter(driver), in, phase);
            walk(results, api, graph, new QueryCounter(driver), phase);
            search(results, api, new SubjectSearch(graph), names, phase);
            results.add(
                    "serve_heap_used_max",
                    server.maxHeapUsedMb(),
                    null,
                    "MiB",
                    "jcmd GC.heap_info every 0.5 s during all API phases");
            results.add("serve_rss_max", server.maxRssMb(), null, "MiB", "VmRSS every 0.5 s during all API phases");
        }
    }

    private static void batch(
            Results results,
            GraphQlHttp api,
            CheckEvidenceStore evidence,
            String[] usccs,
            LocalDate asOf,
            Duration phase)
            throws Exception {
        Set<String> distinct = new LinkedHashSet<>();
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; distinct.size() < Math.min(BATCH, usccs.length) && i < 50 * BATCH; i++) {
            distinct.add(usccs[random.nextInt(usccs.length)]);
        }
        List<String> subjects = new ArrayList<>(distinct);
        while (subjects.size() < BATCH) {
            subjects.add(usccs[random.nextInt(usccs.length)]);
        }
        String variables = batchVariables(subjects, asOf);
        long best = Long.MAX_VALUE;
        String problem = "";
        try {
            log("sanctionChecks: warm-up with 1,000 subjects (and 10,000 when that was quick), then up to 3 timed");
            long w0 = System.nanoTime();
            api.post(CHECKS, batchVariables(subjects.subList(0, 1_000), asOf));
            if (System.nanoTime() - w0 < 5_000_000_000L) {
                api.post(CHECKS, variables);
            }
            for (int run = 0; run < 3 && best > 30_000_000_000L / (run + 1); run++) {
                long t0 = System.nanoTime();
                String body = api.post(CHECKS, variables);
                best = Math.min(best, System.nanoTime() - t0);
                int answers = body.split("\"verdict\"", -1).length - 1;
                if (answers != BATCH) {
                    throw new IllegalStateException("sanctionChecks answered " + answers + " of " + BATCH);
                }
            }
        } catch (Exception e) {
            problem = "FAILED: " + CheckDriver.abbreviate(String.valueOf(e.getMessage())) + "; ";
            log("sanctionChecks " + problem);
        }
        // Bounded: on a starved machine 10,000 single checks can take most of an hour.
        Duration limit = phase.multipliedBy(3);
        log("up to 10,000 single checks through the API, 8 clients, at most " + limit.toSeconds() + " s");
        String[] pool = subjects.toArray(String[]::new);
        ClosedLoop.Stats singles = ClosedLoop.forCount(8, BATCH, limit, 5, r -> api.post(
                        CHECK,
                        "{\"s\":{\"uscc\":" + GraphQlHttp.string(pool[r.nextInt(pool.length)])
                                + "},\"d\":\"FINANCING\",\"a\":\"" + asOf + "\"}")
                .contains("\"verdict\""));
        double singlesMs = singles.count() >= BATCH ? singles.seconds() * 1000 : BATCH / singles.perSecond() * 1000;
        String singlesHow = singles.count() >= BATCH
                ? "10,000 sanctionCheck requests at 8 clients"
                : "10,000 sanctionCheck requests at 8 clients extrapolated from " + singles.count() + " in "
                        + Math.round(singles.seconds()) + " s";
        results.add(
                "batch_10000",
                best == Long.MAX_VALUE ? Double.NaN : best / 1e6,
                singlesMs,
                "ms",
                problem + "sanctionChecks of 10,000 USCCs (FINANCING; best of up to 3) vs " + singlesHow + " ("
                        + singles.errors() + " errors); load " + loadAverage());
        if (best == Long.MAX_VALUE) {
            return;
        }
        long t0 = System.nanoTime();
        evidence.enterprises(subjects, asOf, EXPOSURE_DEPTH);
        results.add(
                "batch_10000_evidence_fetch",
                (System.nanoTime() - t0) / 1e6,
                best / 1e6,
                "ms",
                "the batch's evidence query alone through the driver vs the whole API batch");
    }

    private static String batchVariables(List<String> subjects, LocalDate asOf) {
        StringBuilder b = new StringBuilder(subjects.size() * 32)
                .append("{\"d\":\"FINANCING\",\"a\":\"")
                .append(asOf)
                .append("\",\"s\":[");
        for (int i = 0; i < subjects.size(); i++) {
            b.append(i == 0 ? "" : ",")
                    .append("{\"uscc\":")
                    .append(GraphQlHttp.string(subjects.get(i)))
                    .append('}');
        }
        return b.append("]}").toString();
    }

    private static void page(
            Results results, GraphQlHttp api, Graph graph, QueryCounter counter, Path in, Duration phase)
            throws Exception {
        Set<String> enterprises =
                new java.util.HashSet<>(List.of(CheckDriver.readEnterprises(in.resolve("enterprises.csv")).stream()
                        .map(e -> e[0])
                        .toArray(String[]::new)));
        List<String> busiest = busiestParties(in.resolve("penalties.csv"), enterprises, 200);
        String quiet = CheckDriver.readEnterprises(in.resolve("enterprises.csv")).stream()
                .map(e -> e[0])
                .filter(u -> !busiest.contains(u))
                .findFirst()
                .orElseThrow();
        String[] pool = busiest.toArray(String[]::new);
        ClosedLoop.Request viaApi =
                r -> api.post(PAGE, "{\"u\":" + GraphQlHttp.string(pool[r.nextInt(pool.length)]) + "}")
                        .contains("\"uscc\"");
        ClosedLoop.Request viaDriver = r -> !graph.read(PAGE_CYPHER, Map.of("u", pool[r.nextInt(pool.length)]))
                .isEmpty();
        log("enterprise page over the 200 enterprises with most penalties, 1 client");
        ClosedLoop.forDuration(1, phase.dividedBy(2), 30, viaApi);
        ClosedLoop.forDuration(1, phase.dividedBy(2), 31, viaDriver);
        ClosedLoop.Stats a = ClosedLoop.forDuration(1, phase, 32, viaApi);
        ClosedLoop.Stats d = ClosedLoop.forDuration(1, phase, 33, viaDriver);
        String note = "1 client; 200 enterprises with most penalties; " + a.count() + " pages (" + a.errors()
                + " errors) vs one nested Cypher query; load " + loadAverage();
        results.add("page_p50", a.p50Ms(), d.p50Ms(), "ms", note);
        results.add("page_p99", a.p99Ms(), d.p99Ms(), "ms", note);
        long rich = counter.count(() -> api.post(PAGE, "{\"u\":" + GraphQlHttp.string(pool[0]) + "}"));
        long plain = counter.count(() -> api.post(PAGE, "{\"u\":" + GraphQlHttp.string(quiet) + "}"));
        results.add(
                "page_db_queries",
                rich,
                (double) plain,
                "queries",
                "db.stats.collect('QUERIES') around one page request: the enterprise with most penalties vs one with none");
    }

    /** Issue "walkable graph": the three-hop journalist query beside one Cypher query, and its query count. */
    private static void walk(Results results, GraphQlHttp api, Graph graph, QueryCounter counter, Duration phase)
            throws Exception {
        ClosedLoop.Request viaApi = r -> {
            String body = api.post(WALK, "{\"n\":20}");
            return body.contains("\"listings\"") && !body.contains("\"errors\"");
        };
        ClosedLoop.Request viaDriver =
                r -> !graph.read(WALK_CYPHER, Map.of("n", 20)).isEmpty();
        log("three-hop walk listing -> subject -> penalties -> authority, 20 per level, 1 client");
        ClosedLoop.forDuration(1, phase.dividedBy(2), 50, viaApi);
        ClosedLoop.forDuration(1, phase.dividedBy(2), 51, viaDriver);
        ClosedLoop.Stats a = ClosedLoop.forDuration(1, phase, 52, viaApi);
        ClosedLoop.Stats d = ClosedLoop.forDuration(1, phase, 53, viaDriver);
        String note = "1 client; listings(first:20) -> subject -> penalties(first:20) -> authority as PUBLIC; "
                + a.count() + " walks (" + a.errors() + " errors) vs one nested Cypher query; load " + loadAverage();
        results.add("walk_p50", a.p50Ms(), d.p50Ms(), "ms", note);
        results.add("walk_p99", a.p99Ms(), d.p99Ms(), "ms", note);
        long wide = counter.count(() -> api.post(WALK, "{\"n\":20}"));
        long narrow = counter.count(() -> api.post(WALK, "{\"n\":2}"));
        results.add(
                "walk_db_queries",
                wide,
                (double) narrow,
                "queries",
                "db.stats.collect('QUERIES') around one walk: 20 per level vs 2 per level (equal when batch-loaded)");
    }

    /** USCCs of the enterprises with most penalties (third column of penalties.csv). */
    private static List<String> busiestParties(Path penalties, Set<String> enterprises, int n) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(penalties)) {
            boolean header = true;
            for (CsvRecord row : csv) {
                if (header) {
                    header = false;
                } else if (row.getFieldCount() > 2
                        && enterprises.contains(row.getField(2).strip())) {
                    counts.merge(row.getField(2).strip(), 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static void search(
            Results results, GraphQlHttp api, SubjectSearch search, List<String> names, Duration phase)
            throws Exception {
        java.util.Random random = new java.util.Random(17);
        List<String> fragments = new ArrayList<>();
        for (int i = 0; i < 5_000 && !names.isEmpty(); i++) {
            String name = names.get(random.nextInt(names.size()));
            String core = name.replaceAll("(股份有限公司|有限责任公司|有限公司|集团|公司)+$", "");
            if (core.length() < 2) {
                continue;
            }
            int len = Math.min(core.length(), 2 + random.nextInt(3));
            int from = random.nextInt(core.length() - len + 1);
            fragments.add(core.substring(from, from + len));
        }
        String[] pool = fragments.toArray(String[]::new);
        ClosedLoop.Request viaApi =
                r -> api.post(SEARCH, "{\"t\":" + GraphQlHttp.string(pool[r.nextInt(pool.length)]) + "}")
                        .contains("\"edges\"");
        ClosedLoop.Request viaDriver = r -> {
            search.search(pool[r.nextInt(pool.length)], PageRequest.of(20, null), Viewer.PUBLIC);
            return true;
        };
        log("search over 2-4 character name fragments, 1 client");
        ClosedLoop.forDuration(1, phase.dividedBy(2), 40, viaApi);
        ClosedLoop.forDuration(1, phase.dividedBy(2), 41, viaDriver);
        ClosedLoop.Stats a = ClosedLoop.forDuration(1, phase, 42, viaApi);
        ClosedLoop.Stats d = ClosedLoop.forDuration(1, phase, 43, viaDriver);
        String note = "1 client; 2-4 character name fragments; first 20; " + a.count() + " searches (" + a.errors()
                + " errors) vs SubjectSearch through the driver; load " + loadAverage();
        results.add("search_p50", a.p50Ms(), d.p50Ms(), "ms", note);
        results.add("search_p99", a.p99Ms(), d.p99Ms(), "ms", note);
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static String required(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    static void log(String message) {
        System.err.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + message);
    }
}
