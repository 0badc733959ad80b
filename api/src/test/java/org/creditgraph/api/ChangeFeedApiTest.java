package org.creditgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.LoadResult;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * The public change feed {@code GET /export/changes.ndjson?since=}: every record created or changed
 * after a position, each line with a cursor to resume from; resuming gives exactly the later
 * changes; the caller's rights apply as on the API (D6: a penalty the public may not see is not
 * there, and one that leaves public view is a removal only where the public could have seen it;
 * D12: masked names, never an ID number); a bad {@code since} is a 400 with a JSON error.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChangeFeedApiTest extends RecordsScenario {

    static final String FEED = "/export/changes.ndjson";

    static Loader loader;
    static Path dir;

    @BeforeAll
    static void scenario() throws Exception {
        loadScenario();
        dir = Files.createTempDirectory("change-feed");
        loader = new Loader(
                TestGraph.graph(), PersonIdentity.fromEnvironmentOr(Path.of("target/records-test-data")), 100);
    }

    static List<JsonNode> feed(GraphQlClient client, String since) {
        return ExportApiTest.ndjson(
                client.get(since == null ? FEED : FEED + "?since=" + URLEncoder.encode(since, StandardCharsets.UTF_8)));
    }

    static List<String> keys(List<JsonNode> lines) {
        return lines.stream()
                .map(l -> l.path("op").asString() + " " + l.path("type").asString() + " "
                        + l.path("key").asString())
                .toList();
    }

    static JsonNode line(List<JsonNode> lines, String type, String key) {
        return lines.stream()
                .filter(l -> l.path("type").asString().equals(type)
                        && l.path("key").asString().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError(type + " " + key + " not in " + keys(lines)));
    }

    @Test
    @Order(1)
    void fromTheStartEveryRecordTheCallerMaySeeOnceWithACursorAndTheApiId() {
        List<JsonNode> pub = feed(anonymous(), null);
        List<JsonNode> agency = feed(agency(), "0");
        assertThat(keys(pub)).doesNotHaveDuplicates();
        assertThat(keys(pub))
                .contains(
                        "upsert Enterprise " + A,
                        "upsert Penalty " + AUTH1 + "|P1",
                        "upsert Penalty " + AUTH1 + "|P7",
                        "upsert Accident SG-1",
                        "upsert Listing SERIOUS_DISHONESTY|" + A + "|2024-08-01");
        // D6: P3 (past its window when loaded) and P4 (annulled before it was loaded) were never
        // public while the system held them: not even their keys reach the public
        assertThat(pub.toString()).doesNotContain("|P3", "|P4");
        assertThat(keys(agency)).contains("upsert Penalty " + AUTH1 + "|P3", "upsert Penalty " + AUTH1 + "|P4");
        assertThat(pub).allSatisfy(l -> {
            assertThat(l.path("cursor").asString()).isNotEmpty();
            assertThat(l.path("dataVersion").asString()).isNotEmpty();
            assertThat(l.path("record").isObject()).isTrue();
        });
        // the id is the one node(id:) resolves, and the record is what the API shows the same caller
        JsonNode p7 = line(pub, "Penalty", AUTH1 + "|P7");
        assertThat(data(anonymous()
                                .query("{ node(id: \"" + p7.path("id").asString()
                                        + "\") { ... on Penalty { decisionNumber party { name } } } }"))
                        .at("/node/party/name")
                        .asString())
                .isEqualTo("张*")
                .isEqualTo(p7.at("/record/party_name").asString());
        assertThat(line(agency, "Penalty", AUTH1 + "|P7")
                        .at("/record/party_name")
                        .asString())
                .isEqualTo("张三");
        // D12: persons' names masked for the public, no ID number in any form for anyone
        assertThat(line(pub, "Enterprise", A).at("/record/legal_rep_name").asString())
                .isEqualTo("李*");
        assertThat(pub.stream()
                        .filter(l -> l.path("type").asString().equals("Listing"))
                        .map(l -> l.at("/record/name").asString()))
                .contains("张*")
                .doesNotContain("张三");
        for (List<JsonNode> lines : List.of(pub, agency)) {
            assertThat(lines.toString())
                    .doesNotContain(PERSON_ID_NUMBER, LEGAL_REP_ID_NUMBER, "110105********002X", "110101********4477");
        }
    }

    @Test
    @Order(2)
    void resumingFromACursorGivesExactlyTheLaterChanges() throws Exception {
        List<JsonNode> all = feed(agency(), null);
        assertThat(all.size()).isGreaterThan(10);
        for (int k : List.of(0, 3, all.size() / 2, all.size() - 2)) {
            List<JsonNode> rest = feed(agency(), all.get(k).path("cursor").asString());
            assertThat(keys(rest)).as("after line " + k).isEqualTo(keys(all.subList(k + 1, all.size())));
        }
        String last = all.getLast().path("cursor").asString();
        assertThat(feed(agency(), last)).isEmpty();
        String versionBefore = all.getLast().path("dataVersion").asString();
        Instant before = Instant.now();
        Thread.sleep(20);

        LoadResult run = load(
                Kind.PENALTIES,
                "行政相对人名称,行政相对人类别,统一社会信用代码,行政处罚决定书文号,处罚类别,罚款金额(万元),处罚决定日期,处罚机关,处罚机关统一社会信用代码",
                "北京甲矿业有限公司,法人及非法人组织," + A + ",P1,罚款,6.5," + daysAgo(10) + ",北京市应急管理局," + AUTH1,
                "福州乙建设有限公司,法人及非法人组织," + B + ",P9,警告,," + daysAgo(2) + ",北京市应急管理局," + AUTH1);
        List<JsonNode> later = feed(agency(), last);
        assertThat(keys(later)).containsExactly("upsert Penalty " + AUTH1 + "|P1", "upsert Penalty " + AUTH1 + "|P9");
        assertThat(later)
                .allSatisfy(l -> assertThat(l.path("dataVersion").asString()).isEqualTo(run.runId()));
        assertThat(line(later, "Penalty", AUTH1 + "|P1").at("/record/fine_yuan").asString())
                .isEqualTo("65000");
        // the same from the data version before, or from a time before the run
        assertThat(keys(feed(agency(), versionBefore))).isEqualTo(keys(later));
        assertThat(keys(feed(agency(), before.toString()))).isEqualTo(keys(later));
        // a changed record moves to its latest change: read from the start, P1 is there once, changed
        List<JsonNode> again = feed(agency(), null);
        assertThat(keys(again)).doesNotHaveDuplicates();
        assertThat(keys(again.subList(again.size() - 2, again.size())))
                .containsExactly("upsert Penalty " + AUTH1 + "|P1", "upsert Penalty " + AUTH1 + "|P9");
        // an unchanged re-load adds nothing
        load(
                Kind.PENALTIES,
                "行政相对人名称,行政相对人类别,统一社会信用代码,行政处罚决定书文号,处罚类别,罚款金额(万元),处罚决定日期,处罚机关,处罚机关统一社会信用代码",
                "福州乙建设有限公司,法人及非法人组织," + B + ",P9,警告,," + daysAgo(2) + ",北京市应急管理局," + AUTH1);
        assertThat(feed(agency(), later.getLast().path("cursor").asString())).isEmpty();
    }

    @Test
    @Order(3)
    void aPenaltyThatLeavesPublicViewIsARemovalForThePublicAndAnUpdateForAgencies() {
        String last = feed(anonymous(), null).getLast().path("cursor").asString();
        String agencyLast = feed(agency(), null).getLast().path("cursor").asString();
        data(admin().query(
                        "mutation($k: String!, $on: Date!) { repairPenalty(key: $k, repairedOn: $on,"
                                + " reason: \"信用修复申请已核准\") { key } }",
                        Map.of("k", AUTH1 + "|P8", "on", TODAY.toString())));
        List<JsonNode> pub = feed(anonymous(), last);
        assertThat(keys(pub)).containsExactly("remove Penalty " + AUTH1 + "|P8");
        assertThat(pub.getFirst().path("record").isMissingNode()
                        || pub.getFirst().path("record").isNull())
                .isTrue();
        List<JsonNode> agency = feed(agency(), agencyLast);
        assertThat(keys(agency)).containsExactly("upsert Penalty " + AUTH1 + "|P8");
        assertThat(agency.getFirst().at("/record/repaired_on").asString()).isEqualTo(TODAY.toString());
        assertThat(agency.getFirst().at("/record/publicly_disclosed").asBoolean())
                .isFalse();
        assertThat(pub.getFirst().path("dataVersion").asString())
                .isEqualTo(agency.getFirst().path("dataVersion").asString())
                .startsWith("correction-");
    }

    @Test
    @Order(4)
    void aBadSinceIsA400WithAJsonErrorThatEchoesNothing() {
        for (String since : List.of(
                "yesterday", "20990101T000000-penalties-nope", "2026-13-45T00:00:00Z", PERSON_ID_NUMBER, "-5")) {
            HttpResponse<String> response =
                    anonymous().get(FEED + "?since=" + URLEncoder.encode(since, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(since).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/json");
            JsonNode error = GraphQlClient.json(response.body());
            assertThat(error.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
            assertThat(error.at("/errors/0/message").asString())
                    .contains("since")
                    .doesNotContain(since);
        }
        HttpResponse<String> unknown = anonymous().get(FEED + "?from=0");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(GraphQlClient.json(unknown.body())
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("BAD_USER_INPUT");
    }

    static LoadResult load(Kind kind, String... lines) throws Exception {
        return org.creditgraph.api.CsvFixture.load(loader, dir, kind, lines);
    }
}
