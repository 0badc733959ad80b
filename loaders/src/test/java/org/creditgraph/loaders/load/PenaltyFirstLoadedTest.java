package org.creditgraph.loaders.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Value;

/**
 * D10: a penalty without 公示日期 is dated by the first time it was loaded; that time is written by
 * the run that creates the node and kept by every later load of the same record.
 */
class PenaltyFirstLoadedTest {

    static final String HEADER = "行政相对人名称,行政相对人类别,统一社会信用代码,行政处罚决定书文号,处罚决定日期,公示日期,处罚机关,处罚机关统一社会信用代码,备注";
    static final String ROW =
            "北京甲矿业有限公司,法人及非法人组织,91110000600037341L,京应急罚〔2024〕7号,2024-02-07,,北京市应急管理局,11110000000019713H,";

    @TempDir
    Path dir;

    LoadResult load(Loader loader, String... lines) throws Exception {
        Path file = dir.resolve("penalties.csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return loader.load(Kind.PENALTIES, file, Optional.empty(), Map.of(), Loader.Progress.NONE);
    }

    static Value penalty() {
        return TestGraph.driver()
                .executableQuery("MATCH (p:Penalty {decisionNumber: '京应急罚〔2024〕7号'}) RETURN p")
                .execute()
                .records()
                .getFirst()
                .get("p");
    }

    @Test
    void d10_firstLoadedAtIsSetOnCreateAndNeverChanged() throws Exception {
        TestGraph.clean();
        Loader loader = new Loader(
                TestGraph.graph(), new PersonIdentity("test-secret-0123456789".getBytes(StandardCharsets.UTF_8)), 10);
        assertThat(load(loader, HEADER, ROW).loaded()).isEqualTo(1);
        ZonedDateTime first = penalty().get("firstLoadedAt").asZonedDateTime();
        assertThat(Duration.between(first, ZonedDateTime.now()).abs()).isLessThan(Duration.ofMinutes(5));
        assertThat(penalty().get("publishedOn").isNull()).isTrue();

        Thread.sleep(20);
        // a changed row updates the record but not its first-load time
        assertThat(load(loader, HEADER, ROW + "更正").loaded()).isEqualTo(1);
        assertThat(penalty().get("remarks").asString()).isEqualTo("更正");
        assertThat(penalty().get("firstLoadedAt").asZonedDateTime()).isEqualTo(first);
        // an identical row is unchanged
        assertThat(load(loader, HEADER, ROW + "更正").unchanged()).isEqualTo(1);
        assertThat(penalty().get("firstLoadedAt").asZonedDateTime()).isEqualTo(first);
        // a 公示日期 given later is stored beside it
        assertThat(load(loader, HEADER, ROW.replace("2024-02-07,,", "2024-02-07,2024-02-20,"))
                        .loaded())
                .isEqualTo(1);
        assertThat(penalty().get("publishedOn").asLocalDate()).hasToString("2024-02-20");
        assertThat(penalty().get("firstLoadedAt").asZonedDateTime()).isEqualTo(first);
    }
}
