package org.creditgraph.loaders.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.source.UnusableInputException;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;

/** Each KIND with good and bad rows, read back from a real Neo4j. */
class LoaderTest {

    static final String RAW_ID = "11010519491231002X";
    static final String RAW_ID_2 = "440524188001010014";
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

    Path csv(String name, Charset charset, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", charset);
        return file;
    }

    LoadResult load(Kind kind, Path file) throws UnusableInputException {
        return loader.load(kind, file, Optional.empty(), Map.of(), Loader.Progress.NONE);
    }

    static List<Record> rows(String cypher) {
        return TestGraph.driver().executableQuery(cypher).execute().records();
    }

    static String enterprisesCsv() {
        return String.join(
                "\n",
                "统一社会信用代码,企业名称,曾用名,行政区划代码,行业代码,登记状态,成立日期,法定代表人,法定代表人证件号码",
                "91110000600037341L,北京甲矿业有限公司,甲煤矿;甲矿业公司,110105,B0610,存续,2001/03/05,张三," + RAW_ID,
                "９１３５０１００Ｍ０００１００Ｙ４４ , 福州乙建设有限公司,,350102,E4710,在业,2010年5月6日,,",
                "91350100M0001O0Y4Z,坏代码有限公司,,350102,E4710,在业,2010-05-06,,",
                "91110000600037341L2,太长有限公司,,,,,,,",
                "91110108551385082Q,,,,,,,,",
                "91440300MA5DFLX12K,深圳丙有限公司,,440305,C3311,存续,2019-02-30,,");
    }

