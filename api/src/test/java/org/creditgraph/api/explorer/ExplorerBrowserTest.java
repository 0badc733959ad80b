package org.creditgraph.api.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.CsvFixture;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The explorer page in a real headless Chromium against the real server and graph (issue 6): a newcomer finds a
 * listed enterprise, sees why it is restricted (D7 LISTED), expands its graph to its shareholders and downloads its
 * penalties as CSV; plus search by code prefix and former name, the related party's ATTENTION (D7(a)), the
 * statistics charts, the zh/en switch and deep links. After every test the console holds no SEVERE message and
 * every request went to this server (no CDN). Screenshots of each step: target/screenshots/*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExplorerBrowserTest {

    static final String LISTED = "91110000600037341L";
    static final String SUBSIDIARY = "91350100M000100Y43";
    static final String SHAREHOLDER = "91440300MA5DFLX12J";
    static final String ZHANG_SAN_ID_NUMBER = "11010519491231002X";
    static final String LI_SI_ID_NUMBER = "110101199003074477";
    static final String WANG_WU_ID_NUMBER = "110101198506120039";
    static final String ZHAO_LIU_ID_NUMBER = "110102198002140032";
    static final String AUTHORITY = "11110000000019713H";
    static final String AGENCY_KEY = "desk-key-Hn4YcL9xB2sQ6eJ";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    static Browser browser;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/browser-test-data");
        registry.add("creditgraph.api-keys", () -> AGENCY_KEY + "=AGENCY@Newsroom desk");
        // a browser test is no speed test (bench/ is): a busy shared machine must not trip the guard
        registry.add("creditgraph.resilience.query-timeout", () -> "60s");
    }

    @BeforeAll
    static void startBrowserAndLoad() throws Exception {
        Browser.assumeInstalled();
        TestGraph.clean();
        loadScenario();
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * The listed enterprise (with a former name), its shareholders (an enterprise with its own shareholder, and a
     * person), two penalties, an accident and a listing in force; the subsidiary it controls with 60%.
     */
    static void loadScenario() throws Exception {
        Path dir = Files.createTempDirectory("browser-scenario");
        var loader = new Loader(
                TestGraph.graph(), PersonIdentity.fromEnvironmentOr(Path.of("target/browser-test-data")), 100);
        CsvFixture.load(
                loader,
                dir,
                Kind.ENTERPRISES,
                "统一社会信用代码,企业名称,曾用名,行政区划代码,行业代码,法定代表人,法定代表人证件号码",
                LISTED + ",北京甲矿业有限公司,北京甲煤矿,110105,B0610,李四," + LI_SI_ID_NUMBER,
                SUBSIDIARY + ",福州乙建设有限公司,,350100,E4710,,",
                SHAREHOLDER + ",深圳丙投资有限公司,,440300,L7212,,");
        String authority = ",北京市应急管理局,11110000000019713H";
        CsvFixture.load(
                loader,
                dir,
                Kind.PENALTIES,
                "行政相对人名称,行政相对人类别,统一社会信用代码,证件号码,行政处罚决定书文号,处罚类别,罚款金额(万元),处罚决定日期,处罚机关,处罚机关统一社会信用代码,状态,状态日期",
                "北京甲矿业有限公司,法人及非法人组织," + LISTED + ",,京应急罚〔2026〕1号,罚款,5.5," + TODAY.minusDays(10) + authority + ",有效,",
                "北京甲矿业有限公司,法人及非法人组织," + LISTED + ",,京应急罚〔2026〕2号,警告,," + TODAY.minusDays(20) + authority + ",有效,",
                // D6: past its three-year publicity window, so only an agency sees it
                "北京甲矿业有限公司,法人及非法人组织," + LISTED + ",,京应急罚〔2022〕5号,罚款,1," + TODAY.minusYears(4) + authority + ",有效,",
                "福州乙建设有限公司,法人及非法人组织," + SUBSIDIARY + ",,闽应急罚〔2026〕9号,罚款,0.35," + TODAY.minusDays(30) + authority
                        + ",有效,");
        CsvFixture.load(
                loader,
                dir,
                Kind.ROLES,
                "统一社会信用代码,姓名,证件类型,证件号码,职务,持股比例,任职开始日期,任职结束日期",
                LISTED + ",张三,居民身份证," + ZHANG_SAN_ID_NUMBER + ",股东,35,2021-03-01,",
                SHAREHOLDER + ",王五,居民身份证," + WANG_WU_ID_NUMBER + ",股东,51,2019-05-01,",
                // a supervisor, not a principal: the subsidiary's check does not change (D5, D7(b))
                SUBSIDIARY + ",赵六,居民身份证," + ZHAO_LIU_ID_NUMBER + ",监事,,2022-01-01,");
        CsvFixture.load(
                loader,
                dir,
                Kind.INVESTMENTS,
                "投资方统一社会信用代码或证件号码,投资方名称,被投资企业统一社会信用代码,持股比例,认缴日期,退出日期",
                SHAREHOLDER + ",深圳丙投资有限公司," + LISTED + ",40,2020-01-01,",
                LISTED + ",北京甲矿业有限公司," + SUBSIDIARY + ",60,2020-01-01,");
        CsvFixture.load(
                loader,
                dir,
                Kind.ACCIDENTS,
                "事故编号,发生日期,行政区划代码,死亡人数,重伤人数,直接经济损失(万元),事故单位统一社会信用代码,是否责任事故",
                "SG-2025-7," + TODAY.minusDays(200) + ",110105,3,0,120," + LISTED + ",是");
        CsvFixture.load(
                loader,
                dir,
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,认定部门统一社会信用代码,列入日期",
                "严重失信主体名单,法人,北京甲矿业有限公司," + LISTED + ",较大事故瞒报,SG-2025-7;京应急罚〔2026〕1号,北京市应急管理局," + AUTHORITY + ","
                        + TODAY.minusDays(60));
        // the shareholder person's own record for the person profile: a listing already removed (so no enterprise
        // check changes, D3/D7) and the D5 five-year ban that follows from a criminal penalty for the accident
        CsvFixture.load(
                loader,
                dir,
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定部门,列入日期,移出日期,移出原因",
                "严重失信主体名单,自然人,张三," + ZHANG_SAN_ID_NUMBER + ",事故责任人,北京市应急管理局," + TODAY.minusDays(400) + ","
                        + TODAY.minusDays(30) + ",信用修复");
        CsvFixture.load(
                loader,
                dir,
                Kind.RESPONSIBILITIES,
                "事故编号,责任主体类别,姓名或名称,证件号码或统一社会信用代码,职务,责任类型,处理结果,处理日期",
                "SG-2025-7,自然人,张三," + ZHANG_SAN_ID_NUMBER + ",股东,主要责任,刑事处罚," + TODAY.minusDays(100),
                "SG-2025-7,自然人,赵六," + ZHAO_LIU_ID_NUMBER + ",主要负责人,直接责任,刑事处罚," + TODAY.minusDays(90));
        // for the list pages: the subsidiary's 2017-regime listing whose one-year period is over (D3), and a World Bank
        // debarment published without a code
        CsvFixture.load(
                loader,
                dir,
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定部门,列入日期",
                "联合惩戒对象,法人,福州乙建设有限公司," + SUBSIDIARY + ",未按规定报告事故,北京市应急管理局," + TODAY.minusYears(2));
        CsvFixture.load(
                loader,
                dir,
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,来源编号,列入事由,列入日期,管理期限届满日期",
                "世界银行取消资格名单,法人,ACME GLOBAL TRADING LTD.,,WB-1,Fraudulent practice,2024-01-01,2999-12-31");
        TestGraph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @BeforeEach
    void chineseAndNoKey() throws Exception {
        browser.clearDownloads();
        browser.open(url("/"));
        browser.script("localStorage.clear(); sessionStorage.clear();");
    }

    /** Every step of every test: no SEVERE console message, no request to anywhere but this server, no key in a URL. */
    @AfterEach
    void noConsoleErrorsAndNoRequestLeftTheServer() {
        assertThat(browser.severeConsoleMessages())
                .as("SEVERE console messages")
                .isEmpty();
        assertThat(browser.requestedUrls())
                .isNotEmpty()
                .filteredOn(u -> !u.startsWith("chrome:")) // the browser's own start page
                .allSatisfy(u -> assertThat(u).as("no CDN").matches("(http://localhost:" + port + "/|blob:|data:).*"))
                .noneMatch(u -> u.contains(AGENCY_KEY));
    }

    @Test
    void newcomerFindsAListedEnterpriseSeesWhyItIsRestrictedExpandsItsGraphAndDownloadsItsPenalties() throws Exception {
        browser.open(url("/"));
        WebElement search = browser.await(By.cssSelector("input[type=search]"));
        search.sendKeys("北京甲矿业");
        WebElement hit = browser.awaitText(By.cssSelector(".results a"), "北京甲矿业有限公司");
        assertThat(browser.driver.getCurrentUrl()).contains("?q=");
        browser.screenshot("01-search");

        hit.click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/enterprise/" + LISTED));
        browser.awaitText(By.tagName("h1"), "北京甲矿业有限公司");
        // Names instead of codes: GB/T 2260 region and GB/T 4754 industry, the code in the tooltip
        assertThat(browser.await(By.cssSelector(".coded[title='110105']")).getText())
                .isEqualTo("北京市");
        assertThat(browser.await(By.cssSelector(".coded[title='B0610']")).getText())
                .isEqualTo("采矿业 · 煤炭开采和洗选业");
        assertThat(browser.await(By.tagName("main")).getText()).doesNotContain("110105", "B0610");
        // D7: the listing in force restricts, and the panel says why: list, date, authority, reason
        WebElement verdict = browser.await(By.cssSelector(".verdict"));
        assertThat(verdict.getText()).isEqualTo("限制");
        assertThat(verdict.getAttribute("class")).contains("RESTRICTED");
        String reason = browser.await(By.cssSelector(".reason")).getText();
        assertThat(reason)
                .contains("本主体在名单管理期内", "LISTED", "严重失信主体名单", "较大事故瞒报", "北京市应急管理局")
                .contains(TODAY.minusDays(60).toString());
        String timeline = browser.await(By.cssSelector(".timeline")).getText();
        assertThat(timeline).contains("京应急罚〔2026〕1号", "京应急罚〔2026〕2号", "SG-2025-7", "严重失信主体名单", "较大事故瞒报");
        browser.screenshot("02-enterprise-profile");

        // the graph starts with the enterprise's shareholders; a click on the enterprise shareholder expands it
        WebElement graph = browser.await(By.id("graph"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", graph);
        browser.waitUntil(d -> nodeIds().contains(SHAREHOLDER) ? true : null);
        List<String> before = nodeIds();
        assertThat(before).contains(LISTED, SHAREHOLDER, SUBSIDIARY, personId(LISTED));
        browser.screenshot("03-graph");
        click(graph, SHAREHOLDER);
        browser.waitUntil(d -> nodeIds().size() > before.size() ? true : null);
        assertThat(nodeIds()).contains(personId(SHAREHOLDER));
        browser.screenshot("04-graph-expanded");

        // the download link gives the enterprise's penalties, and only those
        browser.await(By.partialLinkText("下载行政处罚")).click();
        Path csv = browser.waitUntil(d -> downloaded("penalties-"));
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(3);
        assertThat(String.join("\n", rows))
                .contains("京应急罚〔2026〕1号", "京应急罚〔2026〕2号", LISTED)
                .doesNotContain("闽应急罚", "京应急罚〔2022〕5号");
        assertThat(browser.driver.getPageSource()).doesNotContain(ZHANG_SAN_ID_NUMBER, LI_SI_ID_NUMBER);
    }

    @Test
    void anApiKeyTypedIntoThePageGivesTheCallersRightsToQueriesAndDownloads() throws Exception {
        browser.open(url("/enterprise/" + LISTED));
        assertThat(browser.await(By.cssSelector(".timeline")).getText()).doesNotContain("京应急罚〔2022〕5号");
        browser.driver.findElement(By.id("apikey")).sendKeys(AGENCY_KEY, Keys.TAB);
        // D6: an agency also sees the penalty past its publicity window, in the timeline and in the download
        browser.awaitText(By.cssSelector(".timeline"), "京应急罚〔2022〕5号");
        browser.await(By.partialLinkText("下载行政处罚")).click();
        Path csv = browser.waitUntil(d -> downloaded("penalties-"));
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(4);
        assertThat(String.join("\n", rows)).contains("京应急罚〔2022〕5号", "京应急罚〔2026〕1号");
        browser.screenshot("12-agency-key");
    }

    @Test
    void searchIsInstantAndFindsByCodePrefixAndFormerName() throws Exception {
        browser.open(url("/"));
        WebElement search = browser.await(By.cssSelector("input[type=search]"));
        search.sendKeys("9111000060");
        browser.awaitText(By.cssSelector(".results a"), "北京甲矿业有限公司");
        browser.screenshot("05-search-code-prefix");

        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), "北京甲煤矿");
        WebElement result = browser.awaitText(By.cssSelector(".results li"), "北京甲煤矿");
        assertThat(result.getText()).contains("北京甲矿业有限公司", "曾用名");
        browser.screenshot("06-search-former-name");
    }

    @Test
    void theControlledSubsidiaryShowsAttentionWithTheControlPath() throws Exception {
        browser.open(url("/enterprise/" + SUBSIDIARY));
        WebElement verdict = browser.await(By.cssSelector(".verdict"));
        assertThat(verdict.getAttribute("class")).contains("ATTENTION");
        assertThat(verdict.getText()).isEqualTo("关注");
        String reason = browser.await(By.cssSelector(".reason")).getText();
        assertThat(reason).contains("控制方受限", "RELATED_PARTY_RESTRICTED", "北京甲矿业有限公司", "60%");
        browser.screenshot("07-subsidiary-attention");
    }

    @Test
    void statisticsDashboardDrawsChartsFromPenaltyStatistics() throws Exception {
        browser.open(url("/#stats"));
        // five penalty charts and two accident charts, each drawn or showing its error
        browser.waitUntil(
                d -> ((Boolean) browser.script("const cards = [...document.querySelectorAll('.charts .card')];"
                                + " return cards.length === 7 && cards.every(c => c.querySelector('canvas, .error'));"))
                        ? true
                        : null);
        assertThat(browser.driver.findElements(By.cssSelector(".charts .error")))
                .extracting(WebElement::getText)
                .isEmpty();
        @SuppressWarnings("unchecked")
        List<Object> years = (List<Object>)
                browser.script("const chart = echarts.getInstanceByDom(document.querySelector('.chart'));"
                        + " return chart.getOption().series[0].data;");
        // penalties by year: the three penalties, all decided within the last 30 days
        assertThat(years.stream().mapToLong(v -> ((Number) v).longValue()).sum())
                .isEqualTo(3);
        browser.screenshot("08-statistics");
    }

    @Test
    void languageSwitchesFromChineseByDefaultToEnglishAndBack() throws Exception {
        browser.open(url("/enterprise/" + LISTED));
        browser.awaitText(By.cssSelector(".verdict"), "限制");
        assertThat(browser.driver.findElement(By.cssSelector("nav")).getText()).contains("搜索", "统计");
        browser.driver.findElement(By.id("lang")).click();
        browser.awaitText(By.cssSelector(".verdict"), "Restricted");
        assertThat(browser.driver.findElement(By.cssSelector("nav")).getText()).contains("Search", "Statistics");
        assertThat(browser.await(By.cssSelector(".reason")).getText()).contains("Own listing in force");
        assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
        browser.screenshot("09-english");
        browser.driver.findElement(By.id("lang")).click();
        browser.awaitText(By.cssSelector(".verdict"), "限制");
        assertThat(browser.driver.findElement(By.cssSelector("nav")).getText()).contains("搜索");
    }

    @Test
    void deepLinksOpenSearchResultsAndPersonProfiles() throws Exception {
        browser.open(url("/?q=%E5%8C%97%E4%BA%AC%E7%94%B2"));
        assertThat(browser.await(By.cssSelector("input[type=search]")).getAttribute("value"))
                .isEqualTo("北京甲");
        browser.awaitText(By.cssSelector(".results a"), "北京甲矿业有限公司");
        browser.screenshot("10-deep-link-search");

        browser.open(url("/person/" + personId(LISTED)));
        browser.await(By.tagName("h1"));
        browser.awaitText(By.cssSelector(".card"), "自然人");
        browser.await(By.cssSelector(".verdict"));
        // the timeline: the role taken up, the removed listing (D3) and the five-year ban (D5), newest first
        List<String> entries = browser.await(By.cssSelector(".timeline")).findElements(By.tagName("li")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0))
                .contains(TODAY.minusDays(100).toString(), "从业禁止", "五年内不得担任", "SG-2025-7")
                .contains(TODAY.minusDays(100).plusYears(5).toString());
        assertThat(entries.get(1))
                .contains(TODAY.minusDays(400).toString(), "严重失信主体名单", "事故责任人")
                .contains("已移出（" + TODAY.minusDays(30) + "）", "信用修复");
        assertThat(entries.get(2)).contains("2021-03-01", "任职", "股东", "北京甲矿业有限公司", "35%");
        assertThat(browser.driver.getPageSource()).doesNotContain(ZHANG_SAN_ID_NUMBER);
        browser.screenshot("11-person-profile");

        // the graph starts at the person with the enterprise it holds a share in; a click on it expands it
        WebElement graph = browser.await(By.id("graph"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", graph);
        browser.waitUntil(d -> nodeIds().contains(LISTED) ? true : null);
        List<String> before = nodeIds();
        assertThat(before).containsExactlyInAnyOrder(personId(LISTED), LISTED);
        click(graph, LISTED);
        browser.waitUntil(d -> nodeIds().size() > before.size() ? true : null);
        assertThat(nodeIds()).contains(SHAREHOLDER, SUBSIDIARY);
        assertThat(browser.driver.getPageSource()).doesNotContain(ZHANG_SAN_ID_NUMBER);
        browser.screenshot("12-person-graph-expanded");
    }

    @Test
    void aListingLeadsToItsSubjectItsBasisDecisionAndTheAuthoritysOtherDecisions() throws Exception {
        String key = new GraphQlClient(port)
                .query(
                        "query($u: String!) { enterprise(uscc: $u) { listings { edges { node { key } } } } }",
                        Map.of("u", LISTED))
                .at("/data/enterprise/listings/edges/0/node/key")
                .asString();
        browser.open(url("/listing/" + URLEncoder.encode(key, StandardCharsets.UTF_8)));
        browser.awaitText(By.tagName("h1"), "严重失信主体名单");
        assertThat(browser.await(By.cssSelector(".basis-penalties")).getText()).contains("京应急罚〔2026〕1号");
        assertThat(browser.await(By.cssSelector(".basis-accidents")).getText()).contains("SG-2025-7");
        assertThat(browser.await(By.cssSelector("dl.kv")).getText())
                .contains("较大事故瞒报", "北京市应急管理局", TODAY.minusDays(60).toString());
        assertNoPersonNameOrIdNumber();
        browser.screenshot("13-listing");

        // the listed subject, then the decision the listing is based on, from the enterprise's timeline
        browser.await(By.cssSelector("dl.kv a.subject")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/enterprise/" + LISTED) ? true : null);
        browser.awaitText(By.tagName("h1"), "北京甲矿业有限公司");
        browser.awaitText(By.cssSelector(".timeline a.penalty"), "京应急罚〔2026〕1号");
        browser.driver.findElement(By.linkText("京应急罚〔2026〕1号")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/penalty/") ? true : null);
        assertThat(browser.driver.getCurrentUrl()).contains("/penalty/" + AUTHORITY + "%7C");
        browser.awaitText(By.tagName("h1"), "京应急罚〔2026〕1号");
        String penalty = browser.await(By.cssSelector("dl.kv")).getText();
        assertThat(penalty)
                .contains(
                        "北京甲矿业有限公司",
                        "北京市应急管理局",
                        "罚款 5.5 万元",
                        TODAY.minusDays(10).toString());
        // the listing based on it links back
        browser.awaitText(By.cssSelector(".records a.listing"), "严重失信主体名单");
        assertNoPersonNameOrIdNumber();
        browser.screenshot("14-penalty");

        // the deciding authority and its other decisions; the one past its publicity window stays hidden (D6)
        browser.await(By.cssSelector("dl.kv a.authority")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/authority/" + AUTHORITY) ? true : null);
        browser.awaitText(By.tagName("h1"), "北京市应急管理局");
        WebElement decisions = browser.awaitText(By.cssSelector(".authority-penalties"), "闽应急罚〔2026〕9号");
        assertThat(decisions.findElements(By.cssSelector("a.penalty")))
                .extracting(WebElement::getText)
                .containsExactly("京应急罚〔2026〕1号", "京应急罚〔2026〕2号", "闽应急罚〔2026〕9号");
        assertThat(decisions.getText()).contains("福州乙建设有限公司");
        browser.awaitText(By.cssSelector(".authority-listings"), "北京甲矿业有限公司");
        assertNoPersonNameOrIdNumber();
        browser.screenshot("15-authority");

        // another decision of the authority, and its party
        decisions.findElement(By.linkText("闽应急罚〔2026〕9号")).click();
        browser.awaitText(By.tagName("h1"), "闽应急罚〔2026〕9号");
        browser.await(By.cssSelector("dl.kv a.subject")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/enterprise/" + SUBSIDIARY) ? true : null);
        browser.awaitText(By.tagName("h1"), "福州乙建设有限公司");
    }

    @Test
    void anAccidentLeadsToThePersonsHeldResponsibleTheirBansAndTheirOtherEnterprises() throws Exception {
        browser.open(url("/accident/SG-2025-7"));
        browser.awaitText(By.tagName("h1"), "SG-2025-7");
        assertThat(browser.await(By.cssSelector("dl.kv")).getText())
                .contains("北京甲矿业有限公司", TODAY.minusDays(200).toString(), "较大事故");
        // persons are masked for the anonymous caller (D12)
        WebElement responsible = browser.awaitText(By.cssSelector(".responsibilities"), "赵*");
        assertThat(responsible.findElements(By.cssSelector("a.subject")))
                .extracting(WebElement::getText)
                .containsExactlyInAnyOrder("张*", "赵*");
        assertThat(responsible.getText()).contains("直接责任", "主要责任", "刑事处罚");
        browser.awaitText(By.cssSelector(".records a.listing"), "严重失信主体名单");
        assertNoPersonNameOrIdNumber();
        browser.screenshot("16-accident");

        responsible.findElement(By.linkText("赵*")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/person/") ? true : null);
        browser.awaitText(By.tagName("h1"), "赵*");
        // D5: the five-year ban that follows from the criminal penalty, linked to its accident
        String bans =
                browser.awaitText(By.cssSelector(".person-bans"), "五年内不得担任").getText();
        assertThat(bans)
                .contains(
                        TODAY.minusDays(90).toString(),
                        TODAY.minusDays(90).plusYears(5).toString(),
                        "SG-2025-7");
        assertThat(browser.await(By.cssSelector(".person-responsibilities")).getText())
                .contains("SG-2025-7", "直接责任", "刑事处罚");
        WebElement roles = browser.awaitText(By.cssSelector(".person-roles"), "福州乙建设有限公司");
        assertThat(roles.getText()).contains("监事", "2022-01-01");
        assertThat(browser.driver.getCurrentUrl()).doesNotContain(ZHAO_LIU_ID_NUMBER);
        assertNoPersonNameOrIdNumber();
        browser.screenshot("17-person-bans-and-roles");

        roles.findElement(By.linkText("福州乙建设有限公司")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/enterprise/" + SUBSIDIARY) ? true : null);
        browser.awaitText(By.tagName("h1"), "福州乙建设有限公司");
        // a supervisor's ban does not reach the enterprise: still only the controller's listing (D7(a))
        assertThat(browser.await(By.cssSelector(".verdict")).getAttribute("class"))
                .contains("ATTENTION");
        assertThat(browser.await(By.cssSelector(".timeline")).getText()).contains("闽应急罚〔2026〕9号");
    }

    @Test
    void anUnknownOrHiddenRecordIsNotFoundInEitherLanguage() throws Exception {
        for (String path : List.of(
                "/penalty/xyz",
                "/accident/SG-0000-0",
                "/listing/xyz",
                "/authority/xyz",
                "/enterprise/xyz",
                "/person/xyz",
                // D6: past its publicity window, so not readable by an anonymous caller
                "/penalty/" + AUTHORITY + "%7C" + URLEncoder.encode("京应急罚〔2022〕5号", StandardCharsets.UTF_8))) {
            browser.open(url(path));
            assertThat(browser.await(By.cssSelector(".not-found")).getText())
                    .as(path)
                    .startsWith("未找到");
        }
        browser.screenshot("18-not-found");
        browser.driver.findElement(By.id("lang")).click();
        browser.awaitText(By.cssSelector(".not-found"), "Not found");
        // an agency sees the hidden decision by the same permalink
        browser.driver.findElement(By.id("apikey")).sendKeys(AGENCY_KEY, Keys.TAB);
        browser.awaitText(By.tagName("h1"), "京应急罚〔2022〕5号");
    }

    @Test
    void aProcurementOfficerChecksABidderAsOfAPastDeadlineInEveryDomainAndDownloadsTheSignedReport() throws Exception {
        String deadline = TODAY.minusDays(30).toString();
        browser.open(url("/"));
        browser.driver.findElement(By.id("apikey")).sendKeys(AGENCY_KEY, Keys.TAB);
        browser.open(url("/")); // the key stays for the session; a fresh page, so no re-render races the typing
        browser.await(By.cssSelector(".check-form input[name=q]")).sendKeys("北京甲矿业有限公司");
        browser.script("document.querySelector('.check-form input[name=asOf]').value = arguments[0]", deadline);
        browser.driver
                .findElement(By.cssSelector(".check-form button[type=submit]"))
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/check?") ? true : null);
        // every domain at a glance on the deadline: the listing restricts in government procurement
        browser.waitUntil(d -> d.findElements(By.cssSelector("tr.domain-row")).size() == 9 ? true : null);
        WebElement procurement = browser.await(By.cssSelector("tr.domain-row[data-domain=GOVERNMENT_PROCUREMENT]"));
        assertThat(procurement.getText()).contains("政府采购", "限制");
        assertThat(procurement.getAttribute("data-verdict")).isEqualTo("RESTRICTED");
        assertThat(browser.await(By.cssSelector(".check-panel")).getText()).contains("基准日 " + deadline);
        browser.screenshot("30-procurement-check");

        WebElement report = browser.await(By.cssSelector("a.report-download"));
        assertThat(report.getText()).contains("下载签名核查报告");
        assertThat(report.getAttribute("href")).contains("/report/check.pdf?", "asOf=" + deadline);
        report.click();
        Path pdf = browser.waitUntil(d -> downloaded("check-report-", ".pdf"));
        String verifyUrl;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(9);
            String text = org.creditgraph.api.report.ReportPdfs.text(document);
            assertThat(text).contains("北京甲矿业有限公司", LISTED, "受限 (RESTRICTED)", "京应急罚〔2026〕1号", deadline);
            int procurementPage =
                    org.creditgraph.api.report.ReportPdfs.pageWith(document, "政府采购 (Government procurement)");
            List<String> codes = org.creditgraph.api.report.ReportPdfs.qrCodes(document.getPage(procurementPage));
            assertThat(codes).hasSize(1);
            verifyUrl = codes.getFirst();
        }
        // the receipt in the report verifies, and the QR code opens the verification page
        assertThat(verifyUrl).startsWith(url("/verify?receipt="));
        String token = verifyUrl.substring(url("/verify?receipt=").length());
        var verified = new GraphQlClient(port)
                .query(
                        "query($t: String!) { verifyReceipt(token: $t) { valid verdict domain asOf subjectCode } }",
                        Map.of("t", token))
                .at("/data/verifyReceipt");
        assertThat(verified.at("/valid").asBoolean()).isTrue();
        assertThat(verified.at("/verdict").asString()).isEqualTo("RESTRICTED");
        assertThat(verified.at("/domain").asString()).isEqualTo("GOVERNMENT_PROCUREMENT");
        assertThat(verified.at("/asOf").asString()).isEqualTo(deadline);
        assertThat(verified.at("/subjectCode").asString()).isEqualTo(LISTED);
        browser.open(verifyUrl);
        assertThat(browser.awaitText(By.cssSelector(".verify"), "回执有效").getText())
                .contains(LISTED, deadline);
        browser.screenshot("31-receipt-verified");
    }

    @Test
    void aNameWithoutAnExactMatchIsGreyNotFoundWithTheNearestCandidatesNeverClear() throws Exception {
        browser.open(url("/check?q=" + URLEncoder.encode("北京甲矿业", StandardCharsets.UTF_8)));
        WebElement state = browser.awaitText(By.cssSelector(".not-found-state"), "北京甲矿业有限公司");
        assertThat(state.getText()).contains("未找到", "不能证明其不受限制");
        assertThat(browser.driver.findElements(By.cssSelector(".verdict.CLEAR")))
                .isEmpty();
        assertThat(browser.driver
                        .findElement(By.cssSelector(".verdict.NOT_FOUND"))
                        .getCssValue("background-color"))
                .isNotEqualTo(browser.driver
                        .findElement(By.cssSelector(".verdict.NOT_FOUND"))
                        .getCssValue("color"));
        // anonymous callers get no report, and are told why
        assertThat(browser.await(By.cssSelector(".report-actions")).getText()).contains("需要机构 API 密钥");
        assertThat(browser.driver.findElements(By.cssSelector("a.report-download")))
                .isEmpty();
        browser.screenshot("32-check-not-found");
        state.findElement(By.linkText("北京甲矿业有限公司")).click();
        browser.awaitText(By.tagName("h1"), "北京甲矿业有限公司");
        browser.driver.findElement(By.id("lang")).click();
        browser.open(url("/check?q=" + URLEncoder.encode("不存在的公司", StandardCharsets.UTF_8)));
        assertThat(browser.awaitText(By.cssSelector(".not-found-state"), "Not found")
                        .getText())
                .contains("no proof");
    }

    @Test
    void aJournalistBrowsesTheListPagesAndFollowsAListingToItsDecisions() throws Exception {
        browser.open(url("/lists"));
        WebElement serious = browser.awaitText(By.cssSelector(".regime a.regime-link"), "安全生产严重失信主体名单");
        assertThat(browser.await(By.tagName("main")).getText()).contains("世界银行取消资格名单", "联合惩戒对象");
        browser.screenshot("40-lists");

        // in force: the listed enterprise, with the end of its management period (D3)
        serious.click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/list/SERIOUS_DISHONESTY") ? true : null);
        WebElement rows = browser.awaitText(By.cssSelector(".list-rows"), "北京甲矿业有限公司");
        assertThat(rows.getText()).contains("在列", "较大事故瞒报", "北京市应急管理局").doesNotContain("信用修复");
        browser.awaitText(By.cssSelector(".tabs button.REMOVED"), "(1)");
        browser.screenshot("41-list-in-force");

        // removed: the person's listing, masked (D12), with the reason it ended
        browser.await(By.cssSelector(".tabs button.REMOVED")).click();
        rows = browser.awaitText(By.cssSelector(".list-rows"), "信用修复");
        assertThat(rows.getText())
                .contains("已移出", "张*", TODAY.minusDays(30).toString())
                .doesNotContain("北京甲矿业有限公司");
        assertThat(browser.driver.getCurrentUrl()).contains("status=REMOVED");
        assertNoPersonNameOrIdNumber();
        browser.screenshot("42-list-removed");
        browser.await(By.cssSelector("a.export-csv")).click();
        Path csv = browser.waitUntil(d -> downloaded("listings-SERIOUS_DISHONESTY-REMOVED-"));
        List<String> rowsOfCsv = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rowsOfCsv).hasSize(2);
        assertThat(rowsOfCsv.get(1)).contains("信用修复").doesNotContain(ZHANG_SAN_ID_NUMBER);

        // expired: the 2017 regime's one-year period has run out (已届满)
        browser.open(url("/list/JOINT_SANCTION_TARGET?status=EXPIRED"));
        rows = browser.awaitText(By.cssSelector(".list-rows"), "福州乙建设有限公司");
        assertThat(rows.getText()).contains("已届满", "管理期限届满", TODAY.minusYears(1).toString());
        browser.screenshot("43-list-expired");

        // a foreign listing without a code, found by name; the labels in English too
        browser.open(url("/list/WORLD_BANK_DEBARMENT"));
        browser.await(By.cssSelector("input.list-name")).sendKeys("acme");
        browser.waitUntil(d -> d.getCurrentUrl().contains("q=acme") ? true : null);
        rows = browser.awaitText(By.cssSelector(".list-rows"), "ACME GLOBAL TRADING LTD.");
        assertThat(rows.getText()).contains("未关联到已知主体", "Fraudulent practice");
        browser.driver.findElement(By.id("lang")).click();
        browser.awaitText(By.cssSelector(".tabs"), "In force");
        assertThat(browser.await(By.cssSelector(".tabs")).getText()).contains("Expired", "Removed");
        browser.awaitText(By.tagName("h1"), "World Bank");
        browser.awaitText(By.cssSelector(".list-rows"), "not linked to a known subject");
        browser.screenshot("44-list-foreign-en");
        browser.driver.findElement(By.id("lang")).click();

        // from the list to the decisions the listing rests on, and to the listed enterprise
        browser.open(url("/list/SERIOUS_DISHONESTY"));
        browser.awaitText(By.cssSelector(".list-rows .basis"), "京应急罚〔2026〕1号");
        browser.await(By.cssSelector(".list-rows a.listing")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/listing/") ? true : null);
        assertThat(browser.await(By.cssSelector("dl.kv")).getText()).contains("在列");
        browser.awaitText(By.cssSelector(".basis-penalties"), "京应急罚〔2026〕1号");
        browser.driver.navigate().back();
        browser.awaitText(By.cssSelector(".list-rows .basis"), "京应急罚〔2026〕1号");
        browser.driver
                .findElement(By.cssSelector(".list-rows .basis a.penalty"))
                .click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/penalty/") ? true : null);
        browser.awaitText(By.tagName("h1"), "京应急罚〔2026〕1号");
        assertThat(browser.await(By.cssSelector("dl.kv")).getText()).contains("北京甲矿业有限公司", "罚款 5.5 万元");
        browser.screenshot("45-listing-to-decision");
    }

    @Test
    void aJournalistFiltersPenaltiesByProvinceAndYearAndOpensAChartBarsRecords() throws Exception {
        // search filtered by province, then by list status (D3: only the enterprise listed today)
        browser.open(url("/?q=" + URLEncoder.encode("有限公司", StandardCharsets.UTF_8) + "&province=35"));
        browser.waitUntil(d -> "福州乙建设有限公司"
                        .equals(browser.script("const r = [...document.querySelectorAll('.results li a')];"
                                + " return r.length === 1 ? r[0].textContent : null;"))
                ? true
                : null);
        browser.script("const f = document.querySelector('.search-filters');"
                + " f.querySelector('[name=province]').value = ''; const l = f.querySelector('[name=listed]');"
                + " l.value = 'true'; l.dispatchEvent(new Event('change'));");
        browser.waitUntil(d -> "北京甲矿业有限公司"
                        .equals(browser.script("const r = [...document.querySelectorAll('.results li a')];"
                                + " return r.length === 1 ? r[0].textContent : null;"))
                ? true
                : null);
        assertThat(browser.driver.getCurrentUrl()).contains("listed=true").doesNotContain("province=");
        assertThat(browser.await(By.cssSelector(".results")).getText())
                .contains("北京市")
                .doesNotContain("110105");
        browser.screenshot("48-search-filtered");

        browser.open(url("/stats"));
        browser.await(By.cssSelector("form.filters select[name=province]"));
        String from = TODAY.minusYears(1).toString();
        browser.script(
                "const f = document.querySelector('form.filters');"
                        + " f.province.value = '11'; f.from.value = arguments[0]; f.to.value = arguments[1];",
                from,
                TODAY.toString());
        browser.await(By.cssSelector("button.apply-filter")).click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/stats?province=11") ? true : null);
        browser.awaitText(By.cssSelector(".filter-summary"), "北京市");
        WebElement region = browser.await(By.cssSelector(".chart[data-dim=REGION][data-kind=penalties]"));
        browser.waitUntil(d -> region.findElements(By.tagName("canvas")).isEmpty() ? null : true);
        @SuppressWarnings("unchecked")
        Map<String, Object> regions = (Map<String, Object>) browser.script(
                "const o = echarts.getInstanceByDom(arguments[0]).getOption();"
                        + " return {names: o.xAxis[0].data, counts: o.series[0].data};",
                region);
        // names, not codes; the two public Beijing penalties of the last year (not the Fujian one, D6 hides the old
        // one)
        assertThat((List<Object>) regions.get("names")).containsExactly("北京市");
        assertThat((List<Object>) regions.get("counts")).containsExactly(2L);
        WebElement years = browser.await(By.cssSelector(".chart[data-dim=YEAR][data-kind=penalties]"));
        browser.waitUntil(d -> years.findElements(By.tagName("canvas")).isEmpty() ? null : true);
        browser.screenshot("46-stats-filtered");

        // each chart's data as CSV, the file named after the filter
        WebElement yearCard = years.findElement(By.xpath(".."));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", yearCard);
        yearCard.findElement(By.cssSelector("button.chart-csv")).click();
        Path chartCsv = browser.waitUntil(d -> downloaded("penalties-by-YEAR-11-" + from));
        String chartText = Files.readString(chartCsv, StandardCharsets.UTF_8);
        assertThat(chartText)
                .contains("年份", "数量", String.valueOf(TODAY.minusDays(10).getYear()));

        // a click on the bar of the year of the latest penalty opens exactly its records
        int year = TODAY.minusDays(10).getYear();
        long inYear = List.of(TODAY.minusDays(10), TODAY.minusDays(20)).stream()
                .filter(d -> d.getYear() == year)
                .count();
        @SuppressWarnings("unchecked")
        List<Number> bar = (List<Number>) browser.script(
                "const c = echarts.getInstanceByDom(arguments[0]); const o = c.getOption();"
                        + " const i = o.xAxis[0].data.indexOf(arguments[1]);"
                        + " const p = c.convertToPixel({seriesIndex: 0}, [i, 0]);"
                        + " const top = c.convertToPixel({seriesIndex: 0}, [i, o.series[0].data[i]]);"
                        + " return [p[0], (p[1] + top[1]) / 2];",
                years,
                String.valueOf(year));
        var size = years.getSize();
        new Actions(browser.driver)
                .moveToElement(years, (int) Math.round(bar.get(0).doubleValue() - size.getWidth() / 2.0), (int)
                        Math.round(bar.get(1).doubleValue() - size.getHeight() / 2.0))
                .click()
                .perform();
        browser.waitUntil(d -> d.getCurrentUrl().contains("/penalties?") ? true : null);
        assertThat(browser.driver.getCurrentUrl()).contains("province=11", "from=" + year + "-01-01");
        WebElement records = browser.awaitText(By.cssSelector(".penalties-list"), "京应急罚〔2026〕1号");
        assertThat(records.findElements(By.cssSelector("a.penalty"))).hasSize((int) inYear);
        assertThat(records.getText()).doesNotContain("闽应急罚", "京应急罚〔2022〕5号").contains("北京甲矿业有限公司");
        assertThat(browser.await(By.cssSelector(".filter-summary")).getText()).contains("北京市", String.valueOf(year));
        browser.screenshot("47-bar-records");

        // and the same records as a download
        browser.await(By.cssSelector("a.export-csv")).click();
        Path csv = browser.waitUntil(d -> downloaded("penalties-" + year + "-01-01"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1 + (int) inYear);
        assertThat(String.join("\n", lines)).doesNotContain("闽应急罚");
    }

    /** D12 on every page an anonymous caller walks: only masked names, never an ID number. */
    void assertNoPersonNameOrIdNumber() {
        String page = browser.driver.findElement(By.tagName("body")).getText() + browser.driver.getPageSource();
        assertThat(page)
                .doesNotContain("张三", "李四", "王五", "赵六")
                .doesNotContain(ZHANG_SAN_ID_NUMBER, LI_SI_ID_NUMBER, WANG_WU_ID_NUMBER, ZHAO_LIU_ID_NUMBER);
    }

    /** The opaque id of the enterprise's shareholder person, as the public API gives it (never the ID number). */
    String personId(String uscc) {
        var roles = new GraphQlClient(port)
                .query(
                        "query($u: String!) { enterprise(uscc: $u) { roles { role person { id } } } }",
                        Map.of("u", uscc))
                .at("/data/enterprise/roles");
        for (var role : roles) {
            if (role.path("role").asString().equals("SHAREHOLDER")) {
                return role.at("/person/id").asString();
            }
        }
        throw new AssertionError("no shareholder person in " + roles);
    }

    @SuppressWarnings("unchecked")
    List<String> nodeIds() {
        return (List<String>) browser.script(
                "const cy = document.getElementById('graph')?.cy;" + " return cy ? cy.nodes().map(n => n.id()) : [];");
    }

    /** A real mouse click where cytoscape drew the node. */
    void click(WebElement graph, String nodeId) {
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) browser.script(
                "const p = document.getElementById('graph').cy.getElementById(arguments[0]).renderedPosition();"
                        + " return [p.x, p.y];",
                nodeId);
        var size = graph.getSize();
        new Actions(browser.driver)
                .moveToElement(graph, (int) Math.round(at.get(0).doubleValue() - size.getWidth() / 2.0), (int)
                        Math.round(at.get(1).doubleValue() - size.getHeight() / 2.0))
                .click()
                .perform();
    }

    Path downloaded(String prefix) {
        return downloaded(prefix, ".csv");
    }

    Path downloaded(String prefix, String suffix) {
        try (var files = Files.list(browser.downloads)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> f.getFileName().toString().endsWith(suffix))
                    .findFirst()
                    .orElse(null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
