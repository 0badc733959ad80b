package org.creditgraph.api.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.creditgraph.api.limits.LimitsProperties;
import org.creditgraph.api.receipt.ReceiptIssuer;
import org.creditgraph.api.receipt.ReceiptKeyFile;
import org.creditgraph.api.receipt.ReceiptSigner;
import org.creditgraph.api.resilience.DatabaseGuard;
import org.creditgraph.api.resilience.ResilienceProperties;
import org.creditgraph.embedded.EmbeddedNeo4j;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.Uscc;
import org.creditgraph.model.store.AuditStore;
import org.creditgraph.model.store.CheckEvidenceStore;
import org.creditgraph.model.store.Graph;
import org.creditgraph.model.store.PageRequest;
import org.creditgraph.model.store.SubjectResolver;
import org.creditgraph.model.store.SubjectSearch;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * Issue 8 in-process comparison (not a test: surefire does not pick up *Bench). Opens a loaded
 * bench data dir ({@code -Dbench.dir}, a copy of {@code bench/bench-server.sh}'s {@code db-seedN};
 * it takes the store lock) and times, sequentially after a warm-up, in one process: the evidence
 * query alone (the floor for this stack), a public and an agency {@code sanctionCheck}, a
 * 10,000-subject batch, and {@code search}; plus the database queries each makes. Run:
 * {@code ./mvnw -o -q -pl api -am test -Dtest=CheckPathBench -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbench.dir=/tmp/perf-100k/db -Dbench.enterprises=/tmp/bench-100k/in-seed42/enterprises.csv}.
 */
