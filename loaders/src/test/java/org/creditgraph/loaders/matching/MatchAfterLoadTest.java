package org.creditgraph.loaders.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.loaders.cli.MatchListingsCommand;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.matching.ListingMatcher;
import org.creditgraph.model.matching.UnlinkedListing;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 9: a completed enterprises (or listings) load run links waiting listings by itself. */
class MatchAfterLoadTest {

    static final PersonIdentity IDENTITY =
            new PersonIdentity("test-secret-0123456789".getBytes(StandardCharsets.UTF_8));

    @Test
    void loadingTheListedFirmLinksItsWaitingListing(@TempDir Path dir) throws Exception {
        TestGraph.clean();
        TestGraph.driver()
                .executableQuery(UnlinkedListing.MERGE)
                .withParameters(Map.of(
                        "rows",
                        List.of(new UnlinkedListing(
                                        "WB|301",
                                        UnlinkedListing.WORLD_BANK_DEBARMENT,
                                        "HUNAN CONSTRUCTION GROUP CO., LTD.(湖南建设集团有限公司) *301",
                                        "湖南建设集团有限公司",
                                        "301",
                                        List.of("FURONG DISTRICT, CHANGSHA, HUNAN 410007"),
                                        "China",
                                        true,
                                        LocalDate.of(2016, 1, 14),
                                        null,
                                        "Procurement Guidelines, 1.14(a)(ii)")
                                .properties())))
                .execute();
        Path file = dir.resolve("enterprises.csv");
        Files.write(
                file,
                List.of(
                        "统一社会信用代码,企业名称,曾用名,行政区划代码",
                        "914300001837643826,湖南建设集团有限公司,,430102",
                        "914300001837643901,湖南建设集团股份有限公司,,430102"),
                StandardCharsets.UTF_8);
        List<ListingMatcher.Summary> runs = new ArrayList<>();
        new Loader(TestGraph.graph(), IDENTITY, 100)
                .load(Kind.ENTERPRISES, file, Optional.empty(), Map.of(), new Loader.Progress() {
                    @Override
                    public void matched(ListingMatcher.Summary summary) {
                        runs.add(summary);
                    }
                });
        assertThat(runs).singleElement().satisfies(s -> assertThat(s.linked()).isEqualTo(1));
        assertThat(TestGraph.count(
                        "MATCH (:Listing {key: 'WB|301'})-[of:OF {origin: 'MATCH', decidedBy: 'auto-link'}]->(e:Enterprise)"
                                + " WHERE e.name = '湖南建设集团有限公司' RETURN count(of)",
                        Map.of()))
                .isEqualTo(1);
    }

    @Test
    void matchListingsRejectsAThresholdOutsideZeroToOne() {
        var err = new java.io.ByteArrayOutputStream();
        var old = System.err;
        System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new MatchListingsCommand()).execute("--threshold", "1.5");
            assertThat(exit).isEqualTo(2);
        } finally {
            System.setErr(old);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--threshold must lie between 0 and 1");
    }
}
