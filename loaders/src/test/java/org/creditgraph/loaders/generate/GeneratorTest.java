package org.creditgraph.loaders.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.model.rules.ResidentId;
import org.creditgraph.model.rules.Uscc;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorTest {

    private static final int SCALE = 300;

    @TempDir
    static Path tmp;

    static Generator.Result result;
    static GeneratedData data;

    @BeforeAll
    static void generate() {
        result = Generator.generate(SCALE, tmp.resolve("s300"), 42);
        data = new GeneratedData(tmp.resolve("s300"));
    }

    @Test
    void sameSeedGivesIdenticalBytesAndAnotherSeedDifferentOnes() throws IOException {
        Path again = tmp.resolve("again");
        Path other = tmp.resolve("other");
        Generator.generate(SCALE, again, 42);
        Generator.generate(SCALE, other, 43);
        for (Kind kind : Kind.GENERATED) {
            byte[] first = Files.readAllBytes(result.outDir().resolve(kind.fileName()));
            assertThat(Files.readAllBytes(again.resolve(kind.fileName())))
                    .as(kind.fileName())
                    .isEqualTo(first);
            assertThat(Files.readAllBytes(other.resolve(kind.fileName())))
                    .as(kind.fileName())
                    .isNotEqualTo(first);
        }
    }

    @Test
    void writesTheSevenFilesWithKindHeadersUtf8WithoutBomAndLfLineEnds() throws IOException {
        for (Kind kind : Kind.GENERATED) {
            Path file = result.outDir().resolve(kind.fileName());
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes[0]).as("no BOM in " + file).isNotEqualTo((byte) 0xEF);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("\r").endsWith("\n");
            assertThat(text.substring(0, text.indexOf('\n')))
                    .isEqualTo(String.join(",", GeneratedData.zhHeaders(kind)));
            assertThat(data.headers.get(kind)).isEqualTo(GeneratedData.zhHeaders(kind));
            assertThat(data.rows(kind)).hasSize((int) result.rows(kind));
        }
        assertThat(result.summary()).startsWith("enterprises " + result.rows(Kind.ENTERPRISES) + ", roles ");
    }

    @Test
    void rowCountsAreProportionalAtScale300() {
        assertThat(result.rows(Kind.ENTERPRISES)).isBetween(300L, 310L);
        assertThat(result.rows(Kind.ROLES)).isBetween(750L, 1200L);
        assertThat(result.rows(Kind.INVESTMENTS)).isBetween(120L, 260L);
        assertThat(result.rows(Kind.PENALTIES)).isBetween(330L, 600L);
        assertThat(result.rows(Kind.ACCIDENTS)).isBetween(20L, 70L);
        assertThat(result.rows(Kind.RESPONSIBILITIES)).isBetween(40L, 160L);
        assertThat(result.rows(Kind.LISTINGS)).isBetween(9L, 45L);
        Set<String> persons = new HashSet<>();
        data.rows(Kind.ROLES).forEach(r -> persons.add(r.get("证件号码")));
        assertThat(persons.size()).isBetween(400, 560);
    }

    @Test
    void everyEnterpriseUsccIsValidExceptTheIntentionalBadOnes() {
        int wrongCheck = 0;
        int malformed = 0;
        int empty = 0;
        Set<String> seen = new HashSet<>();
        for (Map<String, String> row : data.rows(Kind.ENTERPRISES)) {
            String uscc = row.get("统一社会信用代码");
            if (uscc.isEmpty()) {
                empty++;
                continue;
            }
            assertThat(seen.add(uscc)).as("unique " + uscc).isTrue();
            Uscc.Check check = Uscc.check(uscc);
            if (check.valid()) {
                assertThat(uscc).hasSize(18).startsWith("91" + row.get("行政区划代码"));
            } else if (check.wellFormed()) {
                wrongCheck++;
            } else {
                malformed++;
            }
        }
        assertThat(wrongCheck)
                .as("well-formed USCC with a wrong check character")
                .isEqualTo(1);
        assertThat(malformed).as("17 characters, forbidden letter").isEqualTo(2);
        assertThat(empty).as("missing key").isEqualTo(1);
        long eighteen = data.rows(Kind.ENTERPRISES).stream()
                .filter(r -> r.get("统一社会信用代码").length() == 18)
                .count();
        assertThat(eighteen).isEqualTo(result.rows(Kind.ENTERPRISES) - 2);
    }

    @Test
    void residentIdsAreValidAndPersonsConsistent() {
        Map<String, String> names = new HashMap<>();
        int bad = 0;
        for (Map<String, String> row : data.rows(Kind.ROLES)) {
            String id = row.get("证件号码");
            if (id.isEmpty() || ResidentId.problem(id).isPresent()) {
                bad++;
                continue;
            }
            String previous = names.putIfAbsent(id, row.get("姓名"));
            assertThat(previous == null || previous.equals(row.get("姓名")))
                    .as(id)
                    .isTrue();
            assertThat(row.get("职务")).isIn("法定代表人", "主要负责人", "安全生产管理人员", "董事", "监事", "股东");
        }
        assertThat(bad).as("empty ID and impossible birth date rows").isEqualTo(2);
        for (Map<String, String> row : data.rows(Kind.ENTERPRISES)) {
            assertThat(ResidentId.problem(row.get("法定代表人证件号码"))).isEmpty();
        }
    }

    @Test
    void everyListingBasisExistsInPenaltiesOrAccidents() {
        Set<String> known = new HashSet<>();
        data.rows(Kind.PENALTIES).forEach(r -> known.add(r.get("行政处罚决定书文号")));
        data.rows(Kind.ACCIDENTS).forEach(r -> known.add(r.get("事故编号")));
        int references = 0;
        for (Map<String, String> row : data.rows(Kind.LISTINGS)) {
            for (String basis : row.get("认定依据").split(";")) {
                if (!basis.isEmpty()) {
                    assertThat(known).as(basis).contains(basis);
                    references++;
                }
            }
        }
        assertThat(references).isGreaterThan(10);
    }

    @Test
    void listingsFollowTheRegimeOfTheirDate() {
        for (Map<String, String> row : data.rows(Kind.LISTINGS)) {
            String listed = row.get("列入日期");
            if (!listed.matches("\\d{4}-\\d{2}-\\d{2}") || listed.equals(BadRows.IMPOSSIBLE_DATE)) {
                continue;
            }
            boolean newRegime = !LocalDate.parse(listed).isBefore(LocalDate.of(2023, 10, 1));
            assertThat(row.get("名单类型")).isEqualTo(newRegime ? "严重失信主体名单" : row.get("名单类型"));
            if (!newRegime) {
                assertThat(row.get("名单类型")).isIn("联合惩戒对象", "黑名单");
            }
        }
    }

    @Test
    void accidentsCoverEveryGradeAndDatesStayInRange() {
        Set<String> grades = new HashSet<>();
        for (Map<String, String> row : data.rows(Kind.ACCIDENTS)) {
            String occurred = row.get("发生日期");
            if (row.get("事故编号").isEmpty() || occurred.equals(BadRows.IMPOSSIBLE_DATE)) {
                continue;
            }
            grades.add(grade(row));
            LocalDate d = LocalDate.parse(occurred);
            assertThat(d).isBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 10, 31));
            assertThat(row.get("事故编号")).matches("SG-\\d{6}-\\d{4}-\\d{4}");
        }
        assertThat(grades).containsExactlyInAnyOrder("GENERAL", "LARGER", "MAJOR", "ESPECIALLY_MAJOR");
        for (Map<String, String> row : data.rows(Kind.PENALTIES)) {
            String decided = row.get("处罚决定日期");
            if (!decided.equals(BadRows.IMPOSSIBLE_DATE)) {
                assertThat(LocalDate.parse(decided)).isBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2026, 10, 31));
            }
        }
    }

    @Test
    void penaltiesHaveRealisticVariety() {
        List<Map<String, String>> penalties = data.rows(Kind.PENALTIES);
        assertThat(penalties).anySatisfy(r -> assertThat(r.get("行政处罚决定书文号")).matches(".+应急罚(字)?〔20\\d\\d〕(第)?\\d+号"));
        assertThat(penalties).anySatisfy(r -> assertThat(r.get("行政相对人类别")).isEqualTo("自然人"));
        assertThat(penalties).anySatisfy(r -> assertThat(r.get("公示截止期")).isEmpty());
        assertThat(penalties).anySatisfy(r -> assertThat(r.get("罚款金额(万元)")).contains("."));
        assertThat(penalties).anySatisfy(r -> assertThat(r.get("状态")).isEqualTo("变更"));
        Set<String> authorities = new HashSet<>();
        for (Map<String, String> r : penalties) {
            String code = r.get("处罚机关统一社会信用代码");
            if (!code.isEmpty()) {
                assertThat(Uscc.check(code).valid()).as(code).isTrue();
                assertThat(code).startsWith("11");
                authorities.add(code);
            }
            if (r.get("行政相对人类别").equals("自然人")) {
                assertThat(ResidentId.problem(r.get("证件号码"))).isEmpty();
            }
        }
        assertThat(authorities.size()).isGreaterThan(10);
    }

    @Test
    void eachFileHasBadRows() {
        assertThat(data.where(Kind.ENTERPRISES, r -> r.get("成立日期").equals(BadRows.IMPOSSIBLE_DATE)))
                .hasSize(1);
        assertThat(data.where(Kind.ROLES, r -> r.get("任职开始日期").equals(BadRows.IMPOSSIBLE_DATE)))
                .isNotEmpty();
        assertThat(data.where(Kind.ROLES, r -> r.get("统一社会信用代码").contains("I"))).isNotEmpty();
        assertThat(data.where(Kind.INVESTMENTS, r -> r.get("认缴日期").isEmpty())).isNotEmpty();
        assertThat(data.where(Kind.PENALTIES, r -> r.get("行政处罚决定书文号").isEmpty()))
                .isNotEmpty();
        assertThat(data.where(Kind.PENALTIES, r -> r.get("处罚决定日期").equals(BadRows.IMPOSSIBLE_DATE)))
                .isNotEmpty();
        assertThat(data.where(Kind.ACCIDENTS, r -> r.get("事故编号").isEmpty())).isNotEmpty();
        assertThat(data.where(Kind.RESPONSIBILITIES, r -> r.get("证件号码或统一社会信用代码").isEmpty()))
                .isNotEmpty();
        assertThat(data.where(Kind.LISTINGS, r -> r.get("列入日期").isEmpty())).isNotEmpty();
        // the wrong-check enterprise also has a penalty under its (wrong) code: loaded with a warning
        String wrong = new BadRows(World.of(SCALE, 42), null, null).wrongCheckUscc(BadRows.HOST);
        assertThat(data.where(Kind.ENTERPRISES, r -> r.get("统一社会信用代码").equals(wrong)))
                .hasSize(1);
        assertThat(data.where(Kind.PENALTIES, r -> r.get("统一社会信用代码").equals(wrong)))
                .hasSize(1);
    }

    @Test
    void individualBusinessesUseThePlaceholderCode() {
        assertThat(data.where(Kind.PENALTIES, r -> r.get("行政相对人类别").equals("个体工商户")))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("统一社会信用代码")).isEqualTo("00000000000000000X"));
    }

    @Test
    void largerScaleRuns() {
        Path dir = tmp.resolve("s10000");
        Generator.Result big = Generator.generate(10_000, dir, 7);
        assertThat(big.rows(Kind.ENTERPRISES)).isBetween(10_000L, 10_100L);
        assertThat(big.rows(Kind.ROLES)).isBetween(28_000L, 38_000L);
        assertThat(big.rows(Kind.INVESTMENTS)).isBetween(5_000L, 7_000L);
        assertThat(big.rows(Kind.PENALTIES)).isBetween(13_000L, 17_000L);
        assertThat(big.rows(Kind.ACCIDENTS)).isBetween(800L, 1_300L);
        assertThat(big.rows(Kind.RESPONSIBILITIES)).isBetween(1_500L, 2_800L);
        assertThat(big.rows(Kind.LISTINGS)).isBetween(200L, 450L);
    }

    static String grade(Map<String, String> accident) {
        int deaths = Integer.parseInt(accident.get("死亡人数"));
        int injuries = Integer.parseInt(accident.get("重伤人数"));
        double lossWan = Double.parseDouble(accident.get("直接经济损失(万元)"));
        if (deaths >= 30 || injuries >= 100 || lossWan >= 10_000) {
            return "ESPECIALLY_MAJOR";
        }
        if (deaths >= 10 || injuries >= 50 || lossWan >= 5_000) {
            return "MAJOR";
        }
        if (deaths >= 3 || injuries >= 10 || lossWan >= 1_000) {
            return "LARGER";
        }
        return "GENERAL";
    }
}