class CheckPathBench {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);

    @Test
    void checkPath() throws Exception {
        Path dir = Path.of(System.getProperty("bench.dir", "/tmp/perf-100k/db"));
        Path csv = Path.of(System.getProperty("bench.enterprises", "/tmp/bench-100k/in-seed42/enterprises.csv"));
        int n = Integer.getInteger("bench.n", 1000);
        List<String> all = new ArrayList<>(Files.readAllLines(csv).stream()
                .skip(1)
                .map(l -> l.split(",", -1)[0])
                .filter(u -> Uscc.check(u).wellFormed())
                .toList());
        Collections.shuffle(all, new Random(42));
        // 10,000 subjects: the batch, and the pool single checks draw from (warmed: CPU, not disk)
        List<String> usccs = all.subList(0, 10_000);
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4j.Options(dir, "127.0.0.1", 0, "1g"));
                Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            DatabaseGuard guard = new DatabaseGuard(defaults("creditgraph.resilience", ResilienceProperties.class));
            // no query timeouts: on the shared machine a query can take longer than the 10 s default
            Graph graph = new Graph(driver);
            Path keys = Files.createTempDirectory("check-bench");
            CheckEvidenceStore evidence = new CheckEvidenceStore(graph);
            CheckService checks = new CheckService(
                    new SubjectResolver(graph),
                    evidence,
                    PersonIdentity.fromEnvironmentOr(dir),
                    new ReceiptIssuer(new ReceiptSigner(ReceiptKeyFile.loadOrCreate(keys)), new AuditStore(graph)),
                    2,
                    defaults("creditgraph.limits", LimitsProperties.class),
                    guard);
            SubjectSearch search = new SubjectSearch(graph);
            Viewer agency = new Viewer(Viewer.Role.AGENCY, EnumSet.noneOf(SanctionDomain.class), "bench");
            Random random = new Random(7);
            Supplier<String> any = () -> usccs.get(random.nextInt(usccs.size()));
            CheckEvidenceStore unguarded = new CheckEvidenceStore(graph);
            for (int i = 0; i < usccs.size(); i += 2000) {
                unguarded.enterprises(usccs.subList(i, Math.min(usccs.size(), i + 2000)), AS_OF, 2);
            }

            time("evidence query alone", n, graph, () -> evidence.enterprises(List.of(any.get()), AS_OF, 2));
            time(
                    "sanctionCheck PUBLIC",
                    n,
                    graph,
                    () -> checks.check(
                            List.of(ref(any.get())), SanctionDomain.FINANCING, AS_OF, Viewer.PUBLIC, w -> {}));
            time(
                    "sanctionCheck AGENCY",
                    n,
                    graph,
                    () -> checks.check(List.of(ref(any.get())), SanctionDomain.FINANCING, AS_OF, agency, w -> {}));
            List<SubjectRefInput> batch = new ArrayList<>();
            usccs.forEach(u -> batch.add(ref(u)));
            time(
                    "sanctionChecks 10000 PUBLIC",
                    3,
                    graph,
                    () -> checks.check(batch, SanctionDomain.FINANCING, AS_OF, Viewer.PUBLIC, w -> {}));
            time(
                    "sanctionChecks 10000 AGENCY",
                    3,
                    graph,
                    () -> checks.check(batch, SanctionDomain.FINANCING, AS_OF, agency, w -> {}));
            plans(driver, usccs.get(0));
            String[] words = {"矿业", "建设", "化学", "兰州佳博", "深圳同利建设有限公司", "有限公司"};
            for (String word : words) {
                time("search " + word, 50, graph, () -> search.search(word, PageRequest.of(10, null), Viewer.PUBLIC));
                time(
                        "search (no totalCount) " + word,
                        50,
                        graph,
                        () -> search.search(word, PageRequest.of(10, null), Viewer.PUBLIC, false));
            }
        }
    }

    /** PROFILE of the hot queries: which operators (index seeks, expansions) and how many db hits. */
    private static void plans(Driver driver, String uscc) {
        Map<String, String> queries = Map.of(
                "USCC lookup",
                "MATCH (n:Enterprise {uscc: $u}) RETURN n",
                "control paths (exposure depth 2)",
                "MATCH (n:Enterprise {uscc: $u}) MATCH path = (c)-[:HOLDS_ROLE|INVESTS_IN*1..2]->(n)"
                        + " WHERE EXISTS { (:Listing)-[:OF]->(c) } RETURN count(path)",
                "full-text",
                "CALL db.index.fulltext.queryNodes('subject_names', '\"矿业\"') YIELD node RETURN count(node)");
        queries.forEach((name, cypher) -> {
            var summary = driver.executableQuery("PROFILE " + cypher)
                    .withParameters(Map.of("u", uscc))
                    .execute()
                    .summary();
            StringBuilder ops = new StringBuilder();
            operators(summary.profile(), ops);
            System.out.printf("PLAN %-34s %s%n", name, ops);
        });
    }

    private static void operators(org.neo4j.driver.summary.ProfiledPlan plan, StringBuilder out) {
        out.append(plan.operatorType()).append('(').append(plan.dbHits()).append(" hits) ");
        plan.children().forEach(child -> operators(child, out));
    }

    private static SubjectRefInput ref(String uscc) {
        return new SubjectRefInput(uscc, null, null, null);
    }

    /** Warm-up of n (at least 3), then n timed calls: p50, p99, and database queries per call. */
    private static void time(String what, int n, Graph graph, Supplier<?> call) {
        for (int i = 0; i < Math.max(3, n); i++) {
            call.get();
        }
        double[] ms = new double[n];
        long queries = graph.queryCount();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        double perCall = (graph.queryCount() - queries) / (double) n;
        Arrays.sort(ms);
        System.out.printf(
                "BENCH %-32s n=%5d p50=%8.2f ms p99=%8.2f ms max=%8.2f ms queries/call=%.1f%n",
                what, n, ms[n / 2], ms[Math.min(n - 1, (int) Math.ceil(n * 0.99) - 1)], ms[n - 1], perCall);
    }

    private static <T> T defaults(String prefix, Class<T> type) {
        return org.springframework.boot.context.properties.bind.Binder.get(
                        new org.springframework.core.env.StandardEnvironment())
                .bindOrCreate(prefix, type);
    }
}