    @Test
    void enterprises_goodBadAndWarnedRows() throws Exception {
        Path file = csv("enterprises.csv", StandardCharsets.UTF_8, enterprisesCsv());
        LoadResult result = load(Kind.ENTERPRISES, file);
        assertThat(result.loaded()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(4);
        assertThat(result.unchanged()).isZero();
        Record e = rows("MATCH (e:Enterprise {uscc: '91110000600037341L'}) RETURN e")
                .getFirst();
        assertThat(e.get("e").get("name").asString()).isEqualTo("北京甲矿业有限公司");
        assertThat(e.get("e").get("formerNames").asList()).containsExactly("甲煤矿", "甲矿业公司");
        assertThat(e.get("e").get("foundedOn").asLocalDate()).hasToString("2001-03-05");
        assertThat(e.get("e").get("industrySection").asString()).isEqualTo("B");
        assertThat(e.get("e").get("sourceRow").asLong()).isEqualTo(2);
        assertThat(e.get("e").get("loadRun").asString()).isEqualTo(result.runId());
        // D1: full-width folded, bad check digit kept with a warning
        Record f = rows("MATCH (e:Enterprise {uscc: '91350100M000100Y44'}) RETURN e")
                .getFirst();
        assertThat(f.get("e").get("usccCheckDigitValid").asBoolean()).isFalse();
        assertThat(f.get("e").get("dataQualityWarnings").asList().toString()).contains("fails the D1 check");
        assertThat(f.get("e").get("foundedOn").asLocalDate()).hasToString("2010-05-06");
        // D12: legal representative stored as keyed hash and masked form only
        Record rep = rows("MATCH (p:Person)-[r:HOLDS_ROLE {role:'LEGAL_REPRESENTATIVE'}]->(:Enterprise) RETURN p")
                .getFirst();
        assertThat(rep.get("p").get("maskedIdNumber").asString()).isEqualTo("110105********002X");
        assertThat(TestGraph.allPropertiesText()).contains("110105********002X").doesNotContain(RAW_ID);
        String rejects = Files.readString(result.rejectsFile().orElseThrow(), StandardCharsets.UTF_8);
        assertThat(rejects)
                .contains("reject_reason")
                .contains("malformed USCC")
                .contains("position 14")
                .contains("18 characters")
                .contains("missing 企业名称")
                .contains("impossible date");
        assertThat(result.rejectsFile().orElseThrow().getFileName().toString())
                .isEqualTo("enterprises.csv.rejects.csv");
    }

    @Test
    void enterprises_reloadIsUnchangedAndAChangedRowUpdates() throws Exception {
        Path file = csv("enterprises.csv", StandardCharsets.UTF_8, enterprisesCsv());
        load(Kind.ENTERPRISES, file);
        LoadResult again = load(Kind.ENTERPRISES, file);
        assertThat(again.loaded()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.rejected()).isEqualTo(4);
        Path changed = csv(
                "changed.csv", StandardCharsets.UTF_8, "统一社会信用代码,企业名称,行政区划代码", "91110000600037341L,北京甲矿业集团有限公司,110105");
        LoadResult update = load(Kind.ENTERPRISES, changed);
        assertThat(update.loaded()).isEqualTo(1);
        assertThat(rows("MATCH (e:Enterprise {uscc: '91110000600037341L'}) RETURN e.name AS n")
                        .getFirst()
                        .get("n")
                        .asString())
                .isEqualTo("北京甲矿业集团有限公司");
        assertThat(TestGraph.count("MATCH (e:Enterprise) RETURN count(e)")).isEqualTo(2);
        assertThat(TestGraph.count("MATCH (r:LoadRun {status: 'COMPLETED'}) RETURN count(r)"))
                .isEqualTo(3);
    }

    @Test
    void enterprises_gb18030AndBomFilesReadTheSame() throws Exception {
        Path gb = csv("gb.csv", Charset.forName("GB18030"), enterprisesCsv());
        assertThat(load(Kind.ENTERPRISES, gb).loaded()).isEqualTo(2);
        Path bom = csv("bom.csv", StandardCharsets.UTF_8, "\uFEFF" + enterprisesCsv());
        LoadResult result = load(Kind.ENTERPRISES, bom);
        assertThat(result.unchanged()).isEqualTo(2);
        assertThat(rows("MATCH (e:Enterprise {uscc: '91110000600037341L'}) RETURN e.name AS n")
                        .getFirst()
                        .get("n")
                        .asString())
                .isEqualTo("北京甲矿业有限公司");
    }

    @Test
    void missingKeyColumnIsUnusableInput() throws Exception {
        Path file = csv("e.csv", StandardCharsets.UTF_8, "企业名称,行政区划代码", "甲有限公司,110105");
        assertThatThrownBy(() -> load(Kind.ENTERPRISES, file))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("统一社会信用代码");
        Path noName = csv("n.csv", StandardCharsets.UTF_8, "统一社会信用代码", "91110000600037341L");
        assertThatThrownBy(() -> load(Kind.ENTERPRISES, noName))
                .isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("企业名称");
    }

    @Test
    void englishAliasesAndUnknownColumnsAreAccepted() throws Exception {
        Path file =
                csv("e.csv", StandardCharsets.UTF_8, "序号,uscc,name,region_code", "1,91110000600037341L,甲有限公司,110105");
        List<String> warnings = new ArrayList<>();
        LoadResult result = loader.load(Kind.ENTERPRISES, file, Optional.empty(), Map.of(), new Loader.Progress() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        });
        assertThat(result.loaded()).isEqualTo(1);
        assertThat(warnings).hasSize(1);
        assertThat(warnings.getFirst()).contains("序号");
    }

