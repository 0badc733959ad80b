package org.creditgraph.loaders.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.source.UnusableInputException;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.rules.ResidentId;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * D12: resident ID numbers that a source puts where the loader does not expect them (a
 * 个体工商户's number in 统一社会信用代码, a number inside 违法事实 or 处罚内容) are never stored raw.
 */
class ResidentIdsScrubbedAtLoadTest {

    static final String RAW_ID = "11010519491231002X";
    static final String RAW_ID_2 = "440524188001010014";
    static final String RAW_ID_3 = ResidentId.withCheckCharacter("32010219800101123");
    static final String FULL_WIDTH_ID_3 = RAW_ID_3.chars()
            .mapToObj(ch -> String.valueOf((char) (ch - '0' + '０')))
            .reduce("", String::concat);
    static final List<String> RAW_IDS = List.of(RAW_ID, RAW_ID_2, RAW_ID_3, FULL_WIDTH_ID_3);
    static final PersonIdentity IDENTITY =
            new PersonIdentity("test-secret-0123456789".getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    Loader loader;

    @BeforeEach
    void clean() {
        TestGraph.clean();
        loader = new Loader(TestGraph.graph(), IDENTITY, 2);
    }

    Path csv(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    LoadResult load(Kind kind, Path file) throws UnusableInputException {
        return loader.load(kind, file, Optional.empty(), Map.of(), Loader.Progress.NONE);
    }

    static void assertNoRawIdIn(String text) {
        for (String raw : RAW_IDS) {
            assertThat(text).doesNotContain(raw).doesNotContain(raw.toLowerCase());
        }
    }

    static List<String> warnings(String decisionNumber) {
        return TestGraph.driver()
                .executableQuery("MATCH (p:Penalty {decisionNumber: $d}) RETURN p.dataQualityWarnings AS w")
                .withParameters(Map.of("d", decisionNumber))
                .execute()
                .records()
                .getFirst()
                .get("w")
                .asList(v -> v.asString());
    }

    static String penaltyText(String decisionNumber, String property) {
        return TestGraph.driver()
                .executableQuery("MATCH (p:Penalty {decisionNumber: $d}) RETURN p[$k] AS v")
                .withParameters(Map.of("d", decisionNumber, "k", property))
                .execute()
                .records()
                .getFirst()
                .get("v")
                .asString();
    }

    @Test
    void d12_penalties_idNumberInUsccOfASoleTraderAndInsideFactsAndContentIsNeverStored() throws Exception {
        Path file = csv(
                "penalties.csv",
                LoaderTest.PENALTY_HEADER,
                // (a) a 个体工商户 whose operator's ID number came in 统一社会信用代码
                "张三五金店,个体工商户," + RAW_ID
                        + ",张三,,,京应急罚〔2023〕11号,违章,未按规定储存易燃物品,消防法,警告,警告,,,,2023-04-01,2024-04-01,,北京市应急管理局,11110000000019713D,,,",
                // (b) ID numbers inside 违法事实, 处罚内容 and (full-width) 备注
                "北京甲矿业有限公司,法人及非法人组织,91110000600037341L,李四,,,京应急罚〔2023〕12号,违章,经查，该单位安全生产管理人员王五（身份证号码"
                        + RAW_ID_2 + "）未持证上岗。,安全生产法,罚款,对王五（" + RAW_ID_3
                        + "）处罚款1万元,1,,,2023-04-02,2024-04-02,,北京市应急管理局,11110000000019713D,,,经办人证件" + FULL_WIDTH_ID_3,
                // the same person as (a), with the number where it belongs: one person
                "张三,自然人,,,居民身份证," + RAW_ID
                        + ",京应急罚〔2023〕13号,违章,事实,依据,警告,警告,,,,2023-04-03,2024-04-03,,北京市应急管理局,11110000000019713D,,,",
                // a 法人 party needs a USCC: an ID number is none
                "某有限公司,法人及非法人组织," + RAW_ID_2
                        + ",,,,京应急罚〔2023〕14号,违章,事实,依据,警告,警告,,,,2023-04-04,2024-04-04,,北京市应急管理局,11110000000019713D,,,");
        LoadResult result = load(Kind.PENALTIES, file);
        assertThat(result.loaded()).isEqualTo(3);
        assertThat(result.rejected()).isEqualTo(1);

        // nothing anywhere in the graph holds a raw number
        assertNoRawIdIn(TestGraph.allPropertiesText());

        // (a) the number is the person's identity (keyed hash), exactly as if it had come in 证件号码
        PersonIdentity.Identity zhang = IDENTITY.of(RAW_ID);
        assertThat(TestGraph.count(
                        "MATCH (pen:Penalty)-[:AGAINST]->(p:Person {key: $key, id: $id, maskedIdNumber: $masked})"
                                + " RETURN count(pen)",
                        Map.of("key", zhang.key(), "id", zhang.id(), "masked", zhang.masked())))
                .isEqualTo(2);
        assertThat(TestGraph.count("MATCH (p:Person {key: $key}) RETURN count(p)", Map.of("key", zhang.key())))
                .isEqualTo(1);
        assertThat(
                        TestGraph.count(
                                "MATCH (:Penalty {decisionNumber: '京应急罚〔2023〕11号'})-[:AGAINST]->(e:Enterprise) RETURN count(e)"))
                .isZero();
        // no enterprise has the number (nor its masked form) as its USCC: 甲 is the only one
        assertThat(TestGraph.count("MATCH (e:Enterprise) RETURN count(e)")).isEqualTo(1);
        assertThat(TestGraph.count(
                        "MATCH (e:Enterprise) WHERE e.uscc IN $codes RETURN count(e)",
                        Map.of("codes", List.of(RAW_ID, "110105********002X"))))
                .isZero();
        assertThat(penaltyText("京应急罚〔2023〕11号", "partyName")).isEqualTo("张三五金店");
        assertThat(
                        TestGraph.count(
                                "MATCH (p:Penalty {decisionNumber: '京应急罚〔2023〕11号'}) WHERE p.partyUscc IS NULL RETURN count(p)"))
                .isEqualTo(1);
        // the warning names the column and the masked form only
        assertThat(String.join("\n", warnings("京应急罚〔2023〕11号")))
                .contains("统一社会信用代码")
                .contains("110105********002X")
                .doesNotContain(RAW_ID);

        // (b) free text keeps its words (full-width folded as every cell), with the numbers masked,
        // and the row says so
        assertThat(penaltyText("京应急罚〔2023〕12号", "facts")).isEqualTo("经查,该单位安全生产管理人员王五(身份证号码440524********0014)未持证上岗。");
        assertThat(penaltyText("京应急罚〔2023〕12号", "content")).isEqualTo("对王五(" + ResidentId.mask(RAW_ID_3) + ")处罚款1万元");
        assertThat(penaltyText("京应急罚〔2023〕12号", "remarks")).isEqualTo("经办人证件" + ResidentId.mask(RAW_ID_3));
        String warnings = String.join("\n", warnings("京应急罚〔2023〕12号"));
        assertThat(warnings)
                .contains("违法事实")
                .contains("440524********0014")
                .contains("处罚内容")
                .contains("备注")
                .contains(ResidentId.mask(RAW_ID_3));
        assertNoRawIdIn(warnings);
        assertThat(result.warnings()).isGreaterThanOrEqualTo(5);

        // the rejected 法人 row: reason and echoed cells masked
        String rejects = Files.readString(result.rejectsFile().orElseThrow(), StandardCharsets.UTF_8);
        assertThat(rejects).contains("not a USCC").contains("440524********0014");
        assertNoRawIdIn(rejects);
    }

    @Test
    void d12_everyKind_numbersOutsideIdColumnsAreMaskedAndNeverBecomeAUscc() throws Exception {
        LoadResult enterprises = load(
                Kind.ENTERPRISES,
                csv(
                        "enterprises.csv",
                        "统一社会信用代码,企业名称,曾用名,行政区划代码,行业代码,登记状态,成立日期,法定代表人,法定代表人证件号码",
                        "91110000600037341L,北京甲矿业有限公司,甲煤矿" + RAW_ID_3 + ",110105,B0610,存续,2001-03-05,张三," + RAW_ID,
                        RAW_ID_2 + ",李四烧烤店,,440524,H6210,存续,2015-01-01,李四,"));
        assertThat(enterprises.loaded()).isEqualTo(1);
        assertThat(enterprises.rejected()).isEqualTo(1);
        LoadResult roles = load(
                Kind.ROLES,
                csv(
                        "roles.csv",
                        "统一社会信用代码,姓名,证件类型,证件号码,职务,持股比例,任职开始日期,任职结束日期",
                        "91110000600037341L,王五" + RAW_ID_2 + ",居民身份证," + RAW_ID_2 + ",董事,,2015-01-01,"));
        assertThat(roles.loaded()).isEqualTo(1);
        LoadResult investments = load(
                Kind.INVESTMENTS,
                csv(
                        "investments.csv",
                        "投资方统一社会信用代码或证件号码,投资方名称,被投资企业统一社会信用代码,持股比例,认缴日期,退出日期",
                        RAW_ID + ",张三（" + RAW_ID + "）,91110000600037341L,25,2018-01-01,",
                        "91110000600037341L,北京甲矿业有限公司," + RAW_ID_2 + ",30,2018-01-01,"));
        assertThat(investments.loaded()).isEqualTo(1);
        assertThat(investments.rejected()).isEqualTo(1);
        LoadResult accidents = load(
                Kind.ACCIDENTS,
                csv(
                        "accidents.csv",
                        "事故编号,事故名称,发生日期,死亡人数,事故单位统一社会信用代码,事故单位名称,是否责任事故",
                        "SG-1,李四" + RAW_ID_2 + "烧烤店燃气爆炸事故,2023-05-01,1," + RAW_ID_2 + ",李四烧烤店,是"));
        assertThat(accidents.loaded()).isEqualTo(1);
        LoadResult responsibilities = load(
                Kind.RESPONSIBILITIES,
                csv(
                        "responsibilities.csv",
                        "事故编号,责任主体类别,姓名或名称,证件号码或统一社会信用代码,所在单位统一社会信用代码,职务,责任类型,处理结果,处理日期,刑满日期",
                        "SG-1,自然人,李四," + RAW_ID_2 + "," + RAW_ID_2 + ",主要负责人,主要责任,罚款,2023-09-01,",
                        "SG-1,单位,李四烧烤店," + RAW_ID_2 + ",,,主要责任,罚款,2023-09-01,"));
        assertThat(responsibilities.loaded()).isEqualTo(1);
        assertThat(responsibilities.rejected()).isEqualTo(1);
        LoadResult listings = load(
                Kind.LISTINGS,
                csv(
                        "listings.csv",
                        "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,认定部门统一社会信用代码,列入日期,管理期限届满日期,移出日期,移出原因,恢复日期",
                        "黑名单,自然人,李四," + RAW_ID_2 + ",李四（" + RAW_ID_2 + "）对事故负有责任,SG-1,北京市应急管理局,,2023-10-10,,,,",
                        "黑名单,法人,李四烧烤店," + RAW_ID_2 + ",事故,SG-1,北京市应急管理局,,2023-10-10,,,,"));
        assertThat(listings.loaded()).isEqualTo(1);
        assertThat(listings.rejected()).isEqualTo(1);
        LoadResult grades = load(
                Kind.CREDIT_GRADES,
                csv(
                        "credit-grades.csv",
                        "统一社会信用代码,企业名称,信用等级,评定机关,评定机关统一社会信用代码,有效期起,有效期止",
                        RAW_ID_2 + ",李四烧烤店,A,北京市应急管理局,,2023-01-01,2025-12-31"));
        assertThat(grades.rejected()).isEqualTo(1);

        assertNoRawIdIn(TestGraph.allPropertiesText());
        // the only enterprise is 甲: no ID number (raw or masked) became a USCC
        assertThat(TestGraph.count("MATCH (e:Enterprise) WHERE e.uscc <> '91110000600037341L' RETURN count(e)"))
                .isZero();
        // numbers in ID columns still identify their persons; in other columns they are masked
        assertThat(TestGraph.count(
                        "MATCH (p:Person {key: $key})-[:RESPONSIBLE_FOR]->(:Accident) RETURN count(p)",
                        Map.of("key", IDENTITY.of(RAW_ID_2).key())))
                .isEqualTo(1);
        assertThat(TestGraph.count(
                        "MATCH (x:Accident {accidentNumber: 'SG-1'}) WHERE x.title = '李四440524********0014烧烤店燃气爆炸事故'"
                                + " AND NOT (x)-[:AT]->() RETURN count(x)"))
                .isEqualTo(1);
        assertThat(TestGraph.count(
                        "MATCH (l:Listing) WHERE l.reason = '李四(440524********0014)对事故负有责任' RETURN count(l)"))
                .isEqualTo(1);
        for (LoadResult result : List.of(enterprises, investments, responsibilities, listings, grades)) {
            String rejects = Files.readString(result.rejectsFile().orElseThrow(), StandardCharsets.UTF_8);
            assertNoRawIdIn(rejects);
            assertThat(rejects).contains("resident ID number");
        }
    }
}
