package org.creditgraph.api.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.creditgraph.api.CsvFixture;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.api.receipt.ReceiptVerification;
import org.creditgraph.api.receipt.ReceiptVerifier;
import org.creditgraph.api.security.CallerAuthentication;
import org.creditgraph.loaders.catalogue.MeasureCatalogue;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.check.Verdict;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /report/check.pdf} end to end: a procurement officer's report of a bidder as of a past
 * deadline, read back with PDFBox (name, verdict, decision number, authority, receipt id), its QR code
 * decoded to the verification URL of a receipt that verifies; every domain by default; 未找到 for an
 * unknown name; 400/401/403/503 as JSON errors (never an ID number echoed, D12).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckReportApiTest {

    static final String A = "91110000600037341L";
    static final String AUTH = "11110000000019713H";
    static final String DECISION = "京应急罚〔2024〕12号";
    static final String AGENCY_KEY = "tender-key-Vb7Kq2Lm9Xw4Rt8u";
    static final String FINANCE_KEY = "bank-key-Jd3Hs8Pq1Zc6Ny5wQ";
    static final String DEADLINE = "2024-06-01";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    ReceiptVerifier verifier;

    @Autowired
    CheckReports reports;

    @Autowired
    CheckReportPdf pdf;

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/report-test-data");
        // no speed test: a busy shared machine must not trip the query time limit
        registry.add("creditgraph.resilience.query-timeout", () -> "60s");
        registry.add(
                "creditgraph.api-keys",
                () -> AGENCY_KEY + "=AGENCY@Tender agency;" + FINANCE_KEY + "=AGENCY:FINANCING@Bank A");
    }

    @BeforeAll
    static void scenario() throws Exception {
        TestGraph.clean();
        MeasureCatalogue.load(TestGraph.graph());
        var loader = new org.creditgraph.loaders.load.Loader(
                TestGraph.graph(), PersonIdentity.fromEnvironmentOr(Path.of("target/report-test-data")), 100);
        CsvFixture.load(loader, dir, Kind.ENTERPRISES, "统一社会信用代码,企业名称,行业代码", A + ",北京甲矿业有限公司,B0610");
        CsvFixture.load(
                loader,
                dir,
                Kind.PENALTIES,
                "行政相对人名称,行政相对人类别,统一社会信用代码,行政处罚决定书文号,处罚类别,罚款金额(万元),处罚决定日期,处罚机关,处罚机关统一社会信用代码",
                "北京甲矿业有限公司,法人及非法人组织," + A + "," + DECISION + ",罚款,120,2023-12-20,北京市应急管理局," + AUTH);
        CsvFixture.load(
                loader,
                dir,
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,列入日期",
                "严重失信主体名单,法人,北京甲矿业有限公司," + A + ",拒不执行处罚," + DECISION + ",北京市应急管理局,2024-01-10");
    }

    HttpResponse<byte[]> get(String query, String key) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/report/check.pdf" + query));
        if (key != null) {
            request.header("X-API-Key", key);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(PDDocument document) throws IOException {
        return ReportPdfs.text(document);
    }

    static List<String> qrCodes(PDPage page) throws IOException {
        return ReportPdfs.qrCodes(page);
    }

    PDDocument pdf(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return Loader.loadPDF(response.body());
    }

    static JsonNode error(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return GraphQlClient.json(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .at("/errors/0");
    }

    @Test
    void aBidderAsOfAPastDeadlineIsRestrictedWithItsEvidenceAndAReceiptWhoseQrVerifies() throws Exception {
        var response = get("?uscc=" + A + "&domain=GOVERNMENT_PROCUREMENT&asOf=" + DEADLINE, AGENCY_KEY);
        // rate-limited per caller like /graphql and the exports
        assertThat(response.headers().firstValue("RateLimit-Limit")).isPresent();
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("check-report-" + A + "-" + DEADLINE + ".pdf");
        try (PDDocument document = pdf(response)) {
            String text = text(document);
            assertThat(text)
                    .contains("北京甲矿业有限公司", A, "受限 (RESTRICTED)", "政府采购", DEADLINE)
                    .contains(DECISION, "北京市应急管理局", "2023-12-20", "2024-01-10")
                    .contains("严重失信主体名单", "GP-EXCLUSION")
                    .contains("Tender agency");
            Matcher receiptId = Pattern.compile("Receipt id\\s+([0-9a-f-]{36})").matcher(text);
            assertThat(receiptId.find()).as(text).isTrue();

            List<String> codes = qrCodes(document.getPage(0));
            assertThat(codes).hasSize(1);
            String prefix = "http://localhost:" + port + "/verify?receipt=";
            assertThat(codes.getFirst()).startsWith(prefix);
            ReceiptVerification verified = verifier.verify(codes.getFirst().substring(prefix.length()));
            assertThat(verified.valid()).as(verified.problem()).isTrue();
            assertThat(verified.receiptId()).isEqualTo(receiptId.group(1));
            assertThat(verified.subjectCode()).isEqualTo(A);
            assertThat(verified.verdict()).isEqualTo(Verdict.RESTRICTED);
            assertThat(verified.domain()).isEqualTo(SanctionDomain.GOVERNMENT_PROCUREMENT);
            assertThat(verified.asOf()).hasToString(DEADLINE);
            assertThat(verified.evidence()).isNotEmpty();
        }
    }

    @Test
    void theSameCheckBeforeTheListingIsClear() throws Exception {
        try (PDDocument document = pdf(get(
                "?name=" + java.net.URLEncoder.encode("北京甲矿业有限公司", java.nio.charset.StandardCharsets.UTF_8)
                        + "&domain=GOVERNMENT_PROCUREMENT&asOf=2023-12-31",
                AGENCY_KEY))) {
            assertThat(text(document)).contains("未见限制 (CLEAR)", "2023-12-31").doesNotContain(DECISION);
        }
    }

    @Test
    void withoutDomainsTheReportHasAPagePerDomainTheKeyMayCheck() throws Exception {
        try (PDDocument document = pdf(get("?uscc=" + A + "&asOf=" + DEADLINE, AGENCY_KEY))) {
            // one page per domain, more where a check's evidence runs on
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(SanctionDomain.values().length);
            assertThat(text(document)).contains("经营", "投融资", "工程招投标", "资质审核");
        }
        try (PDDocument document = pdf(get("?uscc=" + A + "&asOf=" + DEADLINE, FINANCE_KEY))) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(text(document)).contains("投融资 (Financing)", "Bank A");
        }
    }

    @Test
    void anUnknownNameIsNotFoundNeverClean() throws Exception {
        try (PDDocument document =
                pdf(get("?name=%E4%B8%8D%E5%AD%98%E5%9C%A8%E5%85%AC%E5%8F%B8&domain=FINANCING", AGENCY_KEY))) {
            String text = text(document);
            assertThat(text).contains("未找到", "Not found", "不存在公司").doesNotContain("未见限制");
        }
    }

    @Test
    void badInputIs400WithAClearErrorAndNoIdNumberEchoed() {
        assertThat(error(get("?domain=FINANCING", AGENCY_KEY), 400)
                        .at("/message")
                        .asString())
                .contains("exactly one of the parameters uscc, id, name");
        assertThat(error(get("?uscc=" + A + "&name=x", AGENCY_KEY), 400)
                        .at("/extensions/code")
                        .asString())
                .isEqualTo("BAD_USER_INPUT");
        assertThat(error(get("?uscc=" + A + "&asOf=2024-13-01", AGENCY_KEY), 400)
                        .at("/message")
                        .asString())
                .contains("asOf", "yyyy-MM-dd");
        assertThat(error(get("?uscc=" + A + "&domain=SHOPPING", AGENCY_KEY), 400)
                        .at("/message")
                        .asString())
                .contains("domain");
        assertThat(error(get("?uscc=" + A + "&colour=red", AGENCY_KEY), 400)
                        .at("/message")
                        .asString())
                .contains("unknown parameter");
        assertThat(error(get("?uscc=ABC", AGENCY_KEY), 400)
                        .at("/extensions/code")
                        .asString())
                .isEqualTo("INVALID_USCC");
        JsonNode idNumber = error(get("?idNumber=11010519491231002X", AGENCY_KEY), 400);
        assertThat(idNumber.toString()).contains("D12").doesNotContain("11010519491231002X");
        JsonNode idAsName = error(get("?name=11010519491231002X", AGENCY_KEY), 400);
        assertThat(idAsName.toString()).doesNotContain("11010519491231002X");
    }

    @Test
    void anonymousCallersGet401AndADomainOutsideTheKeyGets403() {
        assertThat(error(get("?uscc=" + A, null), 401).at("/extensions/code").asString())
                .isEqualTo("UNAUTHENTICATED");
        assertThat(error(get("?uscc=" + A + "&domain=GOVERNMENT_PROCUREMENT", FINANCE_KEY), 403)
                        .at("/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void callerSaysWhoIsAskingAndWhichDomainsItMayCheck() {
        String query = "{ caller { role name anonymous domains } }";
        JsonNode anonymous = new GraphQlClient(port).query(query).at("/data/caller");
        assertThat(anonymous.at("/role").asString()).isEqualTo("PUBLIC");
        assertThat(anonymous.at("/name").isNull()).isTrue();
        assertThat(anonymous.at("/anonymous").asBoolean()).isTrue();
        JsonNode bank = new GraphQlClient(port)
                .with("X-API-Key", FINANCE_KEY)
                .query(query)
                .at("/data/caller");
        assertThat(bank.at("/role").asString()).isEqualTo("AGENCY");
        assertThat(bank.at("/name").asString()).isEqualTo("Bank A");
        assertThat(bank.at("/anonymous").asBoolean()).isFalse();
        assertThat(bank.at("/domains").toString()).isEqualTo("[\"FINANCING\"]");
        JsonNode agency = new GraphQlClient(port)
                .with("X-API-Key", AGENCY_KEY)
                .query(query)
                .at("/data/caller");
        assertThat(agency.at("/domains").size()).isEqualTo(SanctionDomain.values().length);
        assertThat(agency.toString()).doesNotContain(AGENCY_KEY);
    }

    @Test
    void withoutACjkFontTheReportIs503WithAClearError() throws Exception {
        Path notAFont = Files.writeString(dir.resolve("missing-cjk.ttf"), "not a font");
        var controller = new CheckReportController(reports, pdf, new ReportFont(notAFont, List.of(), List.of()), "");
        SecurityContextHolder.getContext()
                .setAuthentication(new CallerAuthentication(new Viewer(Viewer.Role.AGENCY, Set.of(), "Tender agency")));
        try {
            var request = new MockHttpServletRequest("GET", "/report/check.pdf");
            request.addParameter("uscc", A);
            var response = new MockHttpServletResponse();
            controller.check(request, response);
            assertThat(response.getStatus()).isEqualTo(503);
            JsonNode body = GraphQlClient.json(response.getContentAsString());
            assertThat(body.at("/errors/0/extensions/code").asString()).isEqualTo("UNAVAILABLE");
            assertThat(body.at("/errors/0/message").asString()).contains("creditgraph.report.font");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
