package org.creditgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.testing.TestGraph;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Penalties, accidents, listings, roles and investments loaded through the loaders, for the
 * statistics and export tests (one Spring context for both). Among the penalties: one past its
 * publicity window and one annulled (D6), one against a natural person with an ID number (D12), one
 * with two types, and one with a fine of 12.3 元 (exact sums, D11).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class RecordsScenario {

    static final String A = "91110000600037341L";
    static final String B = "91350100M000100Y43";
    static final String C = "91440300MA5DFLX12J";
    static final String AUTH1 = "11110000000019713H";
    static final String AUTH2 = "11440300MB2C00000X";
    static final String PERSON_ID_NUMBER = "11010519491231002X";
    static final String LEGAL_REP_ID_NUMBER = "110101199003074477";
    static final String AGENCY_KEY = "desk-key-Hn4YcL9xB2sQ6eJ";
    static final String ADMIN_KEY = "regulator-key-5c1f9e27b8a4d036";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/records-test-data");
        registry.add(
                "creditgraph.api-keys", () -> AGENCY_KEY + "=AGENCY@Newsroom desk;" + ADMIN_KEY + "=ADMIN@Regulator");
        // small pages, so that the exports cross page boundaries
        registry.add("creditgraph.export.page-size", () -> "2");
    }

    static LocalDate daysAgo(int days) {
        return TODAY.minusDays(days);
    }

    static void load(Loader loader, Path dir, Kind kind, String... lines) throws Exception {
        org.creditgraph.api.CsvFixture.load(loader, dir, kind, lines);
    }

    static void loadScenario() throws Exception {
        TestGraph.clean();
        Path dir = Files.createTempDirectory("records-scenario");
        var loader = new Loader(
                TestGraph.graph(), PersonIdentity.fromEnvironmentOr(Path.of("target/records-test-data")), 100);
        load(
                loader,
                dir,
                Kind.ENTERPRISES,
                "统一社会信用代码,企业名称,曾用名,行政区划代码,行业代码,法定代表人,法定代表人证件号码",
                A + ",北京甲矿业有限公司,北京甲煤矿,110105,B0610,李四," + LEGAL_REP_ID_NUMBER,
                B + ",福州乙建设有限公司,,350100,E4710,,",
                C + ",深圳丙材料有限公司,,440300,C3311,,");
        String auth1 = ",北京市应急管理局," + AUTH1;
        String auth2 = ",深圳市应急管理局," + AUTH2;
        load(
                loader,
                dir,
                Kind.PENALTIES,
                "行政相对人名称,行政相对人类别,统一社会信用代码,证件号码,行政处罚决定书文号,处罚类别,罚款金额(万元),处罚决定日期,处罚机关,处罚机关统一社会信用代码,状态,状态日期",
                "北京甲矿业有限公司,法人及非法人组织," + A + ",,P1,罚款,5.5," + daysAgo(10) + auth1 + ",有效,",
                "北京甲矿业有限公司,法人及非法人组织," + A + ",,P2,警告,," + daysAgo(20) + auth1 + ",有效,",
                "北京甲矿业有限公司,法人及非法人组织," + A + ",,P3,罚款,1," + TODAY.minusYears(4) + auth1 + ",有效,",
                "北京甲矿业有限公司,法人及非法人组织," + A + ",,P4,罚款,2," + daysAgo(40) + auth1 + ",撤销," + daysAgo(5),
                "福州乙建设有限公司,法人及非法人组织," + B + ",,P5,罚款;警告,0.35," + daysAgo(30) + auth2 + ",有效,",
                "深圳丙材料有限公司,法人及非法人组织," + C + ",,P6,责令停产停业,," + daysAgo(50) + auth2 + ",有效,",
                "张三,自然人,," + PERSON_ID_NUMBER + ",P7,罚款,0.05," + daysAgo(15) + auth1 + ",有效,",
                "北京甲矿业有限公司,法人及非法人组织," + A + ",,P8,罚款,0.00123," + daysAgo(12) + auth1 + ",有效,");
        load(
                loader,
                dir,
                Kind.ROLES,
                "统一社会信用代码,姓名,证件类型,证件号码,职务,持股比例,任职开始日期,任职结束日期",
                A + ",张三,居民身份证," + PERSON_ID_NUMBER + ",主要负责人,,2023-03-01,",
                C + ",张三,居民身份证," + PERSON_ID_NUMBER + ",股东,30,2022-01-01,");
        load(
                loader,
                dir,
                Kind.INVESTMENTS,
                "投资方统一社会信用代码或证件号码,投资方名称,被投资企业统一社会信用代码,持股比例,认缴日期,退出日期",
                A + ",北京甲矿业有限公司," + B + ",60,2020-01-01,");
        load(
                loader,
                dir,
                Kind.ACCIDENTS,
                "事故编号,发生日期,行政区划代码,死亡人数,重伤人数,直接经济损失(万元),事故单位统一社会信用代码,是否责任事故",
                "SG-1,2024-05-01,110105,3,0,120," + A + ",是",
                "SG-2,2024-06-01,110105,0,0,10," + A + ",否",
                "SG-3,2025-03-01,350100,1,12,50.5," + B + ",是",
                "SG-4,2023-01-01,440300,12,0,1500.25," + C + ",是");
        load(
                loader,
                dir,
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,列入日期",
                "严重失信主体名单,法人,北京甲矿业有限公司," + A + ",较大事故,SG-1,北京市应急管理局,2024-08-01",
                "联合惩戒对象,法人,福州乙建设有限公司," + B + ",瞒报事故,,北京市应急管理局,2020-01-10",
                "联合惩戒对象,自然人,张三," + PERSON_ID_NUMBER + ",主要负责人对事故负有责任,SG-1,北京市应急管理局,2024-09-01");
        TestGraph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();
    }

    GraphQlClient anonymous() {
        return new GraphQlClient(port);
    }

    GraphQlClient agency() {
        return new GraphQlClient(port).with("X-API-Key", AGENCY_KEY);
    }

    GraphQlClient admin() {
        return new GraphQlClient(port).with("X-API-Key", ADMIN_KEY);
    }

    static JsonNode data(JsonNode body) {
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        return body.path("data");
    }
}
