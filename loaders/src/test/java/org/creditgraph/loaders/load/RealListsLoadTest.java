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
import org.creditgraph.loaders.source.UnusableInputException;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.rules.Uscc;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three real lists of ../shared/data/real through their shipped mappings, as a user loads them:
 * every row loaded or rejected with a reason (nothing dropped), legacy identifiers (D1, GB 11714)
 * kept and linked where the enterprise exists, the summary's created count equal to the listings
 * written, and a reload unchanged.
 */
class RealListsLoadTest {

    static final Path REAL = Path.of("../../shared/data/real");
    static final Path GANSU = REAL.resolve("work-safety-blacklist-gansu.xlsx");
    static final Path ECOMMERCE = REAL.resolve("ecommerce-serious-dishonesty-batch1.xlsx");
    static final Path WORLD_BANK = REAL.resolve("worldbank-debarred-firms-2024-10.csv");

    /** A USCC embedding the organisation code of a row of the e-commerce list that has no USCC. */
    static final String HECI_USCC = Uscc.withCheckCharacter("91110105663128478");

    @TempDir
    Path dir;

    Loader loader;

    @BeforeEach
    void clean() {
        TestGraph.clean();
        loader = new Loader(
                TestGraph.graph(),
                new PersonIdentity("real-lists-test-secret-012".getBytes(StandardCharsets.UTF_8)),
                200);
    }

    private LoadResult load(Path file, String mapping, Map<String, String> sets) throws UnusableInputException {
        return loader.load(Kind.LISTINGS, file, Optional.of(Mapping.load(mapping)), sets, Loader.Progress.NONE);
    }

