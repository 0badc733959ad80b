package org.creditgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What the explorer's list pages and journalist filters ask of the API, against the real graph: the
 * regimes, listings by status (D3: in force, expired, removed) and by part of the name (code-less
 * foreign listings; never a person's name for anonymous callers, D12), the same filter on the
 * listings export, penalties and accidents by province (GB/T 2260) and by whether the party is
 * listed, and the names of statistics keys.
 */
class JournalistFiltersApiTest extends RecordsScenario {

    @BeforeAll
    static void scenario() throws Exception {
        loadScenario();
        Path dir = Files.createTempDirectory("journalist-scenario");
        var loader = new Loader(
                TestGraph.graph(), PersonIdentity.fromEnvironmentOr(Path.of("target/records-test-data")), 100);
        // C: listed and removed early by credit repair (信用修复), D3; and a World Bank debarment without a code
        load(
                loader,
                dir,
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定部门,列入日期,移出日期,移出原因",
                "严重失信主体名单,法人,深圳丙材料有限公司," + C + ",瞒报事故,深圳市应急管理局,2025-01-01,2025-06-01,信用修复");
        load(
                loader,
                dir,
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,来源编号,列入事由,列入日期,管理期限届满日期",
                "世界银行取消资格名单,法人,ACME GLOBAL TRADING LTD.,,WB-1,Fraudulent practice,2024-01-01,2999-12-31");
        TestGraph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();
    }

    static List<String> texts(JsonNode array, String pointer) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.at(pointer).asString()));
        return out;
    }

    JsonNode listings(GraphQlClient client, String filter) {
        return data(client.query("{ listings(filter: " + filter + ", first: 50) { totalCount edges { node {"
                        + " key list name status endsOn removedOn removalReason subject { id } } } } }"))
                .at("/listings");
    }

    @Test
    void regimesComeFromTheRegimesFiles() {
        JsonNode regimes = data(anonymous()
                        .query("{ regimes { code name nameEn effect reason defaultPeriod legalSource } }"))
                .at("/regimes");
        assertThat(texts(regimes, "/code"))
                .contains(
                        "SERIOUS_DISHONESTY", "BLACKLIST", "JOINT_SANCTION_TARGET", "RED_LIST", "WORLD_BANK_DEBARMENT");
        JsonNode serious = regimes.get(texts(regimes, "/code").indexOf("SERIOUS_DISHONESTY"));
        assertThat(serious.at("/name").asString()).isEqualTo("安全生产严重失信主体名单");
        assertThat(serious.at("/defaultPeriod").asString()).isEqualTo("P3Y");
        JsonNode worldBank = regimes.get(texts(regimes, "/code").indexOf("WORLD_BANK_DEBARMENT"));
        assertThat(worldBank.at("/reason").asString()).isEqualTo("FOREIGN_DEBARMENT");
    }

    @Test
    void d3_listingsByStatusInForceExpiredAndRemoved() {
        JsonNode inForce = listings(agency(), "{list: \"SERIOUS_DISHONESTY\", status: IN_FORCE}");
        assertThat(texts(inForce.at("/edges"), "/node/name")).containsExactly("北京甲矿业有限公司");
        assertThat(inForce.at("/edges/0/node/status").asString()).isEqualTo("IN_FORCE");
        assertThat(inForce.at("/edges/0/node/endsOn").asString()).isEqualTo("2027-08-01");

        JsonNode removed = listings(agency(), "{list: \"SERIOUS_DISHONESTY\", status: REMOVED}");
        assertThat(removed.at("/totalCount").asInt()).isEqualTo(1);
        assertThat(removed.at("/edges/0/node/name").asString()).isEqualTo("深圳丙材料有限公司");
        assertThat(removed.at("/edges/0/node/status").asString()).isEqualTo("REMOVED");
        assertThat(removed.at("/edges/0/node/removalReason").asString()).isEqualTo("信用修复");

        // the 2017 regime's one-year period has run out for both
        JsonNode expired = listings(agency(), "{list: \"JOINT_SANCTION_TARGET\", status: EXPIRED}");
        assertThat(texts(expired.at("/edges"), "/node/name")).containsExactlyInAnyOrder("福州乙建设有限公司", "张三");
        assertThat(texts(expired.at("/edges"), "/node/status")).containsOnly("EXPIRED");
        assertThat(listings(agency(), "{list: \"JOINT_SANCTION_TARGET\", status: IN_FORCE}")
                        .at("/totalCount")
                        .asInt())
                .isZero();
        // D12: the expired person's listing is there for the public too, masked
        assertThat(texts(
                        listings(anonymous(), "{list: \"JOINT_SANCTION_TARGET\", status: EXPIRED}")
                                .at("/edges"),
                        "/node/name"))
                .containsExactlyInAnyOrder("福州乙建设有限公司", "张*");

        // asOf: before the removal C was in force; before its listing A was nothing yet
        assertThat(texts(
                        listings(agency(), "{list: \"SERIOUS_DISHONESTY\", status: IN_FORCE, asOf: \"2025-03-01\"}")
                                .at("/edges"),
                        "/node/name"))
                .containsExactly("深圳丙材料有限公司", "北京甲矿业有限公司");
        assertThat(listings(agency(), "{list: \"SERIOUS_DISHONESTY\", status: IN_FORCE, asOf: \"2024-07-01\"}")
                        .at("/totalCount")
                        .asInt())
                .isZero();
        assertThat(listings(agency(), "{status: REMOVED, asOf: \"2025-05-31\"}")
                        .at("/totalCount")
                        .asInt())
                .isZero();
    }

    @Test
    void codeLessListingsAreFoundByNameButNoPersonByNameForTheAnonymous() {
        JsonNode acme = listings(anonymous(), "{name: \"acme global\"}");
        assertThat(acme.at("/totalCount").asInt()).isEqualTo(1);
        assertThat(acme.at("/edges/0/node/list").asString()).isEqualTo("WORLD_BANK_DEBARMENT");
        assertThat(acme.at("/edges/0/node/status").asString()).isEqualTo("IN_FORCE");
        assertThat(acme.at("/edges/0/node/subject").isNull()).isTrue();
        assertThat(listings(anonymous(), "{list: \"WORLD_BANK_DEBARMENT\", status: IN_FORCE, name: \"ACME\"}")
                        .at("/totalCount")
                        .asInt())
                .isEqualTo(1);
        // D12: a guessed person's name is never confirmed to anonymous callers
        assertThat(listings(anonymous(), "{name: \"张三\"}").at("/totalCount").asInt())
                .isZero();
        assertThat(listings(agency(), "{name: \"张三\"}").at("/totalCount").asInt())
                .isEqualTo(1);
    }

    @Test
    void theListingsExportTakesTheStatusAndNamesItsFileByTheFilter() {
        HttpResponse<String> removed = anonymous().get("/export/listings.csv?list=SERIOUS_DISHONESTY&status=REMOVED");
        var rows = ExportApiTest.csv(removed);
        assertThat(rows).hasSize(2);
        assertThat(String.join(",", rows.get(1).getFields())).contains(C, "信用修复");
        assertThat(removed.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("listings-SERIOUS_DISHONESTY-REMOVED-");
        var inForce = ExportApiTest.ndjson(anonymous().get("/export/listings.ndjson?status=IN_FORCE&name=acme"));
        assertThat(inForce).hasSize(1);
        assertThat(anonymous().get("/export/listings.csv?status=GONE").statusCode())
                .isEqualTo(400);
    }

    @Test
    void penaltiesAndAccidentsByProvinceAndByWhetherThePartyIsListed() {
        String keys = "{ edges { node { decisionNumber } } }";
        JsonNode beijing =
                data(anonymous().query("{ penalties(filter: {provinceCode: \"11\"}, first: 50) " + keys + " }"));
        assertThat(texts(beijing.at("/penalties/edges"), "/node/decisionNumber"))
                .contains("P1", "P2", "P8")
                .doesNotContain("P5", "P6");
        JsonNode sixDigits =
                data(anonymous().query("{ penalties(filter: {provinceCode: \"110000\"}, first: 50) " + keys + " }"));
        assertThat(sixDigits).isEqualTo(beijing);
        JsonNode bad = anonymous().query("{ penalties(filter: {provinceCode: \"1101\"}) { totalCount } }");
        assertThat(bad.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");

        // D3: A's serious-dishonesty listing is in force, B's and 张三's have expired, C's was removed
        JsonNode listed = data(anonymous().query("{ penalties(filter: {partyListed: true}, first: 50) " + keys + " }"));
        assertThat(texts(listed.at("/penalties/edges"), "/node/decisionNumber"))
                .containsExactlyInAnyOrder("P1", "P2", "P8");
        JsonNode notListed =
                data(anonymous().query("{ penalties(filter: {partyListed: false}, first: 50) " + keys + " }"));
        assertThat(texts(notListed.at("/penalties/edges"), "/node/decisionNumber"))
                .contains("P5", "P6")
                .doesNotContain("P1", "P2", "P8");

        JsonNode fujian = data(anonymous()
                .query("{ accidents(filter: {provinceCode: \"35\"}) { edges { node { accidentNumber } } } }"));
        assertThat(texts(fujian.at("/accidents/edges"), "/node/accidentNumber")).containsExactly("SG-3");
        assertThat(anonymous()
                        .get("/export/penalties.csv?provinceCode=11&partyListed=true")
                        .statusCode())
                .isEqualTo(200);
        assertThat(ExportApiTest.csv(anonymous().get("/export/penalties.csv?provinceCode=11&partyListed=true")))
                .hasSize(1 + 3);
        assertThat(ExportApiTest.csv(anonymous().get("/export/accidents.csv?provinceCode=35")))
                .hasSize(2);
    }

    @Test
    void searchFiltersByProvinceIndustryAndWhetherTheSubjectIsListed() {
        String q =
                "query($f: SearchFilter) { search(text: \"有限公司\", filter: $f, first: 50) { totalCount edges { node { name } } } }";
        java.util.function.Function<String, List<String>> names = filter -> texts(
                data(anonymous().query(q, Map.of("f", GraphQlClient.json(filter))))
                        .at("/search/edges"),
                "/node/name");
        assertThat(names.apply("{}")).contains("北京甲矿业有限公司", "福州乙建设有限公司", "深圳丙材料有限公司");
        assertThat(names.apply("{\"provinceCode\": \"35\"}")).containsExactly("福州乙建设有限公司");
        assertThat(names.apply("{\"industryCode\": \"B0610\"}")).containsExactly("北京甲矿业有限公司");
        // D3: A is listed today; B's listing has expired and C's was removed
        assertThat(names.apply("{\"listed\": true}")).containsExactly("北京甲矿业有限公司");
        assertThat(names.apply("{\"listed\": false}"))
                .contains("福州乙建设有限公司", "深圳丙材料有限公司")
                .doesNotContain("北京甲矿业有限公司");
        // a foreign listed party, found by name, counts by its own listing
        JsonNode acme = data(anonymous().query("{ search(text: \"ACME\", filter: {listed: true}) { totalCount } }"));
        assertThat(acme.at("/search/totalCount").asInt()).isEqualTo(1);
        JsonNode bad = anonymous().query("{ search(text: \"有限公司\", filter: {provinceCode: \"3501\"}) { totalCount } }");
        assertThat(bad.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void statisticsKeysCarryTheirNames() {
        JsonNode byRegion = data(anonymous()
                        .query(
                                "{ penaltyStatistics(filter: {provinceCode: \"11\"}, groupBy: [REGION, INDUSTRY, AUTHORITY]) { keys names count } }"))
                .at("/penaltyStatistics");
        JsonNode first = byRegion.get(0);
        assertThat(first.at("/keys/0").asString()).isEqualTo("110105");
        assertThat(first.at("/names/0").asString()).contains("北京");
        assertThat(first.at("/names/1").asString()).contains("煤炭");
        assertThat(first.at("/names/2").asString()).isEqualTo("北京市应急管理局");
        JsonNode byYear = data(anonymous().query("{ accidentStatistics(groupBy: [YEAR]) { keys names } }"))
                .at("/accidentStatistics/0/names/0");
        assertThat(byYear.isNull()).isTrue();
    }
}
