package org.creditgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Hazards under supervision (D13) loaded through KIND hazards and read through the API: open and
 * overdue, an enterprise's hazards, Relay ids, and a refused order to suspend as a D9 criterion in
 * the check's evidence.
 */
class HazardApiTest extends RecordsScenario {

    @BeforeAll
    static void scenario() throws Exception {
        loadScenario();
        Path dir = Files.createTempDirectory("hazards");
        var loader = new Loader(
                TestGraph.graph(), PersonIdentity.fromEnvironmentOr(Path.of("target/records-test-data")), 100);
        load(
                loader,
                dir,
                Kind.HAZARDS,
                "隐患编号,统一社会信用代码,单位名称,隐患内容,挂牌日期,挂牌督办机关,挂牌督办机关统一社会信用代码,整改期限,整改销号日期,责令停产停业日期,拒不执行",
                "H-1," + C + ",深圳丙材料有限公司,粉尘涉爆,"
                        + daysAgo(100) + ",深圳市应急管理局," + AUTH2 + "," + daysAgo(10) + ",,"
                        + daysAgo(60) + ",是",
                "H-2," + B + ",福州乙建设有限公司,深基坑," + daysAgo(100) + ",,," + daysAgo(10) + "," + daysAgo(20) + ",,否",
                "H-3," + B + ",福州乙建设有限公司,脚手架," + daysAgo(5) + ",,," + daysAgo(1 - 30) + ",,,");
    }

    @Test
    void d13_openAndOverdueHazardsByFilterAndOnTheEnterprise() {
        JsonNode open = data(anonymous()
                .query("{ hazards(filter: {open: true}) { totalCount edges { node {"
                        + " id hazardNumber overdue open authority { uscc } enterprise { uscc } } } } }"));
        assertThat(open.at("/hazards/totalCount").asInt()).isEqualTo(2);
        JsonNode h1 = open.at("/hazards/edges").findParents("hazardNumber").stream()
                .filter(n -> n.path("hazardNumber").asString().equals("H-1"))
                .findFirst()
                .orElseThrow();
        assertThat(h1.path("overdue").asBoolean()).isTrue();
        assertThat(h1.at("/authority/uscc").asString()).isEqualTo(AUTH2);
        assertThat(h1.at("/enterprise/uscc").asString()).isEqualTo(C);

        JsonNode b = data(anonymous()
                        .query("{ enterprise(uscc: \"" + B + "\") { hazards { hazardNumber open"
                                + " overdue closedOn past: open(asOf: \"" + daysAgo(50) + "\") } } }"))
                .at("/enterprise/hazards");
        assertThat(b).hasSize(2);
        assertThat(b.get(0).path("hazardNumber").asString()).isEqualTo("H-3");
        assertThat(b.get(0).path("overdue").asBoolean()).isFalse();
        assertThat(b.get(1).path("open").asBoolean()).isFalse();
        assertThat(b.get(1).path("past").asBoolean()).isTrue();
    }

    @Test
    void hazardsResolveByRelayId() {
        JsonNode node = data(anonymous().query("{ node(id: \"Hazard:H-1\") { id ... on Hazard { refused } } }"));
        assertThat(node.at("/node/refused").asBoolean()).isTrue();
    }

    @Test
    void d9_refusedHazardOrderIsAListingCriterionInTheCheck() {
        JsonNode check = data(agency().query(
                                "query($u: String!) { sanctionCheck(subject: {uscc: $u}, domain: FINANCING) { verdict"
                                        + " reasons { code criterion { code recordKeys } } } }",
                                Map.of("u", C)))
                .path("sanctionCheck");
        JsonNode reason = check.path("reasons").findParents("criterion").stream()
                .filter(r -> r.at("/criterion/code").asString().equals("REFUSED_HAZARD_ORDER"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(check.toString()));
        assertThat(reason.path("code").asString()).isEqualTo("LISTING_CRITERIA_MET");
        assertThat(reason.at("/criterion/recordKeys/0").asString()).isEqualTo("H-1");
    }
}
