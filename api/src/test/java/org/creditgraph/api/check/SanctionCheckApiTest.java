package org.creditgraph.api.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.loaders.catalogue.IncentiveCatalogue;
import org.creditgraph.loaders.catalogue.MeasureCatalogue;
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
 * D7 end to end: a hand-built scenario loaded through the loaders, checked over HTTP. A listed
 * parent (A) holds 60% of B, which holds 30% of C; C's principal served a sentence for an accident.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SanctionCheckApiTest {

    static final String A = "91110000600037341L";
    static final String B = "91350100M000100Y43";
    static final String C = "91440300MA5DFLX12J";
    static final String PRINCIPAL_ID = "11010519491231002X";
    // Graded A (incentives) and debarred by the World Bank (linked as entity matching links).
    static final String GRADED = "91110108551385082Q";
    static final String DEBARRED = "91310000132149237G";

    @LocalServerPort
    int port;

    @Autowired
    Graph graph;

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/check-test-data");
        registry.add("creditgraph.api-keys", () -> "check-bank-Gs7Rt2Wp9Lz4Mx6N=AGENCY@Bank");
    }

    static void load(Loader loader, Kind kind, String... lines) throws Exception {
        org.creditgraph.api.CsvFixture.load(loader, dir, kind, lines);
    }

    @BeforeAll
    static void scenario() throws Exception {
        TestGraph.clean();
        MeasureCatalogue.load(TestGraph.graph());
        IncentiveCatalogue.load(TestGraph.graph());
        var loader =
                new Loader(TestGraph.graph(), PersonIdentity.fromEnvironmentOr(Path.of("target/check-test-data")), 100);
        load(
                loader,
                Kind.ENTERPRISES,
                "统一社会信用代码,企业名称,曾用名,行业代码",
                A + ",北京甲矿业有限公司,同名公司,B0610",
                B + ",福州乙建设有限公司,同名公司,E4710",
                C + ",深圳丙材料有限公司,,C3311",
                GRADED + ",北京丁建设有限公司,,E4710",
                DEBARRED + ",湖南建设集团有限公司,,E4710");
        load(
                loader,
                Kind.CREDIT_GRADES,
                "统一社会信用代码,企业名称,信用等级,评定机关,有效期起,有效期止",
                GRADED + ",北京丁建设有限公司,A,北京市应急管理局,2025-01-01,2025-12-31",
                A + ",北京甲矿业有限公司,A,北京市应急管理局,2025-01-01,2025-12-31",
                DEBARRED + ",湖南建设集团有限公司,A,湖南省应急管理厅,2025-01-01,2025-12-31");
        Path wb = dir.resolve("worldbank.csv");
        java.nio.file.Files.writeString(
                wb,
                "Firm Name,Address,Country,Ineligibility Period (From),Ineligibility Period (To),Grounds\n"
                        + "\"HUNAN CONSTRUCTION GROUP CO., LTD.(湖南建设集团有限公司) *301\",\"CHANGSHA, HUNAN\",China,"
                        + "2016-01-14,2999-12-31,\"Procurement Guidelines, 1.14(a)(ii)\"\n");
        loader.load(
                Kind.LISTINGS,
                wb,
                java.util.Optional.of(org.creditgraph.loaders.mapping.Mapping.load("worldbank-debarment")),
                java.util.Map.of(),
                Loader.Progress.NONE);
        TestGraph.driver()
                .executableQuery("MATCH (l:Listing {caseNumber: '301'}), (e:Enterprise {uscc: $uscc}) "
                        + "MERGE (l)-[:OF {origin: 'MATCH'}]->(e)")
                .withParameters(java.util.Map.of("uscc", DEBARRED))
                .execute();
        load(
                loader,
                Kind.INVESTMENTS,
                "投资方统一社会信用代码或证件号码,投资方名称,被投资企业统一社会信用代码,持股比例,认缴日期,退出日期",
                A + ",北京甲矿业有限公司," + B + ",60,2020-01-01,",
                B + ",福州乙建设有限公司," + C + ",30,2020-01-01,");
        load(
                loader,
                Kind.ROLES,
                "统一社会信用代码,姓名,证件类型,证件号码,职务,任职开始日期,任职结束日期",
                C + ",张三,居民身份证," + PRINCIPAL_ID + ",主要负责人,2023-03-01,");
        load(
                loader,
                Kind.ACCIDENTS,
                "事故编号,发生日期,死亡人数,事故单位统一社会信用代码,是否责任事故,调查报告批复日期",
                "SG-1,2019-05-01,2,91110108551385082Q,是,2019-08-01");
        load(
                loader,
                Kind.RESPONSIBILITIES,
                "事故编号,责任主体类别,姓名或名称,证件号码或统一社会信用代码,职务,责任类型,处理结果,处理日期,刑满日期",
                "SG-1,自然人,张三," + PRINCIPAL_ID + ",主要负责人,主要责任,刑事处罚,2019-09-01,2021-03-01");
        load(
                loader,
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,列入日期",
                "严重失信主体名单,法人,北京甲矿业有限公司," + A + ",重大事故,,北京市应急管理局,2024-01-10");
    }

    JsonNode check(String subject, String domain, String asOf) {
        return check(new GraphQlClient(port), subject, domain, asOf);
    }

    static JsonNode check(GraphQlClient client, String subject, String domain, String asOf) {
        return client.query("{ sanctionCheck(subject: " + subject + ", domain: " + domain
                + (asOf == null ? "" : ", asOf: \"" + asOf + "\"")
                + ") { verdict subjectFound subject { id name } asOf dataVersion evidenceIds"
                + " measures { code domain legalBasis }"
                + " reasons { code inForceUntil listing { key regime listedOn authorityName }"
                + " ban { kind from until } personId path { fromId fromKind role sharePercent toId } } } }");
    }

    @Test
    void d7_listedSubjectIsRestrictedWithMeasuresAndEvidence() {
        JsonNode c = check("{uscc: \"" + A + "\"}", "FINANCING", "2025-06-01").at("/data/sanctionCheck");
        assertThat(c.at("/verdict").asString()).isEqualTo("RESTRICTED");
        assertThat(c.at("/subject/name").asString()).isEqualTo("北京甲矿业有限公司");
        assertThat(c.at("/reasons/0/code").asString()).isEqualTo("LISTED");
        assertThat(c.at("/reasons/0/listing/regime").asString()).isEqualTo("SERIOUS_DISHONESTY");
        assertThat(c.at("/reasons/0/inForceUntil").asString()).isEqualTo("2027-01-10");
        assertThat(c.at("/measures").size()).isPositive();
        c.at("/measures").forEach(m -> assertThat(m.at("/domain").asString()).isEqualTo("FINANCING"));
        assertThat(c.at("/dataVersion").asString()).contains("listings");
        assertThat(c.at("/evidenceIds").toString()).contains("SERIOUS_DISHONESTY|" + A);
    }

    JsonNode incentivesCheck(String uscc, String domain) {
        return new GraphQlClient(port)
                .query(
                        "{ sanctionCheck(subject: {uscc: \"" + uscc + "\"}, domain: " + domain
                                + ", asOf: \"2025-06-01\") { verdict reasons { code listing { key regime permanent } }"
                                + " incentives { code titleZh legalBasis domain inForceUntil grade { grade authorityName }"
                                + " listing { key } } subject { ... on Enterprise { creditGrades { grade validFrom validTo } } } } }")
                .at("/data/sanctionCheck");
    }

    @Test
    void incentives_gradeAEarnsTheDomainsIncentivesAndEnterpriseShowsItsGrades() {
        JsonNode c = incentivesCheck(GRADED, "FINANCING");
        assertThat(c.at("/verdict").asString()).isEqualTo("CLEAR");
        List<String> codes = new ArrayList<>();
        c.at("/incentives").forEach(i -> codes.add(i.at("/code").asString()));
        assertThat(codes).contains("FI-LOAN-TERMS", "FI-INSURANCE-RATE");
        assertThat(c.at("/incentives/0/grade/grade").asString()).isEqualTo("A");
        assertThat(c.at("/incentives/0/inForceUntil").asString()).isEqualTo("2026-01-01");
        assertThat(c.at("/incentives/0/legalBasis").asString()).isNotBlank();
        assertThat(c.at("/subject/creditGrades/0/grade").asString()).isEqualTo("A");
        assertThat(c.at("/subject/creditGrades/0/validTo").asString()).isEqualTo("2025-12-31");
    }

    @Test
    void incentives_aListedOrDebarredSubjectGetsNoneWhateverItsGrade() {
        JsonNode listed = incentivesCheck(A, "FINANCING");
        assertThat(listed.at("/verdict").asString()).isEqualTo("RESTRICTED");
        assertThat(listed.at("/incentives").size()).isZero();
        assertThat(incentivesCheck(A, "HONOURS").at("/incentives").size()).isZero();
        assertThat(incentivesCheck(DEBARRED, "BUSINESS_OPERATION")
                        .at("/incentives")
                        .size())
                .isZero();
    }

    @Test
    void foreignDebarment_linkedWorldBankListingGivesAttentionInProcurementOnly() {
        JsonNode gp = incentivesCheck(DEBARRED, "GOVERNMENT_PROCUREMENT");
        assertThat(gp.at("/verdict").asString()).isEqualTo("ATTENTION");
        assertThat(gp.at("/reasons/0/code").asString()).isEqualTo("FOREIGN_DEBARMENT");
        assertThat(gp.at("/reasons/0/listing/regime").asString()).isEqualTo("WORLD_BANK_DEBARMENT");
        assertThat(gp.at("/reasons/0/listing/permanent").asBoolean()).isTrue();
        JsonNode honours = incentivesCheck(DEBARRED, "HONOURS");
        assertThat(honours.at("/verdict").asString()).isEqualTo("CLEAR");
        assertThat(honours.at("/reasons").size()).isZero();
    }

    @Test
    void d7_theDayBeforeListingIsClear() {
        JsonNode c = check("{uscc: \"" + A + "\"}", "FINANCING", "2024-01-09").at("/data/sanctionCheck");
        assertThat(c.at("/verdict").asString()).isEqualTo("CLEAR");
        assertThat(c.at("/subjectFound").asBoolean()).isTrue();
    }

    @Test
    void d7_exitEntryDoesNotApplyToEnterprises() {
        JsonNode c = check("{uscc: \"" + A + "\"}", "EXIT_ENTRY", "2025-06-01").at("/data/sanctionCheck");
        assertThat(c.at("/verdict").asString()).isEqualTo("CLEAR");
        assertThat(c.at("/subjectFound").asBoolean()).isTrue();
        assertThat(c.at("/reasons").size()).isZero();
    }

    @Test
    void d7_exposureFollowsControlDownwardsWithThePath() {
        JsonNode b = check("{uscc: \"" + B + "\"}", "GOVERNMENT_PROCUREMENT", "2025-06-01")
                .at("/data/sanctionCheck");
        assertThat(b.at("/verdict").asString()).isEqualTo("ATTENTION");
        assertThat(b.at("/reasons/0/code").asString()).isEqualTo("RELATED_PARTY_RESTRICTED");
        assertThat(b.at("/reasons/0/path/0/fromId").asString()).isEqualTo(A);
        assertThat(b.at("/reasons/0/path/0/sharePercent").asDouble()).isEqualTo(60.0);
        JsonNode c = check("{uscc: \"" + C + "\"}", "GOVERNMENT_PROCUREMENT", "2025-06-01")
                .at("/data/sanctionCheck");
        List<String> codes = new ArrayList<>();
        c.at("/reasons").forEach(r -> codes.add(r.at("/code").asString()));
        assertThat(codes).contains("RELATED_PARTY_RESTRICTED", "BANNED_PRINCIPAL");
        JsonNode related = null;
        for (JsonNode r : c.at("/reasons")) {
            if (r.at("/code").asString().equals("RELATED_PARTY_RESTRICTED")) {
                related = r;
            }
        }
        assertThat(related.at("/path").size()).isEqualTo(2);
        assertThat(related.at("/path/1/fromId").asString()).isEqualTo(B);
        // a listed subsidiary does not taint its shareholder
        JsonNode up = check("{uscc: \"" + A + "\"}", "GOVERNMENT_PROCUREMENT", "2025-06-01")
                .at("/data/sanctionCheck");
        assertThat(up.toString()).doesNotContain("RELATED_PARTY_RESTRICTED");
    }

    @Test
    void d5_principalServingABanMakesTheEnterpriseAttention() {
        JsonNode c = check("{uscc: \"" + C + "\"}", "HONOURS", "2024-01-01").at("/data/sanctionCheck");
        assertThat(c.at("/verdict").asString()).isEqualTo("ATTENTION");
        assertThat(c.at("/reasons/0/code").asString()).isEqualTo("BANNED_PRINCIPAL");
        assertThat(c.at("/reasons/0/ban/kind").asString()).isEqualTo("FIVE_YEAR_ANY_INDUSTRY");
        assertThat(c.at("/reasons/0/ban/until").asString()).isEqualTo("2026-03-01");
        JsonNode after = check("{uscc: \"" + C + "\"}", "HONOURS", "2026-03-01").at("/data/sanctionCheck");
        assertThat(after.toString()).doesNotContain("BANNED_PRINCIPAL");
    }

    @Test
    void d7_unknownSubjectIsClearAndNotFound() {
        JsonNode c = check("{uscc: \"11110000000019713H\"}", "FINANCING", null).at("/data/sanctionCheck");
        assertThat(c.at("/verdict").asString()).isEqualTo("CLEAR");
        assertThat(c.at("/subjectFound").asBoolean()).isFalse();
        assertThat(c.at("/subject").isNull()).isTrue();
    }

    @Test
    void d1_badCodesAreErrorsOrWarnings() {
        JsonNode malformed = check("{uscc: \"9111000060003734IL\"}", "FINANCING", null);
        assertThat(malformed.at("/errors/0/extensions/code").asString()).isEqualTo("INVALID_USCC");
        assertThat(malformed.at("/errors/0/message").asString()).contains("position 17");
        JsonNode badCheck = check("{uscc: \"91110000600037341M\"}", "FINANCING", null);
        assertThat(badCheck.path("errors").isMissingNode()).isTrue();
        assertThat(badCheck.at("/extensions/warnings/0").asString()).contains("check digit");
        JsonNode two = check("{uscc: \"" + A + "\", name: \"x\"}", "FINANCING", null);
        assertThat(two.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        JsonNode byNumber = check("{idNumber: \"" + PRINCIPAL_ID + "\"}", "FINANCING", null);
        assertThat(byNumber.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(byNumber.toString()).doesNotContain(PRINCIPAL_ID);
    }

    @Test
    void d7_namesResolveExactlyAndAmbiguityListsCandidates() {
        JsonNode one = check("{name: \"深圳丙材料有限公司\"}", "FINANCING", "2025-06-01").at("/data/sanctionCheck");
        assertThat(one.at("/subject/id").asString()).isEqualTo(C);
        JsonNode two = check("{name: \"同名公司\"}", "FINANCING", null);
        assertThat(two.at("/errors/0/extensions/code").asString()).isEqualTo("AMBIGUOUS_SUBJECT");
        assertThat(two.at("/errors/0/extensions/candidates").size()).isEqualTo(2);
    }

    @Test
    void d7_batchAnswersInOrderWithAConstantNumberOfQueries() {
        var client = new GraphQlClient(port);
        String three = "[{uscc: \"" + C + "\"}, {uscc: \"11110000000019713H\"}, {uscc: \"" + A + "\"}]";
        String one = "[{uscc: \"" + B + "\"}]";
        long before = graph.queryCount();
        client.query("{ sanctionChecks(subjects: " + one + ", domain: FINANCING, asOf: \"2025-06-01\") { verdict } }");
        long single = graph.queryCount() - before;
        before = graph.queryCount();
        JsonNode batch = client.query("{ sanctionChecks(subjects: " + three
                + ", domain: FINANCING, asOf: \"2025-06-01\") { verdict subjectFound subject { id } } }");
        long many = graph.queryCount() - before;
        assertThat(many).isEqualTo(single);
        assertThat(batch.at("/data/sanctionChecks/0/subject/id").asString()).isEqualTo(C);
        assertThat(batch.at("/data/sanctionChecks/1/subjectFound").asBoolean()).isFalse();
        assertThat(batch.at("/data/sanctionChecks/2/verdict").asString()).isEqualTo("RESTRICTED");
    }

    @Test
    void d7_aBatchAnswersEverySubjectAndGivesEachProblemItsOwnError() {
        var agency = new GraphQlClient(port).with("X-API-Key", "check-bank-Gs7Rt2Wp9Lz4Mx6N");
        String five = "[{uscc: \"" + C + "\"}, {uscc: \"9111000060003734IL\"}, {name: \"同名公司\"},"
                + " {uscc: \"11110000000019713H\"}, {uscc: \"" + A + "\"}]";
        JsonNode batch = agency.query("{ sanctionChecks(subjects: " + five
                + ", domain: FINANCING, asOf: \"2025-06-01\") { verdict subjectFound subject { id } receipt } }");
        JsonNode answers = batch.at("/data/sanctionChecks");
        assertThat(answers.size()).isEqualTo(5);
        assertThat(answers.at("/0/subject/id").asString()).isEqualTo(C);
        assertThat(answers.get(1).isNull()).isTrue();
        assertThat(answers.get(2).isNull()).isTrue();
        assertThat(answers.at("/3/subjectFound").asBoolean()).isFalse();
        assertThat(answers.at("/4/verdict").asString()).isEqualTo("RESTRICTED");
        assertThat(answers.at("/4/receipt").asString()).isNotBlank();
        JsonNode errors = batch.path("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.at("/0/extensions/code").asString()).isEqualTo("INVALID_USCC");
        assertThat(errors.at("/0/extensions/index").asInt()).isEqualTo(1);
        assertThat(errors.at("/0/path/1").asInt()).isEqualTo(1);
        assertThat(errors.at("/0/message").asString()).contains("subjects[1]");
        assertThat(errors.at("/1/extensions/code").asString()).isEqualTo("AMBIGUOUS_SUBJECT");
        assertThat(errors.at("/1/extensions/index").asInt()).isEqualTo(2);
        assertThat(errors.at("/1/path/1").asInt()).isEqualTo(2);

        JsonNode byNumber = check("{idNumber: \"" + PRINCIPAL_ID + "\"}", "FINANCING", null);
        assertThat(byNumber.toString()).doesNotContain(PRINCIPAL_ID);
        JsonNode anonymousBatch = new GraphQlClient(port)
                .query("{ sanctionChecks(subjects: [{idNumber: \"" + PRINCIPAL_ID + "\"}, {uscc: \"" + A
                        + "\"}], domain: FINANCING, asOf: \"2025-06-01\") { verdict } }");
        assertThat(anonymousBatch.at("/data/sanctionChecks/0").isNull()).isTrue();
        assertThat(anonymousBatch.at("/data/sanctionChecks/1/verdict").asString())
                .isEqualTo("RESTRICTED");
        assertThat(anonymousBatch.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(anonymousBatch.toString()).doesNotContain(PRINCIPAL_ID);
    }

    @Test
    void d12_anonymousCheckByAPersonsFullNameDoesNotFindThePerson() {
        JsonNode anonymous =
                check("{name: \"张三\"}", "QUALIFICATION_REVIEW", "2024-01-01").at("/data/sanctionCheck");
        assertThat(anonymous.at("/subjectFound").asBoolean()).isFalse();
        assertThat(anonymous.at("/verdict").asString()).isEqualTo("CLEAR");
        assertThat(anonymous.at("/reasons").size()).isZero();
        assertThat(anonymous.at("/evidenceIds").size()).isZero();
        JsonNode agency = check(
                        new GraphQlClient(port).with("X-API-Key", "check-bank-Gs7Rt2Wp9Lz4Mx6N"),
                        "{name: \"张三\"}",
                        "QUALIFICATION_REVIEW",
                        "2024-01-01")
                .at("/data/sanctionCheck");
        assertThat(agency.at("/subjectFound").asBoolean()).isTrue();
        assertThat(agency.at("/subject/name").asString()).isEqualTo("张三");
        assertThat(agency.at("/verdict").asString()).isEqualTo("RESTRICTED");
        assertThat(agency.at("/reasons/0/code").asString()).isEqualTo("BANNED_PERSON");
        assertThat(agency.at("/evidenceIds").size()).isPositive();
    }

    @Test
    void d12_anonymousSearchByAPersonsFullNameFindsNoPersonAgencySearchDoes() {
        String query = "{ search(text: \"张三\") { totalCount edges { node { __typename id name } } } }";
        JsonNode anonymous = new GraphQlClient(port).query(query).at("/data/search");
        assertThat(anonymous.at("/totalCount").asInt()).isZero();
        assertThat(anonymous.at("/edges").toString()).doesNotContain("Person");
        JsonNode agency = new GraphQlClient(port)
                .with("X-API-Key", "check-bank-Gs7Rt2Wp9Lz4Mx6N")
                .query(query)
                .at("/data/search");
        assertThat(agency.at("/edges/0/node/__typename").asString()).isEqualTo("Person");
        assertThat(agency.at("/edges/0/node/name").asString()).isEqualTo("张三");
    }

    @Test
    void d12_anonymousSearchStillFindsEnterprisesByName() {
        JsonNode found = new GraphQlClient(port)
                .query("{ search(text: \"深圳丙材料有限公司\") { edges { node { id } } } }")
                .at("/data/search/edges");
        assertThat(found.toString()).contains(C);
    }
}
