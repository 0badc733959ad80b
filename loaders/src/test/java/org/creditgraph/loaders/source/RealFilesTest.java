package org.creditgraph.loaders.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.mapping.Mapping;
import org.creditgraph.model.rules.Uscc;
import org.junit.jupiter.api.Test;

/** The real public files of ../shared/data/real (not in the project; skipped when absent). */
class RealFilesTest {

    private static final Path REAL = Path.of("../../shared/data/real");

    private static Path real(String name) {
        Path file = REAL.resolve(name);
        assumeThat(Files.isRegularFile(file)).as(file + " present").isTrue();
        return file;
    }

    private static List<InputRow> rows(MappedFile file) {
        List<InputRow> rows = new ArrayList<>();
        file.rows().forEachRemaining(rows::add);
        return rows;
    }

    @Test
    void gansuBlacklistThroughItsMapping() throws Exception {
        Path file = real("work-safety-blacklist-gansu.xlsx");
        Mapping mapping = Mapping.load("gansu-work-safety-blacklist");
        try (MappedFile mapped =
                MappedFile.open(file, Kind.LISTINGS, Optional.of(mapping), Map.of("列入日期", "2018-08-01"))) {
            assertThat(mapped.originalHeaders())
                    .containsExactly(
                            "序 1=1", "单位名 称", "注册地 址", "统一社 会信用 代码", "主要 负责 人", "身份证号", "失信行为筒况", "信息报 送机关", "纳入理由");
            assertThat(mapped.unknownHeaders()).isEmpty();
            List<InputRow> rows = rows(mapped);
            assertThat(rows).hasSize(36);
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.get("name")).isNotBlank().doesNotContainPattern("\\s");
                assertThat(row.get("code")).isNotBlank().doesNotContainPattern("\\s");
                assertThat(row.get("list")).isEqualTo("黑名单");
                assertThat(row.get("subject_type")).isEqualTo("法人");
                assertThat(row.get("listed_on")).isEqualTo("2018-08-01");
                assertThat(row.has("reason")).isTrue();
                assertThat(row.has("authority_name")).isTrue();
                assertThat(row.has("grounds")).isTrue();
                assertThat(row.has("principal_id_number")).isTrue();
            });
            InputRow first = rows.getFirst();
            assertThat(first.rowNumber()).isEqualTo(2);
            assertThat(first.get("name")).isEqualTo("山东省临沂金普石化有限公司");
            assertThat(first.get("code")).isEqualTo("913713005578801721");
            assertThat(first.get("address")).isEqualTo("山东省临沂市临潜产让区团林镇埃沟");
            assertThat(first.get("principal_name")).isEqualTo("马开卫");
            assertThat(first.get("authority_name")).isEqualTo("山东省安全监管局");
            assertThat(rows.get(4).get("code")).isEqualTo("150724600119846");
            long uscc18 = rows.stream()
                    .filter(r -> r.get("code").length() == 18)
                    .filter(r -> Uscc.check(Uscc.normalise(r.get("code"))).wellFormed())
                    .count();
            assertThat(uscc18).isEqualTo(13);
        }
    }

    @Test
    void worldBankDebarmentThroughItsMapping() throws Exception {
        Path file = real("worldbank-debarred-firms-2024-10.csv");
        try (MappedFile mapped =
                MappedFile.open(file, Kind.LISTINGS, Optional.of(Mapping.load("worldbank-debarment")), Map.of())) {
            assertThat(mapped.description()).isEqualTo("worldbank-debarred-firms-2024-10.csv (CSV, UTF-8)");
            assertThat(mapped.unknownHeaders()).isEmpty();
            assertThat(mapped.countRows()).isEqualTo(1_363L);
            List<InputRow> rows = rows(mapped);
            assertThat(rows).hasSize(1_363);
            InputRow first = rows.getFirst();
            assertThat(first.values())
                    .containsEntry("name", "HUNAN CONSTRUCTION GROUP CO., LTD.(湖南建设集团有限公司) *301")
                    .containsEntry("country", "China")
                    .containsEntry("listed_on", "2016-01-14")
                    .containsEntry("expires_on", "2999-12-31")
                    .containsEntry("reason", "Procurement Guidelines, 1.14(a)(ii)")
                    .containsEntry("list", "WORLD_BANK_DEBARMENT")
                    .containsEntry("subject_type", "法人")
                    .doesNotContainKey("code");
            assertThat(rows).allSatisfy(row -> assertThat(row.has("name")).isTrue());
        }
    }
}
