package org.creditgraph.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Contract §2 authorization matrix: every operation against PUBLIC, an AGENCY limited to
 * FINANCING, an AGENCY for all domains, ADMIN, a bearer JWT, and a bad key; then the D12 scan of
 * every response and log line for the raw ID number the test loaded.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthorizationMatrixTest {

    static final String LISTED = "91110000600037341L";
    static final String CANDIDATE = "91440300MA5DFLX12J";
    static final String AUTHORITY = "11110000000019713H";
    static final String ID_NUMBER = "11010519491231002X";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final KeyPair TOKEN_KEY = rsa();
    static final KeyPair OTHER_KEY = rsa();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        Path pem = Files.createTempFile("creditgraph-jwt", ".pem");
        Files.writeString(
                pem,
                "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder()
                                .encodeToString(TOKEN_KEY.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n");
        SharedGraphProperties.add(registry, "target/authz-test-data");
        registry.add(
                "creditgraph.api-keys",
                () ->
                        "bank-key-Ls9Wv2KhD7qT4gAe=AGENCY:FINANCING@Bank A; land-key-Nd7Ge4VsJ9kP2xWu=AGENCY@Land Agency ;admin-key-Pc4Ub8NyF3jX6d=ADMIN@Regulator");
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> "creditgraph");
        // every matrix row asks with a wrong key; the per-IP limit on failed attempts is LimitsTest's
        registry.add("creditgraph.limits.failed-authentications-per-second", () -> "1000");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> pem.toUri()
                .toString());
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(KeyPair key, Map<String, Object> claims, Instant expires) {
        try {
            var builder = new JWTClaimsSet.Builder()
                    .subject("tender-platform")
                    .audience("creditgraph")
                    .issueTime(new Date())
                    .expirationTime(Date.from(expires));
            claims.forEach(builder::claim);
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void load(Loader loader, Path dir, Kind kind, String... lines) throws Exception {
        org.creditgraph.api.CsvFixture.load(loader, dir, kind, lines);
    }

    @BeforeAll
    static void scenario() throws Exception {
        TestGraph.clean();
        // a watchlist as stored before callers had stable ids: owned by role and display name
        TestGraph.graph()
                .write(
                        "CREATE (:Watchlist {id: 'legacy', name: 'old list', owner: 'AGENCY:Tender Platform',"
                                + " domains: ['FINANCING'], secret: 's', subjectCount: 0, createdAt: datetime()})",
                        Map.of());
        Path dir = Files.createTempDirectory("authz");
        var loader =
                new Loader(TestGraph.graph(), PersonIdentity.fromEnvironmentOr(Path.of("target/authz-test-data")), 100);
        load(
                loader,
                dir,
                Kind.ENTERPRISES,
                "统一社会信用代码,企业名称,行业代码",
                LISTED + ",北京甲矿业有限公司,B0610",
                CANDIDATE + ",深圳丙材料有限公司,C3311");
        load(
                loader,
                dir,
                Kind.ROLES,
                "统一社会信用代码,姓名,证件类型,证件号码,职务,任职开始日期",
                LISTED + ",张三,居民身份证," + ID_NUMBER + ",主要负责人,2023-03-01");
        load(
                loader,
                dir,
                Kind.PENALTIES,
                "行政相对人名称,行政相对人类别,统一社会信用代码,行政处罚决定书文号,处罚类别,罚款金额(万元),处罚决定日期,处罚机关,处罚机关统一社会信用代码",
                "北京甲矿业有限公司,法人及非法人组织," + LISTED + ",京应急罚〔2026〕1号,罚款,5," + TODAY.minusDays(10) + ",北京市应急管理局," + AUTHORITY,
                "北京甲矿业有限公司,法人及非法人组织," + LISTED + ",京应急罚〔2021〕9号,罚款,1," + TODAY.minusYears(4) + ",北京市应急管理局,"
                        + AUTHORITY);
        load(
                loader,
                dir,
                Kind.ACCIDENTS,
                "事故编号,发生日期,死亡人数,事故单位统一社会信用代码,是否责任事故",
                "SG-MAJOR," + TODAY.minusDays(30) + ",10," + CANDIDATE + ",是");
        load(
                loader,
                dir,
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定部门,列入日期",
                "严重失信主体名单,法人,北京甲矿业有限公司," + LISTED + ",较大事故,北京市应急管理局," + TODAY.minusMonths(6));
        TestGraph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();
    }

    @AfterAll
    static void noRawIdNumberInAnyResponse() {
        // D12: the raw number the test loaded never leaves the server.
        assertThat(GraphQlClient.SEEN).isNotEmpty().noneMatch(body -> body.contains(ID_NUMBER));
    }

    /** The callers of the matrix, by the headers they send. */
    Map<String, GraphQlClient> callers() {
        GraphQlClient anonymous = new GraphQlClient(port);
        Map<String, GraphQlClient> callers = new LinkedHashMap<>();
        callers.put("PUBLIC", anonymous);
        callers.put("AGENCY limited", anonymous.with("X-API-Key", "bank-key-Ls9Wv2KhD7qT4gAe"));
        callers.put("AGENCY all", anonymous.with("X-API-Key", "land-key-Nd7Ge4VsJ9kP2xWu"));
        callers.put("ADMIN", anonymous.with("X-API-Key", "admin-key-Pc4Ub8NyF3jX6d"));
        callers.put(
                "JWT AGENCY limited",
                anonymous.with(
                        "Authorization",
                        "Bearer "
                                + token(
                                        TOKEN_KEY,
                                        Map.of(
                                                "role",
                                                "AGENCY",
                                                "domains",
                                                List.of("FINANCING"),
                                                "name",
                                                "Tender Platform"),
                                        Instant.now().plusSeconds(600))));
        callers.put("bad key", anonymous.with("X-API-Key", "no-such-key"));
        return callers;
    }

    /** The outcome for one caller: the error code, or "ok" with the value the probe read. */
    String outcome(GraphQlClient caller, String query, java.util.function.Function<JsonNode, String> probe) {
        HttpResponse<String> response = caller.post(query, Map.of());
        JsonNode body = GraphQlClient.json(response.body());
        if (body.has("errors") && !body.path("errors").isEmpty()) {
            String code =
                    body.path("errors").get(0).path("extensions").path("code").asString();
            if (code.equals("UNAUTHENTICATED")) {
                assertThat(response.statusCode()).isEqualTo(401);
            }
            return code;
        }
        assertThat(response.statusCode()).isEqualTo(200);
        return "ok " + probe.apply(body.path("data"));
    }

    void matrix(String query, java.util.function.Function<JsonNode, String> probe, Map<String, String> expected) {
        Map<String, String> actual = new LinkedHashMap<>();
        callers().forEach((name, caller) -> actual.put(name, outcome(caller, query, probe)));
        assertThat(actual).as(query).isEqualTo(expected);
    }

    static Map<String, String> expect(String pub, String limited, String all, String admin, String jwt) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("PUBLIC", pub);
        expected.put("AGENCY limited", limited);
        expected.put("AGENCY all", all);
        expected.put("ADMIN", admin);
        expected.put("JWT AGENCY limited", jwt);
        expected.put("bad key", "UNAUTHENTICATED");
        return expected;
    }

    @Test
    void d7_checkInTheKeysDomainIsAnsweredForEveryone() {
        matrix(
                "{ sanctionCheck(subject: {uscc: \"" + LISTED + "\"}, domain: FINANCING) { verdict } }",
                d -> d.path("sanctionCheck").path("verdict").asString(),
                expect("ok RESTRICTED", "ok RESTRICTED", "ok RESTRICTED", "ok RESTRICTED", "ok RESTRICTED"));
    }

    @Test
    void d7_checkOutsideALimitedKeysDomainsIsForbidden() {
        matrix(
                "{ sanctionCheck(subject: {uscc: \"" + LISTED + "\"}, domain: STATE_LAND) { verdict } }",
                d -> d.path("sanctionCheck").path("verdict").asString(),
                expect("ok RESTRICTED", "FORBIDDEN", "ok RESTRICTED", "ok RESTRICTED", "FORBIDDEN"));
        matrix(
                "{ sanctionChecks(subjects: [{uscc: \"" + LISTED + "\"}], domain: STATE_LAND) { verdict } }",
                d -> d.path("sanctionChecks").get(0).path("verdict").asString(),
                expect("ok RESTRICTED", "FORBIDDEN", "ok RESTRICTED", "ok RESTRICTED", "FORBIDDEN"));
    }

    @Test
    void d12_idNumberLookupsAreForAgenciesAndShowFullNamesOnlyToThem() {
        matrix(
                "{ sanctionCheck(subject: {idNumber: \"" + ID_NUMBER + "\"}, domain: FINANCING) {"
                        + " subjectFound subject { name } } }",
                d -> d.path("sanctionCheck").path("subjectFound").asBoolean() + " "
                        + d.path("sanctionCheck").path("subject").path("name").asString(),
                expect("FORBIDDEN", "ok true 张三", "ok true 张三", "ok true 张三", "ok true 张三"));
    }

    @Test
    void d12_personNamesAreMaskedForPublicCallers() {
        matrix(
                "{ enterprise(uscc: \"" + LISTED + "\") { roles { person { name maskedIdNumber } } } }",
                d -> {
                    JsonNode person = d.path("enterprise").path("roles").get(0).path("person");
                    return person.path("name").asString() + " "
                            + person.path("maskedIdNumber").asString();
                },
                expect(
                        "ok 张* 110105********002X",
                        "ok 张三 110105********002X",
                        "ok 张三 110105********002X",
                        "ok 张三 110105********002X",
                        "ok 张三 110105********002X"));
    }

    @Test
    void d6_publicCallersSeeOnlyDisclosedPenaltiesWithCountsToMatch() {
        matrix(
                "{ penalties(filter: {uscc: \"" + LISTED + "\"}) { totalCount edges { node { publiclyDisclosed } } } }",
                d -> d.path("penalties").path("totalCount").asInt() + " "
                        + d.path("penalties").path("edges").findValuesAsString("publiclyDisclosed"),
                expect(
                        "ok 1 [true]",
                        "ok 2 [true, false]",
                        "ok 2 [true, false]",
                        "ok 2 [true, false]",
                        "ok 2 [true, false]"));
        matrix(
                "{ enterprise(uscc: \"" + LISTED + "\") { penalties { totalCount } } }",
                d -> String.valueOf(d.path("enterprise")
                        .path("penalties")
                        .path("totalCount")
                        .asInt()),
                expect("ok 1", "ok 2", "ok 2", "ok 2", "ok 2"));
    }

    @Test
    void d9_listingCandidatesAreForAdminsOnly() {
        matrix(
                "{ listingCandidates { totalCount edges { node { subject { id } criteria } } } }",
                d -> d.path("listingCandidates")
                        .path("edges")
                        .get(0)
                        .path("node")
                        .path("subject")
                        .path("id")
                        .asString(),
                expect("FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "ok " + CANDIDATE, "FORBIDDEN"));
    }

    @Test
    void badTokensAreUnauthenticated() {
        GraphQlClient anonymous = new GraphQlClient(port);
        String query = "{ sanctionCheck(subject: {uscc: \"" + LISTED + "\"}, domain: FINANCING) { verdict } }";
        Map<String, String> tokens = Map.of(
                "expired",
                        token(TOKEN_KEY, Map.of("role", "AGENCY"), Instant.now().minusSeconds(3600)),
                "signed by another key",
                        token(OTHER_KEY, Map.of("role", "ADMIN"), Instant.now().plusSeconds(600)),
                "without a role",
                        token(TOKEN_KEY, Map.of("name", "x"), Instant.now().plusSeconds(600)),
                "for another audience",
                        token(
                                TOKEN_KEY,
                                Map.of("role", "ADMIN", "aud", "elsewhere"),
                                Instant.now().plusSeconds(600)),
                "not a JWT", "abc.def.ghi");
        tokens.forEach(
                (why, token) -> assertThat(outcome(anonymous.with("Authorization", "Bearer " + token), query, d -> ""))
                        .as(why)
                        .isEqualTo("UNAUTHENTICATED"));
        assertThat(outcome(
                        anonymous.with("X-API-Key", "bank-key-Ls9Wv2KhD7qT4gAe").with("Authorization", "Bearer x"),
                        query,
                        d -> ""))
                .isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void d12_noRawIdNumberInTheLog(CapturedOutput output) {
        // An agency look-up by ID number that fails and one that succeeds, then the log is read.
        new GraphQlClient(port)
                .with("X-API-Key", "land-key-Nd7Ge4VsJ9kP2xWu")
                .post(
                        "{ sanctionCheck(subject: {idNumber: \"" + ID_NUMBER + "\"}, domain: FINANCING) { verdict } }",
                        Map.of());
        new GraphQlClient(port)
                .post(
                        "{ sanctionCheck(subject: {idNumber: \"" + ID_NUMBER + "\"}, domain: FINANCING) { verdict } }",
                        Map.of());
        assertThat(output.getAll())
                .doesNotContain(ID_NUMBER)
                .doesNotContain("bank-key-Ls9Wv2KhD7qT4gAe")
                .doesNotContain("admin-key-Pc4Ub8NyF3jX6d");
    }

    @Test
    void aTokenCallerIsItsIssuerAndSubjectNotItsName() {
        GraphQlClient anonymous = new GraphQlClient(port);
        java.util.function.Function<String, GraphQlClient> bearer = subject -> anonymous.with(
                "Authorization",
                "Bearer "
                        + token(
                                TOKEN_KEY,
                                Map.of("sub", subject, "role", "AGENCY", "name", "Tender Platform"),
                                Instant.now().plusSeconds(600)));
        // the list stored under the name goes to the first token caller of that name, and stays with it
        assertThat(bearer.apply("tender-platform")
                        .query("{ watchlists { id } }")
                        .at("/data/watchlists/0/id")
                        .asString())
                .isEqualTo("legacy");
        GraphQlClient sameName = bearer.apply("someone-else");
        assertThat(sameName.query("{ watchlists { id } }")
                        .at("/data/watchlists")
                        .size())
                .isZero();
        assertThat(sameName.query("{ watchlist(id: \"legacy\") { id } }")
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");
        assertThat(TestGraph.count(
                        "MATCH (w:Watchlist {id: 'legacy', owner: 'jwt: tender-platform'}) RETURN count(w)", Map.of()))
                .isEqualTo(1);
    }
}
