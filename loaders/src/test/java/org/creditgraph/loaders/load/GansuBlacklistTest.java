package org.creditgraph.loaders.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.mapping.Mapping;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real, OCR-damaged Gansu 黑名单 through the shipped mapping: every row loaded or rejected with a
 * reason; rows with a 15-digit registration number or an organisation code (D1) are kept.
 */
class GansuBlacklistTest {

    static final Path SOURCE = Path.of("../../shared/data/real/work-safety-blacklist-gansu.xlsx");

    @TempDir
    Path dir;

    @Test
    void everyRowIsLoadedOrRejectedAndValidCodesBecomeListings() throws Exception {
        assumeTrue(Files.exists(SOURCE), "shared/data/real not present");
        Path file = Files.copy(SOURCE, dir.resolve("gansu.xlsx"), StandardCopyOption.REPLACE_EXISTING);
        TestGraph.clean();
        // an enterprise known under the name of a row that only has a 15-digit registration number
        TestGraph.driver()
                .executableQuery(
                        "CREATE (:Enterprise {uscc: '91620000000000001X', name: '山东省烟台星海磁性材料有限公司', legacyIds: []})")
                .execute();
        var loader = new Loader(
                TestGraph.graph(), new PersonIdentity("gansu-test-secret-01234".getBytes(StandardCharsets.UTF_8)), 100);
        LoadResult result = loader.load(
                Kind.LISTINGS,
                file,
                Optional.of(Mapping.load("gansu-work-safety-blacklist")),
                Map.of("列入日期", "2018-08-01"),
                Loader.Progress.NONE);
        assertThat(result.loaded() + result.rejected()).isEqualTo(36);
        assertThat(TestGraph.count("MATCH (l:Listing {list: 'BLACKLIST'}) RETURN count(l)"))
                .isEqualTo(result.loaded())
                .isEqualTo(24);
        assertThat(TestGraph.count("MATCH (l:Listing {list: 'BLACKLIST'})-[:OF]->(:Enterprise) RETURN count(l)"))
                .as("13 by USCC, and the registration-number row by the enterprise's exact name (entity matching)")
                .isEqualTo(14);
        String rejects = Files.readString(result.rejectsFile().orElseThrow(), StandardCharsets.UTF_8);
        assertThat(rejects.lines().skip(1).filter(l -> !l.isBlank()).count()).isEqualTo(12);
        assertThat(rejects).contains("malformed USCC").doesNotContain("15-digit registration number");
        assertThat(
                        TestGraph.count(
                                "MATCH (e:Enterprise {uscc: '91620000000000001X'}) WHERE '370611200007878' IN e.legacyIds RETURN count(e)"))
                .as("the registration number is kept on the enterprise of that name")
                .isEqualTo(1);
    }
}