    @Test
    void roles_personsAndDatedRoleEdges() throws Exception {
        Path file = csv(
                "roles.csv",
                StandardCharsets.UTF_8,
                "统一社会信用代码,姓名,证件类型,证件号码,职务,持股比例,任职开始日期,任职结束日期",
                "91110000600037341L,张三,居民身份证," + RAW_ID + ",主要负责人,,2015-01-01,2019-12-31",
                "91110000600037341L,张三,居民身份证," + RAW_ID + ",PRINCIPAL,,2021-01-01,",
                "91110000600037341L,李四,居民身份证," + RAW_ID_2 + ",股东,60,2015-01-01,",
                "91110000600037341L,王五,居民身份证,110105194912310021,董事,,2015-01-01,",
                "91110000600037341L,赵六,居民身份证," + RAW_ID_2 + ",厂长,,2015-01-01,",
                "91110000600037341L,钱七,居民身份证," + RAW_ID_2 + ",监事,,,");
        LoadResult result = load(Kind.ROLES, file);
        assertThat(result.loaded()).isEqualTo(3);
        assertThat(result.rejected()).isEqualTo(3);
        assertThat(TestGraph.count("MATCH (:Person)-[r:HOLDS_ROLE {role: 'PRINCIPAL'}]->(:Enterprise) RETURN count(r)"))
                .isEqualTo(2);
        assertThat(TestGraph.count("MATCH (p:Person) RETURN count(p)")).isEqualTo(2);
        assertThat(rows("MATCH ()-[r:HOLDS_ROLE {role: 'SHAREHOLDER'}]->() RETURN r.sharePercent AS s")
                        .getFirst()
                        .get("s")
                        .asDouble())
                .isEqualTo(60.0);
        // the enterprise did not exist yet: a stub keeps the link until its own row arrives
        assertThat(rows("MATCH (e:Enterprise) RETURN e.stub AS s")
                        .getFirst()
                        .get("s")
                        .asBoolean())
                .isTrue();
        String rejects = Files.readString(result.rejectsFile().orElseThrow(), StandardCharsets.UTF_8);
        assertThat(rejects)
                .contains("invalid ID number")
                .contains("unknown 职务 '厂长'")
                .contains("missing 任职开始日期")
                .doesNotContain("110105194912310021")
                .doesNotContain(RAW_ID_2)
                .contains("110105********0021");
    }

