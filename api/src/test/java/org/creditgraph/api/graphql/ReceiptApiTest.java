package org.creditgraph.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.check.CheckService;
import org.creditgraph.api.check.SanctionCheckView;
import org.creditgraph.api.check.SubjectRefInput;
import org.creditgraph.api.receipt.ReceiptKeyFile;
import org.creditgraph.api.receipt.ReceiptVerification;
import org.creditgraph.api.receipt.ReceiptVerifier;
import org.creditgraph.loaders.catalogue.MeasureCatalogue;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.store.Graph;
import org.creditgraph.model.store.PageRequest;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * D8 end to end: agency checks carry receipts that verify (GraphQL, JWKS, key file) and leave an
 * audit entry without raw ID numbers (D12); anonymous checks leave neither; the audit log is for
 * admins. Callers use real API keys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReceiptApiTest {

    static final String A = "91110000600037341L";
    static final String UNKNOWN_USCC = "11110000000019713H";
    static final String PERSON_ID_NUMBER = "11010519491231002X";
    static final String UNKNOWN_ID_NUMBER = "440524188001010014";
    static final Path DATA_DIR = Path.of("target/receipts-test-data");
    static final Viewer AGENCY = new Viewer(Viewer.Role.AGENCY, Set.of(), "Bank A");
    static final Viewer ADMIN = new Viewer(Viewer.Role.ADMIN, Set.of(), "regulator");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    CheckService checks;

    @Autowired
    AuditLogController auditLog;

    @Autowired
    ReceiptVerifier verifier;

    @Autowired
    Graph graph;

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("creditgraph.neo4j-uri", () -> TestGraph.server().boltUri().toString());
        registry.add("creditgraph.demo", () -> "off");
        registry.add("creditgraph.data-dir", DATA_DIR::toString);
        registry.add(
                "creditgraph.api-keys",
                () -> "agency-key-Mw5Qe9RtZ2kH7v=AGENCY@test AGENCY;admin-key-Pc4Ub8NyF3jX6d=ADMIN@test ADMIN");
    }

    static void load(Loader loader, Kind kind, String... lines) throws Exception {
        org.creditgraph.api.CsvFixture.load(loader, dir, kind, lines);
    }

    @BeforeAll
    static void scenario() throws Exception {
        TestGraph.clean();
        MeasureCatalogue.load(TestGraph.graph());
        var loader = new Loader(TestGraph.graph(), PersonIdentity.fromEnvironmentOr(DATA_DIR), 100);
        load(loader, Kind.ENTERPRISES, "统一社会信用代码,企业名称,行业代码", A + ",北京甲矿业有限公司,B0610");
        load(
                loader,
                Kind.ROLES,
                "统一社会信用代码,姓名,证件类型,证件号码,职务,任职开始日期,任职结束日期",
                A + ",张三,居民身份证," + PERSON_ID_NUMBER + ",主要负责人,2023-03-01,");
        load(
                loader,
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,列入日期",
                "严重失信主体名单,法人,北京甲矿业有限公司," + A + ",重大事故,,北京市应急管理局,2024-01-10");
    }

    @BeforeEach
    void noAuditYet() {
        TestGraph.driver().executableQuery("MATCH (a:AuditEntry) DELETE a").execute();
    }

    static SubjectRefInput uscc(String code) {
        return new SubjectRefInput(code, null, null, null);
    }

    static SubjectRefInput idNumber(String number) {
        return new SubjectRefInput(null, number, null, null);
    }

    static SubjectRefInput name(String name) {
        return new SubjectRefInput(null, null, null, name);
    }

    List<SanctionCheckView> check(Viewer viewer, SubjectRefInput... subjects) {
        return checks.check(List.of(subjects), SanctionDomain.FINANCING, LocalDate.of(2025, 6, 1), viewer, w -> {});
    }

    static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void d8_anAgencyCheckGetsAReceiptPerAnswerAndOneAuditEntryEach() {
        long before = graph.queryCount();
        check(Viewer.PUBLIC, uscc(A), uscc(UNKNOWN_USCC));
        long publicQueries = graph.queryCount() - before;
        before = graph.queryCount();
        List<SanctionCheckView> answers = check(AGENCY, uscc(A), uscc(UNKNOWN_USCC));
        assertThat(graph.queryCount() - before).isEqualTo(publicQueries + 1); // one audit write per call

        SanctionCheckView listed = answers.getFirst();
        ReceiptVerification v = verifier.verify(listed.receipt());
        assertThat(v.valid()).isTrue();
        assertThat(v.subjectCode()).isEqualTo(A);
        assertThat(v.verdict()).isEqualTo(listed.verdict());
        assertThat(v.domain()).isEqualTo(SanctionDomain.FINANCING);
        assertThat(v.asOf()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(v.subjectFound()).isTrue();
        assertThat(v.evidence()).isEqualTo(listed.evidenceIds()).isNotEmpty();
        assertThat(v.dataVersion()).isEqualTo(listed.dataVersion());
        assertThat(v.caller()).isEqualTo("Bank A");
        ReceiptVerification unknown = verifier.verify(answers.get(1).receipt());
        assertThat(unknown.subjectCode()).isEqualTo(UNKNOWN_USCC);
        assertThat(unknown.subjectFound()).isFalse();

        var entries = TestGraph.driver()
                .executableQuery("MATCH (a:AuditEntry) RETURN a ORDER BY a.subjectCode")
                .execute()
                .records();
        assertThat(entries).hasSize(2);
        var entry = entries.stream()
                .map(r -> r.get("a").asMap())
                .filter(m -> A.equals(m.get("subjectCode")))
                .findFirst()
                .orElseThrow();
        assertThat(entry)
                .containsEntry("receiptId", v.receiptId())
                .containsEntry("caller", "Bank A")
                .containsEntry("subjectKind", "ENTERPRISE")
                .containsEntry("domain", "FINANCING")
                .containsEntry("asOf", LocalDate.of(2025, 6, 1))
                .containsEntry("verdict", "RESTRICTED")
                .containsEntry("dataVersion", listed.dataVersion())
                .containsKey("at");
    }

    @Test
    void d8_d12_receiptsAndTheAuditLogNeverHoldARawIdNumber() {
        PersonIdentity identity = PersonIdentity.fromEnvironmentOr(DATA_DIR);
        List<SanctionCheckView> answers = check(
                AGENCY,
                idNumber(PERSON_ID_NUMBER),
                idNumber(UNKNOWN_ID_NUMBER),
                name("王五" + UNKNOWN_ID_NUMBER),
                name(UNKNOWN_ID_NUMBER),
                new SubjectRefInput(null, null, UNKNOWN_ID_NUMBER, null));
        assertThat(answers.getFirst().subjectFound()).isTrue();
        String known = identity.of(PERSON_ID_NUMBER).id();
        String unknown = identity.of(UNKNOWN_ID_NUMBER).id();
        assertThat(answers.stream().map(a -> verifier.verify(a.receipt()).subjectCode()))
                .containsExactly(known, unknown, "王五" + unknown, unknown, unknown);
        for (SanctionCheckView answer : answers) {
            assertThat(payload(answer.receipt())).doesNotContain(PERSON_ID_NUMBER, UNKNOWN_ID_NUMBER);
        }
        assertThat(TestGraph.count("MATCH (a:AuditEntry) RETURN count(a)")).isEqualTo(5);
        assertThat(TestGraph.allPropertiesText()).doesNotContain(PERSON_ID_NUMBER, UNKNOWN_ID_NUMBER);
    }

    @Test
    void d8_anonymousChecksHaveNoReceiptAndLeaveNoAuditEntry() {
        assertThat(check(Viewer.PUBLIC, uscc(A), name("北京甲矿业有限公司")))
                .allSatisfy(a -> assertThat(a.receipt()).isNull());
        JsonNode body = new GraphQlClient(port)
                .query("{ sanctionCheck(subject: {uscc: \"" + A + "\"}, domain: FINANCING) { verdict receipt } }");
        assertThat(body.at("/data/sanctionCheck/receipt").isNull()).isTrue();
        assertThat(TestGraph.count("MATCH (a:AuditEntry) RETURN count(a)")).isZero();
    }

    @Test
    void d8_receiptsOverGraphQlVerifyWithVerifyReceipt() {
        JsonNode checked = post(
                "AGENCY",
                "{ sanctionChecks(subjects: [{uscc: \"" + A + "\"}, {uscc: \"" + UNKNOWN_USCC
                        + "\"}], domain: FINANCING, asOf: \"2025-06-01\") { verdict receipt } }");
        String token = checked.at("/data/sanctionChecks/0/receipt").asString();
        assertThat(token).isNotBlank();
        assertThat(checked.at("/data/sanctionChecks/1/receipt").asString()).isNotBlank();
        String query = "query($t: String!) { verifyReceipt(token: $t) { valid verdict domain asOf subjectCode"
                + " subjectFound issuedAt receiptId dataVersion evidence caller problem } }";
        JsonNode valid =
                new GraphQlClient(port).query(query, Map.of("t", token)).at("/data/verifyReceipt");
        assertThat(valid.at("/valid").asBoolean()).isTrue();
        assertThat(valid.at("/verdict").asString()).isEqualTo("RESTRICTED");
        assertThat(valid.at("/domain").asString()).isEqualTo("FINANCING");
        assertThat(valid.at("/asOf").asString()).isEqualTo("2025-06-01");
        assertThat(valid.at("/subjectCode").asString()).isEqualTo(A);
        assertThat(valid.at("/caller").asString()).isEqualTo("test AGENCY");
        assertThat(valid.at("/issuedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(valid.at("/evidence").size()).isPositive();
        assertThat(valid.at("/problem").isNull()).isTrue();

        String altered = token.substring(0, 30) + (token.charAt(30) == 'x' ? 'y' : 'x') + token.substring(31);
        for (String bad : List.of(altered, "garbage", "", "a.b.c")) {
            JsonNode body = new GraphQlClient(port).query(query, Map.of("t", bad));
            assertThat(body.path("errors").isMissingNode()).as(bad).isTrue();
            assertThat(body.at("/data/verifyReceipt/valid").asBoolean()).isFalse();
            assertThat(body.at("/data/verifyReceipt/problem").asString()).isNotBlank();
            assertThat(body.at("/data/verifyReceipt/verdict").isNull()).isTrue();
        }
    }

    @Test
    void d8_theJwksEndpointServesThePublicKeyThatVerifiesReceipts() throws Exception {
        HttpResponse<String> response = new GraphQlClient(port).get("/.well-known/jwks.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age");
        assertThat(response.body())
                .doesNotContain("\"d\"")
                .contains("\"kty\":\"EC\"")
                .contains("\"crv\":\"P-256\"");
        JWKSet published = JWKSet.parse(response.body());
        assertThat(published.getKeys()).hasSize(1);
        assertThat(published.getKeys().getFirst().isPrivate()).isFalse();
        assertThat(published.getKeys().getFirst().getKeyID())
                .isEqualTo(ReceiptKeyFile.read(ReceiptKeyFile.in(DATA_DIR)).getKeyID());

        String token = check(AGENCY, uscc(A)).getFirst().receipt();
        assertThat(new ReceiptVerifier(published).verify(token).valid()).isTrue();

        String etag = response.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/.well-known/jwks.json"))
                                .header("If-None-Match", etag)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void d8_theAuditLogIsForbiddenToAllButAdmins() {
        String query = "{ auditLog { totalCount } }";
        assertThat(new GraphQlClient(port)
                        .query(query)
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");
        assertThat(post("AGENCY", query).at("/errors/0/extensions/code").asString())
                .isEqualTo("FORBIDDEN");
        assertThatThrownBy(() -> auditLog.page(AGENCY, null, null, null, PageRequest.of(null, null)))
                .isInstanceOf(ApiException.class)
                .extracting(e -> ((ApiException) e).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void d8_adminsSeeTheChecksOfASubjectNewestFirstWithinDates() {
        check(AGENCY, uscc(A), idNumber(PERSON_ID_NUMBER));
        check(AGENCY, uscc(A), name("不存在的公司"));
        check(Viewer.PUBLIC, uscc(A));

        Map<String, Object> ofA = auditLog.page(ADMIN, uscc(A), TODAY, TODAY, PageRequest.of(1, null));
        assertThat(ofA.get("totalCount")).isEqualTo(2L);
        var edges = (List<Map<String, Object>>) ofA.get("edges");
        assertThat(edges).hasSize(1);
        var first = (AuditLogController.AuditEntryView) edges.getFirst().get("node");
        assertThat(first.subjectCode()).isEqualTo(A);
        assertThat(first.caller()).isEqualTo("Bank A");
        String cursor = (String) ((Map<String, Object>) ofA.get("pageInfo")).get("endCursor");
        var rest = (List<Map<String, Object>>) auditLog.page(ADMIN, uscc(A), null, null, PageRequest.of(5, cursor))
                .get("edges");
        assertThat(rest).hasSize(1);
        assertThat(((AuditLogController.AuditEntryView) rest.getFirst().get("node")).receiptId())
                .isNotEqualTo(first.receiptId());

        assertThat(auditLog.page(ADMIN, uscc(A), TODAY.plusDays(1), null, PageRequest.of(null, null))
                        .get("totalCount"))
                .isEqualTo(0L);
        assertThat(auditLog.page(ADMIN, uscc(A), null, TODAY.minusDays(1), PageRequest.of(null, null))
                        .get("totalCount"))
                .isEqualTo(0L);
        assertThat(auditLog.page(ADMIN, idNumber(PERSON_ID_NUMBER), null, null, PageRequest.of(null, null))
                        .get("totalCount"))
                .isEqualTo(1L);
        assertThat(auditLog.page(ADMIN, name("北京甲矿业有限公司"), null, null, PageRequest.of(null, null))
                        .get("totalCount"))
                .isEqualTo(2L);
        assertThat(auditLog.page(ADMIN, name("不存在的公司"), null, null, PageRequest.of(null, null))
                        .get("totalCount"))
                .isEqualTo(1L);
        assertThat(auditLog.page(ADMIN, null, null, null, PageRequest.of(null, null))
                        .get("totalCount"))
                .isEqualTo(4L);

        JsonNode body = post(
                "ADMIN",
                "{ auditLog(subject: {uscc: \"" + A + "\"}, from: \"" + TODAY + "\", to: \"" + TODAY
                        + "\", first: 10) { totalCount edges { cursor node { receiptId caller at subjectCode"
                        + " subjectKind domain asOf verdict subjectFound dataVersion } } pageInfo { hasNextPage } } }");
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        assertThat(body.at("/data/auditLog/totalCount").asInt()).isEqualTo(2);
        JsonNode node = body.at("/data/auditLog/edges/0/node");
        assertThat(node.at("/subjectKind").asString()).isEqualTo("ENTERPRISE");
        assertThat(node.at("/verdict").asString()).isEqualTo("RESTRICTED");
        assertThat(node.at("/asOf").asString()).isEqualTo("2025-06-01");
        assertThat(node.at("/at").asString()).endsWith("Z");
    }

    JsonNode post(String role, String query) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", query));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (!role.equals("PUBLIC")) {
                request.header(
                        "X-API-Key", role.equals("ADMIN") ? "admin-key-Pc4Ub8NyF3jX6d" : "agency-key-Mw5Qe9RtZ2kH7v");
            }
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
