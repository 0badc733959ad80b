package org.creditgraph.api.watch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creditgraph.api.check.CheckService;
import org.creditgraph.api.limits.LimitsProperties;
import org.creditgraph.loaders.catalogue.MeasureCatalogue;
import org.creditgraph.loaders.generate.Generator;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.LoadResult;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.store.CheckEvidenceStore;
import org.creditgraph.model.store.EventStore;
import org.creditgraph.model.store.Graph;
import org.creditgraph.model.store.LoadRunStore;
import org.creditgraph.model.store.SubjectResolver;
import org.creditgraph.model.store.WatchlistStore;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 benchmark (not a test: surefire does not pick up *Bench; run by
 * {@code bench/watch-change-detection.sh}). Loads {@code generate --scale 100000} enterprises,
 * investments and roles, watches every enterprise (≥ 100,000 subjects, two domains), then re-loads
 * 10,000 enterprise rows with a changed name (a run that changes no verdict: zero events) and then
 * 200 new listings, one run each, and times change detection after each run. Writes {@code bench/results-watch-change-detection.csv}.
 */
class WatchChangeDetectionBench {

    @Test
    void changeDetectionFor10000TouchedRecordsAnd100000WatchedSubjects() throws Exception {
        int scale = Integer.getInteger("bench.scale", 100_000);
        Path work = Files.createTempDirectory("watch-bench");
        TestGraph.clean();
        Graph graph = TestGraph.graph();
        MeasureCatalogue.load(graph);
        PersonIdentity identity = PersonIdentity.fromEnvironmentOr(work);
        Loader loader = new Loader(graph, identity, 2000);
        Generator.generate(scale, work.resolve("in"), 42);
        long t0 = System.nanoTime();
        for (Kind kind : List.of(Kind.ENTERPRISES, Kind.INVESTMENTS, Kind.ROLES)) {
            loader.load(
                    kind,
                    work.resolve("in").resolve(kind.fileName()),
                    Optional.empty(),
                    Map.of(),
                    Loader.Progress.NONE);
        }
        System.out.printf("setup load: %.1f s%n", (System.nanoTime() - t0) / 1e9);

        LoadRunStore runs = new LoadRunStore(graph);
        CheckEvidenceStore evidence = new CheckEvidenceStore(graph);
        CheckService checks = new CheckService(
                new SubjectResolver(graph),
                evidence,
                identity,
                new org.creditgraph.api.receipt.ReceiptIssuer(
                        new org.creditgraph.api.receipt.ReceiptSigner(
                                org.creditgraph.api.receipt.ReceiptKeyFile.loadOrCreate(work)),
                        new org.creditgraph.model.store.AuditStore(graph)),
                2,
                defaults("creditgraph.limits", LimitsProperties.class),
                new org.creditgraph.api.resilience.DatabaseGuard(
                        defaults("creditgraph.resilience", org.creditgraph.api.resilience.ResilienceProperties.class)));
        WatchlistStore watchlists = new WatchlistStore(graph);
        EventStore events = new EventStore(graph);
        WatchProperties properties = new WatchProperties(
                Duration.ofSeconds(5),
                Duration.ofMinutes(5),
                2000,
                200_000,
                Duration.ofSeconds(10),
                Duration.ofHours(1),
                Duration.ofHours(24),
                Duration.ofSeconds(10),
                Duration.ofSeconds(1));
        ChangeDetector detector = new ChangeDetector(
                checks, watchlists, events, runs, Clock.system(ZoneId.of("Asia/Shanghai")), properties, 2);
        detector.processPendingRuns(); // nothing watched yet: marks the setup runs processed

        List<String> usccs = graph.read("MATCH (e:Enterprise) RETURN e.uscc AS u ORDER BY u", Map.of()).stream()
                .map(r -> r.get("u").asString())
                .toList();
        var watchlist = new WatchlistStore.Watchlist(
                "bench",
                "bench",
                "AGENCY:bench",
                List.of(SanctionDomain.FINANCING, SanctionDomain.GOVERNMENT_PROCUREMENT),
                "https://example.invalid/hook",
                "secret",
                0,
                null);
        watchlists.create(watchlist);
        List<WatchlistStore.Target> targets = usccs.stream()
                .map(u -> new WatchlistStore.Target(u, SubjectKind.ENTERPRISE))
                .toList();
        long t1 = System.nanoTime();
        watchlists.add("bench", targets);
        detector.baseline(targets.stream()
                .map(t -> new WatchlistStore.Watched(t, Set.copyOf(watchlist.domains())))
                .toList());
        double baselineSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("watching %d subjects, baseline %.1f s%n", targets.size(), baselineSeconds);

        // one run touching 10,000 enterprise records: the same rows with a changed name
        Path changed = work.resolve("changed-enterprises.csv");
        try (BufferedReader in = Files.newBufferedReader(work.resolve("in").resolve(Kind.ENTERPRISES.fileName()));
                BufferedWriter out = Files.newBufferedWriter(changed, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            out.write(header);
            out.newLine();
            List<String> headers = List.of(header.replace("\uFEFF", "").split(",", -1));
            int nameColumn = 1;
            for (int i = 0; i < headers.size(); i++) {
                if (headers.get(i).startsWith("企业名称")) {
                    nameColumn = i;
                }
            }
            String line;
            int n = 0;
            while (n < 10_000 && (line = in.readLine()) != null) {
                String[] cells = line.split(",", -1);
                if (cells.length != headers.size() || line.contains("\"")) {
                    continue;
                }
                cells[nameColumn] = cells[nameColumn] + "（更名）";
                out.write(String.join(",", cells));
                out.newLine();
                n++;
            }
        }
        LoadResult touched = loader.load(Kind.ENTERPRISES, changed, Optional.empty(), Map.of(), Loader.Progress.NONE);
        long t2 = System.nanoTime();
        List<WatchlistStore.Watched> affected = watchlists.touchedBy(List.of(touched.runId()), 2);
        double affectedSeconds = (System.nanoTime() - t2) / 1e9;
        long t3 = System.nanoTime();
        detector.processPendingRuns();
        double renameSeconds = (System.nanoTime() - t3) / 1e9;
        long renameEvents = TestGraph.count("MATCH (e:WatchEvent) RETURN count(e)");

        // then a run of 200 listings of watched subjects (verdict changes, control exposure)
        Path listings = work.resolve("listings.csv");
        List<String> rows = new ArrayList<>();
        rows.add("名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,列入日期");
        for (int i = 0; i < 200; i++) {
            rows.add("严重失信主体名单,法人,企业" + i + "," + usccs.get(i * (usccs.size() / 200)) + ",重大事故,,应急管理局,"
                    + java.time.LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1));
        }
        Files.write(listings, rows, StandardCharsets.UTF_8);
        LoadResult listed = loader.load(Kind.LISTINGS, listings, Optional.empty(), Map.of(), Loader.Progress.NONE);
        List<WatchlistStore.Watched> listedAffected = watchlists.touchedBy(List.of(listed.runId()), 2);
        long t4 = System.nanoTime();
        detector.processPendingRuns();
        double listingSeconds = (System.nanoTime() - t4) / 1e9;
        long listingEvents = TestGraph.count("MATCH (e:WatchEvent) RETURN count(e)") - renameEvents;
        String result = String.format(
                "run,watched_subjects,domains,touched_records,affected_watched,affected_query_s,change_detection_s,events,baseline_s%n"
                        + "rename,%d,2,%d,%d,%.1f,%.1f,%d,%.1f%n"
                        + "listings,%d,2,%d,%d,,%.1f,%d,%n",
                targets.size(),
                touched.loaded(),
                affected.size(),
                affectedSeconds,
                renameSeconds,
                renameEvents,
                baselineSeconds,
                targets.size(),
                listed.loaded(),
                listedAffected.size(),
                listingSeconds,
                listingEvents);
        System.out.print(result);
        Path csv = Path.of(System.getProperty("bench.out", "../bench/results-watch-change-detection.csv"));
        Files.writeString(csv, result);
    }

    /** Settings with their declared defaults, as the application would bind them. */
    private static <T> T defaults(String prefix, Class<T> type) {
        return org.springframework.boot.context.properties.bind.Binder.get(
                        new org.springframework.core.env.StandardEnvironment())
                .bindOrCreate(prefix, type);
    }
}