    @Test
    void investments_enterpriseAndPersonInvestors() throws Exception {
        Path file = csv(
                "investments.csv",
                StandardCharsets.UTF_8,
                "投资方统一社会信用代码或证件号码,投资方名称,被投资企业统一社会信用代码,持股比例,认缴日期,退出日期",
                "91110000600037341L,甲有限公司,91350100M000100Y43,30,2018-01-01,",
                RAW_ID + ",张三,91350100M000100Y43,25,2018-01-01,2020-01-01",
                "12345,坏代码,91350100M000100Y43,10,2018-01-01,",
                "91110000600037341L,甲有限公司,91350100M000100Y43,130,2018-01-01,");
        LoadResult result = load(Kind.INVESTMENTS, file);
        assertThat(result.loaded()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(2);
        assertThat(
                        TestGraph.count(
                                "MATCH (:Enterprise)-[r:INVESTS_IN]->(:Enterprise {uscc:'91350100M000100Y43'}) RETURN count(r)"))
                .isEqualTo(1);
        assertThat(rows("MATCH (:Person)-[r:INVESTS_IN]->() RETURN r.to AS to")
                        .getFirst()
                        .get("to")
                        .asLocalDate())
                .hasToString("2020-01-01");
    }

    static final String PENALTY_HEADER =
            "行政相对人名称,行政相对人类别,统一社会信用代码,法定代表人,证件类型,证件号码,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,没收违法所得、没收非法财物的金额（万元）,暂扣或吊销证照名称及编号,处罚决定日期,处罚有效期,公示截止期,处罚机关,处罚机关统一社会信用代码,数据来源单位,数据来源单位统一社会信用代码,备注";

    @Test
    void penalties_typesAmountsPartiesAndWarnings() throws Exception {
        Path file = csv(
                "penalties.csv",
                StandardCharsets.UTF_8,
                PENALTY_HEADER,
                "北京甲矿业有限公司,法人及非法人组织,91110000600037341L,张三,,,京应急罚〔2023〕1号,瞒报事故,事实,安全生产法,罚款;暂扣或者吊销许可证,罚款12.5万元,12.5,0.35,,2023-03-01,2024-03-01,,北京市应急管理局,11110000000019713D,,,",
                "张三,自然人,,,居民身份证," + RAW_ID
                        + ",京应急罚〔2023〕2号,违章,事实,依据,警告,警告,,,,2023-04-01,,,北京市应急管理局,11110000000019713D,,,",
                ",法人及非法人组织,91110000600037341L,,,,京应急罚〔2023〕3号,违章,,,警告,,,,,2023-04-01,,,北京市应急管理局,11110000000019713D,,,",
                "丙公司,法人及非法人组织,91110000600037341L,,,,京应急罚〔2023〕4号,违章,,,罚款,,abc,,,2023-04-01,,,北京市应急管理局,11110000000019713D,,,",
                "丁公司,法人及非法人组织,91110000600037341L,,,,,违章,,,罚款,,1,,,2023-04-01,,,北京市应急管理局,11110000000019713D,,,");
        LoadResult result = load(Kind.PENALTIES, file);
        assertThat(result.loaded()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(3);
        Record p = rows("MATCH (p:Penalty {decisionNumber: '京应急罚〔2023〕1号'})-[:AGAINST]->(e:Enterprise) RETURN p, e")
                .getFirst();
        assertThat(p.get("p").get("fineYuan").asString()).isEqualTo("125000");
        assertThat(p.get("p").get("confiscatedYuan").asString()).isEqualTo("3500");
        assertThat(p.get("p").get("types").asList(v -> v.asString()))
                .containsExactlyInAnyOrder("FINE", "LICENCE_SUSPENSION", "LICENCE_REVOCATION");
        assertThat(p.get("p").get("key").asString()).isEqualTo("11110000000019713D|京应急罚〔2023〕1号");
        assertThat(TestGraph.count(
                        "MATCH (:Penalty)-[:ISSUED_BY]->(a:Authority {uscc: '11110000000019713D'}) RETURN count(*)"))
                .isEqualTo(2);
        assertThat(
                        TestGraph.count(
                                "MATCH (:Penalty)-[:AGAINST]->(:Person {maskedIdNumber: '110105********002X'}) RETURN count(*)"))
                .isEqualTo(1);
        // 处罚有效期 is mandatory in the 双公示 standard but not used by the rules: kept with a warning
        assertThat(rows("MATCH (p:Penalty {decisionNumber: '京应急罚〔2023〕2号'}) RETURN p.dataQualityWarnings AS w")
                        .getFirst()
                        .get("w")
                        .asList()
                        .toString())
                .contains("处罚有效期");
        String rejects = Files.readString(result.rejectsFile().orElseThrow(), StandardCharsets.UTF_8);
        assertThat(rejects).contains("missing 行政相对人名称").contains("罚款金额").contains("missing 行政处罚决定书文号");
    }

    @Test
    void accidents_gradeIsComputedAndClaimsFlagged() throws Exception {
        Path file = csv(
                "accidents.csv",
                StandardCharsets.UTF_8,
                "事故编号,事故名称,发生日期,行政区划代码,行业代码,事故类别,死亡人数,重伤人数,直接经济损失（万元）,事故单位统一社会信用代码,事故单位名称,是否责任事故,调查报告批复日期,事故等级",
                "SG-1,甲矿透水事故,2023-05-01,110105,B0610,透水,3,0,120,91110000600037341L,北京甲矿业有限公司,是,2023-08-01,较大",
                "SG-2,乙坍塌,2023-06-01,110105,E4710,坍塌,0,0,5000,91110000600037341L,北京甲矿业有限公司,是,,一般",
                "SG-3,丙,2023-06-31,110105,E4710,坍塌,0,0,1,,,是,,",
                "SG-4,丁,2023-06-01,110105,E4710,坍塌,-1,0,1,,,是,,",
                "SG-5,戊,2023-06-01,110105,E4710,坍塌,1,0,1,,,也许,,");
        LoadResult result = load(Kind.ACCIDENTS, file);
        assertThat(result.loaded()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(3);
        Map<String, String> grades = new java.util.HashMap<>();
        rows("MATCH (x:Accident)-[:AT]->(:Enterprise) RETURN x.accidentNumber AS n, x.grade AS g")
                .forEach(r -> grades.put(r.get("n").asString(), r.get("g").asString()));
        assertThat(grades).containsEntry("SG-1", "LARGER").containsEntry("SG-2", "MAJOR");
        assertThat(rows("MATCH (x:Accident {accidentNumber: 'SG-2'}) RETURN x")
                        .getFirst()
                        .get("x")
                        .get("directLossYuan")
                        .asString())
                .isEqualTo("50000000");
        assertThat(rows("MATCH (x:Accident {accidentNumber: 'SG-2'}) RETURN x.dataQualityWarnings AS w")
                        .getFirst()
                        .get("w")
                        .asList()
                        .toString())
                .contains("disagrees");
    }

    @Test
    void responsibilitiesAndListings_linkPersonsRecordsAndSubjects() throws Exception {
        load(
                Kind.ACCIDENTS,
                csv(
                        "accidents.csv",
                        StandardCharsets.UTF_8,
                        "事故编号,发生日期,死亡人数,事故单位统一社会信用代码,是否责任事故",
                        "SG-1,2023-05-01,12,91110000600037341L,是"));
        LoadResult resp = load(
                Kind.RESPONSIBILITIES,
                csv(
                        "responsibilities.csv",
                        StandardCharsets.UTF_8,
                        "事故编号,责任主体类别,姓名或名称,证件号码或统一社会信用代码,所在单位统一社会信用代码,职务,责任类型,处理结果,处理日期,刑满日期",
                        "SG-1,自然人,张三," + RAW_ID + ",91110000600037341L,主要负责人,主要责任,刑事处罚,2023-09-01,2025-09-01",
                        "SG-1,单位,北京甲矿业有限公司,91110000600037341L,,,主要责任,罚款,2023-09-01,",
                        "SG-1,自然人,李四," + RAW_ID_2 + ",,,次要责任,罚款,2023-09-01,"));
        assertThat(resp.loaded()).isEqualTo(2);
        assertThat(resp.rejected()).isEqualTo(1);
        assertThat(rows("MATCH (:Person)-[r:RESPONSIBLE_FOR]->(:Accident {accidentNumber:'SG-1'}) RETURN r")
                        .getFirst()
                        .get("r")
                        .get("sentenceEndOn")
                        .asLocalDate())
                .hasToString("2025-09-01");
        LoadResult listings = load(
                Kind.LISTINGS,
                csv(
                        "listings.csv",
                        StandardCharsets.UTF_8,
                        "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,认定部门统一社会信用代码,列入日期,管理期限届满日期,移出日期,移出原因,恢复日期",
                        "严重失信主体名单,法人,北京甲矿业有限公司,91110000600037341L,重大事故,SG-1;京应急罚〔2099〕9号,北京市应急管理局,11110000000019713D,2023-10-10,,,,",
                        "黑名单,自然人,张三," + RAW_ID + ",事故责任,SG-1,北京市应急管理局,,2023-01-10,,2023-06-01,信用修复,2023-07-01",
                        "黑名单,法人,某公司,620102123456789,事故,,,,2017-01-01,,,,",
                        "灰名单,法人,某公司,91110000600037341L,事故,,,,2017-01-01,,,,",
                        "黑名单,法人,某公司,91110000600037341L,事故,,,,2017-01-01,,,,2017-03-01"));
        // D1: the row with only a 15-digit registration number is kept, keyed and searchable by it
        assertThat(listings.loaded()).isEqualTo(3);
        assertThat(listings.rejected()).isEqualTo(2);
        assertThat(listings.records()).hasValue(new LoadResult.Records(3, 0, 0));
        assertThat(TestGraph.count("MATCH (l:Listing {key: 'BLACKLIST|620102123456789|2017-01-01',"
                        + " registrationNumber: '620102123456789', subjectName: '某公司'}) RETURN count(l)"))
                .isEqualTo(1);
        assertThat(
                        TestGraph.count(
                                "MATCH (l:Listing {list: 'SERIOUS_DISHONESTY'})-[:BASED_ON]->(:Accident {accidentNumber: 'SG-1'}) RETURN count(l)"))
                .isEqualTo(1);
        assertThat(rows("MATCH (l:Listing {list: 'SERIOUS_DISHONESTY'}) RETURN l.basis AS b")
                        .getFirst()
                        .get("b")
                        .asList())
                .containsExactly("SG-1", "京应急罚〔2099〕9号");
        assertThat(TestGraph.count("MATCH (l:Listing {list: 'BLACKLIST'})-[:OF]->(:Person) RETURN count(l)"))
                .isEqualTo(1);
        String rejects = Files.readString(listings.rejectsFile().orElseThrow(), StandardCharsets.UTF_8);
        assertThat(rejects)
                .doesNotContain("15-digit registration number")
                .contains("unknown 名单类型")
                .contains("恢复日期");
    }
}
