package org.creditgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The person profile fields (issue 6): roles, investments, own listings (D3) and principal bans (D5) of a
 * natural person, batched over several persons, with D12 masking for anonymous callers and never the raw ID number.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonProfileApiTest {

    static final String A = "91110000600037341L";
    static final String B = "91350100M000100Y43";
    static final String ZHANG_SAN = "11010519491231002X";
    static final String LI_SI = "110101199003074477";
    static final String AGENCY_KEY = "person-desk-key-Vq8ZrT3mK7pW";

    static final String PROFILE = "query($u: String!) { enterprise(uscc: $u) { roles { role person { id name"
            + " roles { role from to sharePercent enterprise { uscc name } }"
            + " investments { sharePercent from to investor { __typename id name } investee { uscc name } }"
            + " listings(first: 10) { totalCount edges { node { key list name listedOn reason basis } } }"
            + " bans { kind from until accidentNumber } } } } }";

    @LocalServerPort
    int port;

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/person-test-data");
        registry.add("creditgraph.api-keys", () -> AGENCY_KEY + "=AGENCY@Newsroom desk");
    }

    /**
     * 张三: principal of A since 2023, shareholder (20%) of B 2021-2024, invests 30% in B, listed himself, and
     * criminally punished for accident SG-1 with the sentence ending 2021-03-01 (D5: five-year ban to 2026-03-01).
     * 李四: legal representative of B, nothing else.
     */
    @BeforeAll
    static void scenario() throws Exception {
        TestGraph.clean();
        var loader = new Loader(
                TestGraph.graph(), PersonIdentity.fromEnvironmentOr(Path.of("target/person-test-data")), 100);
        CsvFixture.load(
                loader, dir, Kind.ENTERPRISES, "统一社会信用代码,企业名称,行业代码", A + ",北京甲矿业有限公司,B0610", B + ",福州乙建设有限公司,E4710");
        CsvFixture.load(
                loader,
                dir,
                Kind.ROLES,
                "统一社会信用代码,姓名,证件类型,证件号码,职务,持股比例,任职开始日期,任职结束日期",
                A + ",张三,居民身份证," + ZHANG_SAN + ",主要负责人,,2023-03-01,",
                B + ",张三,居民身份证," + ZHANG_SAN + ",股东,20,2021-01-01,2024-01-01",
                A + ",李四,居民身份证," + LI_SI + ",安全生产管理人员,,2022-05-01,");
        CsvFixture.load(
                loader,
                dir,
                Kind.INVESTMENTS,
                "投资方统一社会信用代码或证件号码,投资方名称,被投资企业统一社会信用代码,持股比例,认缴日期,退出日期",
                ZHANG_SAN + ",张三," + B + ",30,2020-01-01,");
        CsvFixture.load(
                loader,
                dir,
                Kind.ACCIDENTS,
                "事故编号,发生日期,死亡人数,事故单位统一社会信用代码,是否责任事故,调查报告批复日期",
                "SG-1,2019-05-01,2," + A + ",是,2019-08-01");
        CsvFixture.load(
                loader,
                dir,
                Kind.RESPONSIBILITIES,
                "事故编号,责任主体类别,姓名或名称,证件号码或统一社会信用代码,职务,责任类型,处理结果,处理日期,刑满日期",
                "SG-1,自然人,张三," + ZHANG_SAN + ",主要负责人,主要责任,刑事处罚,2019-09-01,2021-03-01");
        CsvFixture.load(
                loader,
                dir,
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,列入日期",
                "严重失信主体名单,自然人,张三," + ZHANG_SAN + ",事故责任,SG-1,北京市应急管理局,2024-01-10");
        TestGraph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();
    }

    JsonNode roles(GraphQlClient client) {
        String body = client.post(PROFILE, Map.of("u", A)).body();
        // D12: no raw ID number anywhere in the answer, whoever asks
        assertThat(body).doesNotContain(ZHANG_SAN).doesNotContain(LI_SI);
        JsonNode json = GraphQlClient.json(body);
        assertThat(json.path("errors").isMissingNode()).as(body).isTrue();
        return json.at("/data/enterprise/roles");
    }

    static JsonNode person(JsonNode roles, String role) {
        for (JsonNode r : roles) {
            if (r.path("role").asString().equals(role)) {
                return r.path("person");
            }
        }
        throw new AssertionError("no " + role + " in " + roles);
    }

    @Test
    void personRolesAndInvestmentsNameTheEnterprises() {
        JsonNode zhang = person(roles(new GraphQlClient(port)), "PRINCIPAL");
        assertThat(zhang.at("/roles")).hasSize(2);
        assertThat(zhang.at("/roles/0/role").asString()).isEqualTo("PRINCIPAL");
        assertThat(zhang.at("/roles/0/enterprise/uscc").asString()).isEqualTo(A);
        assertThat(zhang.at("/roles/0/from").asString()).isEqualTo("2023-03-01");
        assertThat(zhang.at("/roles/0/to").isNull()).isTrue();
        assertThat(zhang.at("/roles/1/role").asString()).isEqualTo("SHAREHOLDER");
        assertThat(zhang.at("/roles/1/enterprise/name").asString()).isEqualTo("福州乙建设有限公司");
        assertThat(zhang.at("/roles/1/to").asString()).isEqualTo("2024-01-01");
        assertThat(zhang.at("/roles/1/sharePercent").asDouble()).isEqualTo(20.0);

        assertThat(zhang.at("/investments")).hasSize(1);
        assertThat(zhang.at("/investments/0/investee/uscc").asString()).isEqualTo(B);
        assertThat(zhang.at("/investments/0/sharePercent").asDouble()).isEqualTo(30.0);
        assertThat(zhang.at("/investments/0/investor/__typename").asString()).isEqualTo("Person");
        assertThat(zhang.at("/investments/0/investor/id").asString())
                .isEqualTo(zhang.at("/id").asString());
    }

    @Test
    void d3_d5_personListingsAndBans() {
        JsonNode zhang = person(roles(new GraphQlClient(port)), "PRINCIPAL");
        assertThat(zhang.at("/listings/totalCount").asInt()).isEqualTo(1);
        JsonNode listing = zhang.at("/listings/edges/0/node");
        assertThat(listing.at("/list").asString()).isEqualTo("SERIOUS_DISHONESTY");
        assertThat(listing.at("/listedOn").asString()).isEqualTo("2024-01-10");
        assertThat(listing.at("/basis").toString()).contains("SG-1");

        assertThat(zhang.at("/bans")).hasSize(1);
        assertThat(zhang.at("/bans/0/kind").asString()).isEqualTo("FIVE_YEAR_ANY_INDUSTRY");
        assertThat(zhang.at("/bans/0/from").asString()).isEqualTo("2021-03-01");
        assertThat(zhang.at("/bans/0/until").asString()).isEqualTo("2026-03-01");
        assertThat(zhang.at("/bans/0/accidentNumber").asString()).isEqualTo("SG-1");
    }

    @Test
    void batchedOverSeveralPersons_aPersonWithoutRecordsHasEmptyLists() {
        JsonNode li = person(roles(new GraphQlClient(port)), "SAFETY_MANAGER");
        assertThat(li.at("/roles")).hasSize(1);
        assertThat(li.at("/roles/0/enterprise/uscc").asString()).isEqualTo(A);
        assertThat(li.at("/investments")).isEmpty();
        assertThat(li.at("/listings/totalCount").asInt()).isZero();
        assertThat(li.at("/bans")).isEmpty();
    }

    @Test
    void d12_anonymousCallersSeeMaskedNames_anAgencySeesThemInFull() {
        JsonNode anonymous = person(roles(new GraphQlClient(port)), "PRINCIPAL");
        assertThat(anonymous.at("/name").asString()).isEqualTo("张*");
        assertThat(anonymous.at("/investments/0/investor/name").asString()).isEqualTo("张*");
        assertThat(anonymous.at("/listings/edges/0/node/name").asString()).isEqualTo("张*");

        JsonNode agency = person(roles(new GraphQlClient(port).with("X-API-Key", AGENCY_KEY)), "PRINCIPAL");
        assertThat(agency.at("/name").asString()).isEqualTo("张三");
        assertThat(agency.at("/investments/0/investor/name").asString()).isEqualTo("张三");
        assertThat(agency.at("/listings/edges/0/node/name").asString()).isEqualTo("张三");
    }

    @Test
    void personFieldsAreReachableFromQueryPerson() {
        String id =
                person(roles(new GraphQlClient(port)), "PRINCIPAL").at("/id").asString();
        JsonNode p = new GraphQlClient(port)
                .query(
                        "query($id: ID!) { person(id: $id) { roles { role } bans { kind } listings { totalCount } } }",
                        Map.of("id", id))
                .at("/data/person");
        assertThat(p.at("/roles")).hasSize(2);
        assertThat(p.at("/bans/0/kind").asString()).isEqualTo("FIVE_YEAR_ANY_INDUSTRY");
        assertThat(p.at("/listings/totalCount").asInt()).isEqualTo(1);
    }
}
