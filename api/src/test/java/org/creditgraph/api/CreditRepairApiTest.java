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

/** D6 credit repair (信用修复): the loader column, the ADMIN mutation, its audit trail and who sees what after. */
class CreditRepairApiTest extends RecordsScenario {

    static final String REPAIR = "mutation($k: String!, $on: Date!) { repairPenalty(key: $k, repairedOn: $on,"
            + " reason: \"信用修复申请已核准\") { key repairedOn publiclyDisclosed } }";

    @BeforeAll
    static void scenario() throws Exception {
        loadScenario();
        Path dir = Files.createTempDirectory("repairs");
        var loader = new Loader(
                TestGraph.graph(), PersonIdentity.fromEnvironmentOr(Path.of("target/records-test-data")), 100);
        load(
                loader,
                dir,
                Kind.PENALTIES,
                "行政相对人名称,行政相对人类别,统一社会信用代码,行政处罚决定书文号,处罚类别,处罚决定日期,处罚机关,处罚机关统一社会信用代码,信用修复日期",
                "北京甲矿业有限公司,法人及非法人组织," + A + ",P9,警告," + daysAgo(200) + ",北京市应急管理局," + AUTH1 + "," + daysAgo(2));
    }

    private static String penalty(String number) {
        return "{ penalty(key: \"" + AUTH1 + "|" + number + "\") { repairedOn publiclyDisclosed } }";
    }

    @Test
    void d6_aRepairLoadedFromTheSourceEndsPublicDisclosure() {
        assertThat(data(anonymous().query(penalty("P9"))).path("penalty").isNull())
                .isTrue();
        JsonNode agency = data(agency().query(penalty("P9"))).path("penalty");
        assertThat(agency.path("repairedOn").asString()).isEqualTo(daysAgo(2).toString());
        assertThat(agency.path("publiclyDisclosed").asBoolean()).isFalse();
    }

    @Test
    void d6_anAdminRepairIsAuditedAndHidesThePenaltyFromThePublic() {
        assertThat(data(anonymous().query(penalty("P2"))).path("penalty").isNull())
                .isFalse();
        JsonNode repaired = data(admin().query(REPAIR, Map.of("k", AUTH1 + "|P2", "on", TODAY.toString())))
                .path("repairPenalty");
        assertThat(repaired.path("repairedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(repaired.path("publiclyDisclosed").asBoolean()).isFalse();
        assertThat(data(anonymous().query(penalty("P2"))).path("penalty").isNull())
                .isTrue();
        JsonNode corrections = data(admin().query(
                                "{ corrections(targetKey: \"" + AUTH1 + "|P2\") { kind by changes effectiveOn } }"))
                .path("corrections");
        assertThat(corrections.get(0).path("kind").asString()).isEqualTo("REPAIR_PENALTY");
        assertThat(corrections.get(0).path("by").asString()).contains("Regulator");

        JsonNode again = admin().query(REPAIR, Map.of("k", AUTH1 + "|P2", "on", TODAY.toString()));
        assertThat(again.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void d6_repairsAreRefusedForOthersAndForImpossibleDates() {
        JsonNode anonymous = anonymous().query(REPAIR, Map.of("k", AUTH1 + "|P1", "on", TODAY.toString()));
        assertThat(anonymous.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        JsonNode agency = agency().query(REPAIR, Map.of("k", AUTH1 + "|P1", "on", TODAY.toString()));
        assertThat(agency.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        JsonNode early = admin().query(
                        REPAIR, Map.of("k", AUTH1 + "|P1", "on", daysAgo(11).toString()));
        assertThat(early.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        JsonNode annulled = admin().query(REPAIR, Map.of("k", AUTH1 + "|P4", "on", TODAY.toString()));
        assertThat(annulled.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        JsonNode unknown = admin().query(REPAIR, Map.of("k", AUTH1 + "|nope", "on", TODAY.toString()));
        assertThat(unknown.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(data(anonymous().query(penalty("P1")))
                        .at("/penalty/publiclyDisclosed")
                        .asBoolean())
                .isTrue();
    }
}