    private Path copy(Path source) throws Exception {
        assumeTrue(Files.exists(source), "shared/data/real not present");
        return Files.copy(source, dir.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    private void enterprises(String... rows) throws Exception {
        Path file = dir.resolve("enterprises.csv");
        Files.writeString(file, "统一社会信用代码,企业名称\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        loader.load(Kind.ENTERPRISES, file, Optional.empty(), Map.of(), Loader.Progress.NONE);
    }

    private static long count(String cypher) {
        return TestGraph.count(cypher);
    }

    @Test
    void d1_ecommerceListLegacyRowsKeptAndLinkedByOrganisationCode() throws Exception {
        Path file = copy(ECOMMERCE);
        enterprises(HECI_USCC + ",北京和慈世纪电子商务有限公司");
        LoadResult result = load(file, "ecommerce-serious-dishonesty", Map.of("列入日期", "2016-12-31"));
        assertThat(result.loaded() + result.rejected()).as("nothing dropped").isEqualTo(500);
        assertThat(result.rejected()).isZero();
        assertThat(result.records()).hasValue(new LoadResult.Records(500, 0, 0));
        assertThat(count("MATCH (l:Listing {list: 'ECOMMERCE_SERIOUS_DISHONESTY'}) RETURN count(l)"))
                .isEqualTo(500);
        assertThat(count("MATCH (l:Listing) WHERE l.legacyCode IS NOT NULL RETURN count(l)"))
                .as("the 24 rows with only 工商注册号 and 组织机构代码 are kept")
                .isEqualTo(24);
        // GB 32100: the enterprise's USCC embeds 663128478 at positions 9–17
        assertThat(count("MATCH (l:Listing {legacyCode: '663128478'})-[:OF {origin: 'LEGACY_ID'}]->"
                        + "(:Enterprise {uscc: '" + HECI_USCC + "'}) RETURN count(l)"))
                .isEqualTo(1);
        assertThat(count("MATCH (e:Enterprise {uscc: '" + HECI_USCC
                        + "'}) WHERE '110105010247558' IN e.legacyIds RETURN count(e)"))
                .as("the registration number is kept on the linked enterprise")
                .isEqualTo(1);
        assertThat(count("MATCH (l:Listing) WHERE l.legacyCode IS NOT NULL AND NOT EXISTS { (l)-[:OF]->() }"
                        + " AND l.subjectName IS NOT NULL RETURN count(l)"))
                .as("the others stay unlinked, with their name")
                .isEqualTo(23);

        LoadResult again = load(file, "ecommerce-serious-dishonesty", Map.of("列入日期", "2016-12-31"));
        assertThat(again.unchanged()).isEqualTo(500);
        assertThat(again.records()).hasValue(new LoadResult.Records(0, 0, 0));
        assertThat(count("MATCH (l:Listing) RETURN count(l)")).isEqualTo(500);
    }

    @Test
    void d1_gansuBlacklistRegistrationNumbersAndOrganisationCodesAreKept() throws Exception {
        Path file = copy(GANSU);
        LoadResult result = load(file, "gansu-work-safety-blacklist", Map.of("列入日期", "2018-08-01"));
        assertThat(result.loaded() + result.rejected()).as("nothing dropped").isEqualTo(36);
        assertThat(result.loaded()).isEqualTo(24);
        assertThat(result.records()).hasValue(new LoadResult.Records(24, 0, 0));
        assertThat(count("MATCH (l:Listing {list: 'BLACKLIST'}) RETURN count(l)"))
                .isEqualTo(24);
        assertThat(count(
                        "MATCH (l:Listing {list: 'BLACKLIST', registrationNumber: '150724600119846'}) RETURN count(l)"))
                .as("'150724600 119846 〈工商营业执照注册号）' is a registration number")
                .isEqualTo(1);
        assertThat(count("MATCH (l:Listing {list: 'BLACKLIST', orgCode: '699192332'}) RETURN count(l)"))
                .as("'69919233- 2' is an organisation code (GB 11714)")
                .isEqualTo(1);
        String rejects = Files.readString(result.rejectsFile().orElseThrow(), StandardCharsets.UTF_8);
        assertThat(rejects.lines().skip(1).filter(l -> !l.isBlank())).hasSize(12);
        // D12 masks only what can be an ID number: a truncated code stays readable for the data steward
        assertThat(rejects).contains("44142100 004832").contains("USCC must have 18 characters, got 14");
        // the principals' numbers (already masked by the publisher) stay masked as a whole
        assertThat(rejects).doesNotContain("440224***5^ 10160930").contains("[ID number masked (D12)]");
    }

    @Test
    void worldBankRowsRepeatingADebarmentAreCountedAsMerged() throws Exception {
        Path file = copy(WORLD_BANK);
        LoadResult result = load(file, "worldbank-debarment", Map.of());
        assertThat(result.loaded() + result.rejected()).isEqualTo(1363);
        assertThat(result.records()).hasValue(new LoadResult.Records(1301, 0, 62));
        assertThat(count("MATCH (l:Listing {list: 'WORLD_BANK_DEBARMENT'}) RETURN count(l)"))
                .as("created = listings written")
                .isEqualTo(1301);
        assertThat(count("MATCH (l:Listing {subjectNameZh: '甘肃路港建设工程有限公司'}) RETURN count(l)"))
                .isEqualTo(1);
    }

    @Test
    void sourceIdKeepsDistinctEntriesWithOneNameApartAndReloadsAreIdempotent() throws Exception {
        Path file = dir.resolve("sdn.csv");
        Files.writeString(
                file,
                "名单类型,主体名称,统一社会信用代码或证件号码,来源编号,列入日期,列入事由\n"
                        + "WORLD_BANK_DEBARMENT,MINISTRY OF STATE SECURITY,,7001,2020-01-01,programme A\n"
                        + "WORLD_BANK_DEBARMENT,MINISTRY OF STATE SECURITY,,7002,2020-01-01,programme B\n",
                StandardCharsets.UTF_8);
        LoadResult first = loader.load(Kind.LISTINGS, file, Optional.empty(), Map.of(), Loader.Progress.NONE);
        assertThat(first.records()).hasValue(new LoadResult.Records(2, 0, 0));
        assertThat(count("MATCH (l:Listing) RETURN count(l)")).isEqualTo(2);
        assertThat(count("MATCH (l:Listing {sourceId: '7002', reason: 'programme B'}) RETURN count(l)"))
                .isEqualTo(1);
        LoadResult again = loader.load(Kind.LISTINGS, file, Optional.empty(), Map.of(), Loader.Progress.NONE);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(count("MATCH (l:Listing) RETURN count(l)")).isEqualTo(2);
    }

    @Test
    void d1_aRegistrationNumberKeptOnAnEnterpriseLinksLaterRows() throws Exception {
        String uscc = Uscc.withCheckCharacter("91110105600037341").substring(0, 18);
        enterprises(uscc + ",甲测试有限公司");
        Path file = dir.resolve("legacy.csv");
        Files.writeString(
                file,
                "名单类型,主体名称,统一社会信用代码或证件号码,工商注册号,列入日期\n"
                        + "黑名单,甲测试有限公司," + uscc + ",110105000000004,2018-01-01\n"
                        + "黑名单,甲测试有限公司(分),,110105000000004,2019-01-01\n"
                        + "黑名单,乙,,11010500000,2019-01-01\n",
                StandardCharsets.UTF_8);
        LoadResult result = loader.load(Kind.LISTINGS, file, Optional.empty(), Map.of(), Loader.Progress.NONE);
        assertThat(result.loaded()).isEqualTo(2);
        assertThat(result.rejected())
                .as("a malformed registration number and no other code")
                .isEqualTo(1);
        assertThat(count("MATCH (l:Listing {legacyCode: '110105000000004'})-[:OF {origin: 'LEGACY_ID'}]->"
                        + "(:Enterprise {uscc: '" + uscc + "'}) RETURN count(l)"))
                .isEqualTo(1);
    }
}
