package org.creditgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.store.Graph;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The read API over HTTP: filtered record connections, nested enterprise fields batched (no N+1),
 * D6 publicity and D12 masking, on a scenario loaded through the loaders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadApiTest {

    static final String A = "91110000600037341L";
    static final String B = "91350100M000100Y43";
    static final String C = "91440300MA5DFLX12J";
    static final String AUTHORITY = "11110000000019713H";
    static final String PERSON_ID_NUMBER = "11010519491231002X";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    Graph graph;

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/read-test-data");
    }

    static void load(Loader loader, Kind kind, String... lines) throws Exception {
        org.creditgraph.api.CsvFixture.load(loader, dir, kind, lines);
    }

    static String daysAgo(int days) {
        return TODAY.minusDays(days).toString();
    }

    @BeforeAll
    static void scenario() throws Exception {
        TestGraph.clean();
        var loader =
                new Loader(TestGraph.graph(), PersonIdentity.fromEnvironmentOr(Path.of("target/read-test-data")), 100);
        load(
                loader,
                Kind.ENTERPRISES,
                "统一社会信用代码,企业名称,曾用名,行业代码",
                A + ",北京甲矿业有限公司,,B0610",
                B + ",福州乙建设有限公司,,E4710",
                C + ",深圳丙材料有限公司,,C3311");
        load(
                loader,
                Kind.PENALTIES,
                "行政相对人名称,行政相对人类别,统一社会信用代码,证件号码,行政处罚决定书文号,处罚类别,罚款金额(万元),处罚决定日期,处罚机关,处罚机关统一社会信用代码,状态,状态日期",
                "北京甲矿业有限公司,法人及非法人组织," + A + ",,京应急罚〔2025〕1号,罚款,5.5," + daysAgo(10) + ",北京市应急管理局," + AUTHORITY + ",有效,",
                "北京甲矿业有限公司,法人及非法人组织," + A + ",,京应急罚〔2025〕2号,警告,," + daysAgo(20) + ",北京市应急管理局," + AUTHORITY + ",有效,",
                "北京甲矿业有限公司,法人及非法人组织," + A + ",,京应急罚〔2021〕9号,罚款,1," + TODAY.minusYears(4) + ",北京市应急管理局," + AUTHORITY
                        + ",有效,",
                "北京甲矿业有限公司,法人及非法人组织," + A + ",,京应急罚〔2025〕3号,罚款,2," + daysAgo(40) + ",北京市应急管理局," + AUTHORITY + ",撤销,"
                        + daysAgo(5),
                "福州乙建设有限公司,法人及非法人组织," + B + ",,闽应急罚〔2025〕1号,罚款,3," + daysAgo(30) + ",北京市应急管理局," + AUTHORITY + ",有效,",
                "深圳丙材料有限公司,法人及非法人组织," + C + ",,深应急罚〔2025〕1号,责令停产停业,," + daysAgo(50) + ",北京市应急管理局," + AUTHORITY + ",有效,",
                "张三,自然人,," + PERSON_ID_NUMBER + ",京应急罚〔2025〕4号,罚款,0.5," + daysAgo(15) + ",北京市应急管理局," + AUTHORITY
                        + ",有效,");
        load(
                loader,
                Kind.ROLES,
                "统一社会信用代码,姓名,证件类型,证件号码,职务,任职开始日期,任职结束日期",
                A + ",张三,居民身份证," + PERSON_ID_NUMBER + ",主要负责人,2023-03-01,",
                C + ",张三,居民身份证," + PERSON_ID_NUMBER + ",法定代表人,2022-01-01,");
        load(
                loader,
                Kind.INVESTMENTS,
                "投资方统一社会信用代码或证件号码,投资方名称,被投资企业统一社会信用代码,持股比例,认缴日期,退出日期",
                A + ",北京甲矿业有限公司," + B + ",60,2020-01-01,");
        load(
                loader,
                Kind.ACCIDENTS,
                "事故编号,发生日期,死亡人数,直接经济损失(万元),事故单位统一社会信用代码,是否责任事故",
                "SG-1,2024-05-01,3,120,A_USCC,是".replace("A_USCC", A),
                "SG-2,2024-06-01,0,10,A_USCC,否".replace("A_USCC", A));
        load(
                loader,
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,列入日期",
                "严重失信主体名单,法人,北京甲矿业有限公司," + A + ",较大事故,SG-1,北京市应急管理局,2024-08-01",
                "联合惩戒对象,法人,福州乙建设有限公司," + B + ",瞒报事故,,北京市应急管理局,2020-01-10");
        TestGraph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();
    }

    JsonNode query(String query) {
        JsonNode body = new GraphQlClient(port).query(query);
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        return body.path("data");
    }

    @Test
    void penaltiesWithAFilterShowOnlyPublicOnesWithExactAmounts() {
        JsonNode page = query(
                        "{ penalties(filter: {uscc: \"" + A + "\", types: [FINE]}) { totalCount"
                                + " pageInfo { hasNextPage endCursor } edges { cursor node { decisionNumber decidedOn types"
                                + " fineAmountYuan authority { uscc name } party { name } publiclyDisclosed publicUntil } } } }")
                .path("penalties");
        // D6: the 4-year-old penalty and the annulled (撤销) one are hidden and not counted
        assertThat(page.path("totalCount").asInt()).isEqualTo(1);
        JsonNode node = page.at("/edges/0/node");
        assertThat(node.path("decisionNumber").asString()).isEqualTo("京应急罚〔2025〕1号");
        assertThat(node.path("fineAmountYuan").asString()).isEqualTo("55000");
        assertThat(node.at("/types/0").asString()).isEqualTo("FINE");
        assertThat(node.at("/authority/uscc").asString()).isEqualTo(AUTHORITY);
        assertThat(node.at("/party/name").asString()).isEqualTo("北京甲矿业有限公司");
        assertThat(node.path("publiclyDisclosed").asBoolean()).isTrue();

        JsonNode all = query("{ penalties(first: 2) { totalCount pageInfo { hasNextPage endCursor }"
                        + " edges { node { decisionNumber party { name } } } } }")
                .path("penalties");
        assertThat(all.path("totalCount").asInt()).isEqualTo(5);
        assertThat(all.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        JsonNode rest = query("{ penalties(first: 10, after: \""
                        + all.at("/pageInfo/endCursor").asString()
                        + "\") { edges { node { decisionNumber party { name } } } } }")
                .path("penalties");
        assertThat(rest.path("edges").size()).isEqualTo(3);
        // D12: a natural person's name as party is masked for anonymous callers
        assertThat(all.toString() + rest).contains("张*").doesNotContain("张三");
    }

    @Test
    void accidentsAndListingsFilter() {
        JsonNode accidents = query("{ accidents(filter: {grades: [LARGER], uscc: \"" + A + "\"}) { totalCount"
                        + " edges { node { accidentNumber grade deaths directLossYuan enterprise { uscc name } } } } }")
                .path("accidents");
        assertThat(accidents.path("totalCount").asInt()).isEqualTo(1);
        assertThat(accidents.at("/edges/0/node/accidentNumber").asString()).isEqualTo("SG-1");
        assertThat(accidents.at("/edges/0/node/directLossYuan").asString()).isEqualTo("1200000");
        assertThat(accidents.at("/edges/0/node/enterprise/name").asString()).isEqualTo("北京甲矿业有限公司");

        JsonNode inForce = query("{ listings(filter: {inForceOn: \"2025-06-01\"}) { totalCount"
                        + " edges { node { key list listedOn basis inForce(asOf: \"2025-06-01\") } } } }")
                .path("listings");
        assertThat(inForce.path("totalCount").asInt()).isEqualTo(1);
        assertThat(inForce.at("/edges/0/node/list").asString()).isEqualTo("SERIOUS_DISHONESTY");
        assertThat(inForce.at("/edges/0/node/inForce").asBoolean()).isTrue();
        assertThat(inForce.at("/edges/0/node/basis/0").asString()).isEqualTo("SG-1");
        JsonNode byCode = query("{ listings(filter: {code: \"" + B + "\", list: \"JOINT_SANCTION_TARGET\"}) {"
                        + " totalCount edges { node { inForce(asOf: \"2020-06-01\") } } } }")
                .path("listings");
        assertThat(byCode.path("totalCount").asInt()).isEqualTo(1);
        assertThat(byCode.at("/edges/0/node/inForce").asBoolean()).isTrue();
    }

    static final String ENTERPRISE_FIELDS = "uscc name"
            + " penalties(first: 1) { totalCount pageInfo { hasNextPage } edges { node { decisionNumber } } }"
            + " accidents { totalCount }"
            + " listings { totalCount edges { node { list inForce } } }"
            + " roles { person { id name maskedIdNumber } role from }"
            + " investors { investor { id name } sharePercent }"
            + " investments { investee { uscc } sharePercent }";

    JsonNode page(String text) {
        return query("{ search(text: \"" + text + "\") { totalCount edges { node { ... on Enterprise { "
                        + ENTERPRISE_FIELDS + " } } } } }")
                .path("search");
    }

    @Test
    void enterprisePageQueriesDoNotGrowWithItsNestedRecords() {
        String page = "{ enterprise(uscc: \"%s\") { " + ENTERPRISE_FIELDS.replace("penalties(first: 1)", "penalties")
                + " } }";
        long before = graph.queryCount();
        JsonNode few = query(page.formatted(B)).path("enterprise");
        long fewQueries = graph.queryCount() - before;
        before = graph.queryCount();
        JsonNode many = query(page.formatted(A)).path("enterprise");
        long manyQueries = graph.queryCount() - before;

        assertThat(few.at("/penalties/totalCount").asInt()).isEqualTo(1);
        assertThat(few.path("roles")).isEmpty();
        assertThat(many.at("/penalties/edges")).hasSize(2);
        assertThat(many.at("/accidents/totalCount").asInt()).isEqualTo(2);
        assertThat(many.path("roles")).hasSize(1);
        // the enterprise (1) + one query per nested field (6), however many records each holds
        assertThat(manyQueries).isEqualTo(fewQueries).isEqualTo(7);
    }

    @Test
    void nestedEnterpriseFieldsAreBatchedWithABoundedNumberOfQueries() {
        long before = graph.queryCount();
        JsonNode one = page("甲矿业");
        long single = graph.queryCount() - before;
        before = graph.queryCount();
        JsonNode three = page("有限公司");
        long many = graph.queryCount() - before;

        assertThat(one.path("totalCount").asInt()).isEqualTo(1);
        assertThat(three.path("totalCount").asInt()).isEqualTo(3);
        // search with its total (1) + one query per nested field (6), whatever the number of enterprises
        assertThat(many).isEqualTo(single).isEqualTo(7);

        JsonNode a = null;
        for (JsonNode edge : three.path("edges")) {
            if (edge.at("/node/uscc").asString().equals(A)) {
                a = edge.path("node");
            }
        }
        assertThat(a).isNotNull();
        assertThat(a.at("/penalties/totalCount").asInt()).isEqualTo(2);
        assertThat(a.at("/penalties/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(a.at("/penalties/edges/0/node/decisionNumber").asString()).isEqualTo("京应急罚〔2025〕1号");
        assertThat(a.at("/accidents/totalCount").asInt()).isEqualTo(2);
        assertThat(a.at("/listings/edges/0/node/list").asString()).isEqualTo("SERIOUS_DISHONESTY");
        assertThat(a.at("/roles/0/role").asString()).isEqualTo("PRINCIPAL");
        assertThat(a.at("/roles/0/person/name").asString()).isEqualTo("张*");
        assertThat(a.at("/roles/0/person/maskedIdNumber").asString()).isEqualTo("110105********002X");
        assertThat(a.at("/investments/0/investee/uscc").asString()).isEqualTo(B);
        assertThat(three.toString()).doesNotContain(PERSON_ID_NUMBER, "张三");
        for (JsonNode edge : three.path("edges")) {
            if (edge.at("/node/uscc").asString().equals(B)) {
                assertThat(edge.at("/node/investors/0/investor/id").asString()).isEqualTo(A);
                assertThat(edge.at("/node/investors/0/sharePercent").asDouble()).isEqualTo(60.0);
                assertThat(edge.at("/node/penalties/totalCount").asInt()).isEqualTo(1);
            }
        }

        String personId = a.at("/roles/0/person/id").asString();
        JsonNode person = query("{ person(id: \"" + personId + "\") { id name maskedIdNumber } }")
                .path("person");
        assertThat(person.path("name").asString()).isEqualTo("张*");
        assertThat(query("{ person(id: \"unknown\") { id } }").path("person").isNull())
                .isTrue();
    }

    @Test
    void badCursorIsBadUserInput() {
        JsonNode body = new GraphQlClient(port).query("{ penalties(after: \"xyz\") { totalCount } }");
        assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    }
}
