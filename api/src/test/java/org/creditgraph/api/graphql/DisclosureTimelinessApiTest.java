package org.creditgraph.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.rules.Uscc;
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
 * D10 over HTTP, on penalties loaded through the loaders around the 2024 Spring Festival (off
 * 02-10..17; Sunday 02-04 and Sunday 02-18 worked; 除夕 02-09 a working day), with the shipped
 * calendar: 公示日期 on time, late, and missing (dated by the first load), an annulled and an expired
 * penalty that the public may count but not see (D6), and a year without calendar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisclosureTimelinessApiTest {

    static final String PARTY = "91110000600037341L";
    static final String X = "11110000000019713H";
    static final String Y = Uscc.withCheckCharacter("11350000000012345");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final String Q1 = "from: \"2024-01-01\", to: \"2024-03-31\"";
    static final String FIELDS = "from to deadlineWorkingDays decisions publishedOnTime publishedLate"
            + " publicationDateUnknown calendarYearsMissing dataVersion authorities { authority { uscc name }"
            + " decisions publishedOnTime publishedLate publicationDateUnknown publishedOnFromSource"
            + " publishedOnFromFirstLoad maxWorkingDaysLate averageWorkingDaysLate onTimeShare lateNotListed"
            + " late { decisionNumber decidedOn publishedOn publicationSource deadline workingDaysTaken"
            + " workingDaysLate publiclyDisclosed } }";

    @LocalServerPort
    int port;

    @TempDir
    static Path dir;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/timeliness-test-data");
        registry.add("creditgraph.api-keys", () -> "agency-key-Mw5Qe9RtZ2kH7v=AGENCY@Audit Office");
    }

    static String row(String number, String decided, String published, String authority, String status) {
        String authorityName = authority.equals(X) ? "北京市应急管理局" : "福建省应急管理厅";
        String[] s = status.split("\\|", -1);
        return String.join(
                ",",
                "北京甲矿业有限公司",
                "法人及非法人组织",
                PARTY,
                number,
                "罚款",
                "1",
                decided,
                published,
                authorityName,
                authority,
                s[0],
                s.length > 1 ? s[1] : "",
                s.length > 2 ? s[2] : "");
    }

    @BeforeAll
    static void scenario() throws Exception {
        TestGraph.clean();
        var loader = new Loader(
                TestGraph.graph(), PersonIdentity.fromEnvironmentOr(Path.of("target/timeliness-test-data")), 100);
        List<String> lines = new ArrayList<>();
        lines.add("行政相对人名称,行政相对人类别,统一社会信用代码,行政处罚决定书文号,处罚类别,罚款金额(万元),处罚决定日期,公示日期,处罚机关,处罚机关统一社会信用代码,状态,状态日期,公示截止期");
        // out of the period
        lines.add(row("京应急罚〔2023〕99号", "2023-12-29", "2024-01-02", X, "有效"));
        // deadline Tue 02-20 (Sunday 02-18 worked): on time; weekends only it would be late
        lines.add(row("京应急罚〔2024〕1号", "2024-02-05", "2024-02-20", X, "有效"));
        // deadline Fri 02-09; published on the Sunday worked 02-18: 8 working days, 1 late
        lines.add(row("京应急罚〔2024〕2号", "2024-02-01", "2024-02-18", X, "有效"));
        // deadline 02-20; published Fri 02-23: 3 late
        lines.add(row("京应急罚〔2024〕3号", "2024-02-05", "2024-02-23", X, "有效"));
        // no 公示日期: dated by its first load (set below), deadline Thu 02-22
        lines.add(row("京应急罚〔2024〕4号", "2024-02-07", "", X, "有效"));
        // published the day it was decided
        lines.add(row("京应急罚〔2024〕5号", "2024-02-08", "2024-02-08", X, "有效"));
        // annulled later (D6): counted, listed only for agencies; deadline 01-24, 34 late
        lines.add(row("京应急罚〔2024〕6号", "2024-01-15", "2024-03-15", X, "撤销|2024-04-01"));
        // publicity ended 2024-12-31 (公示截止期): counted, listed only for agencies; 5 late
        lines.add(row("京应急罚〔2024〕7号", "2024-03-04", "2024-03-20", X, "有效||2024-12-31"));
        // authority Y: deadline Mon 02-19 (4 working days before the break, the Sunday worked, Monday)
        lines.add(row("闽应急罚〔2024〕1号", "2024-02-06", "2024-02-19", Y, "有效"));
        // authority Y, 2025, no 公示日期: dated today by the first load
        lines.add(row("闽应急罚〔2025〕1号", "2025-06-03", "", Y, "有效"));
        // a year with no holiday calendar
        lines.add(row("京应急罚〔2099〕1号", "2099-03-02", "2099-03-20", X, "有效"));
        Path file = dir.resolve("penalties.csv");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        var result = loader.load(Kind.PENALTIES, file, Optional.empty(), Map.of(), Loader.Progress.NONE);
        assertThat(result.loaded()).isEqualTo(lines.size() - 1);
        // The loader dated 京应急罚〔2024〕4号 by this run (today). Make it as if that run had been on
        // 2024-03-01 in China (17:30 UTC the day before), so that the figures do not move with the clock.
        TestGraph.driver()
                .executableQuery("MATCH (p:Penalty {decisionNumber: '京应急罚〔2024〕4号'})"
                        + " SET p.firstLoadedAt = datetime('2024-02-29T17:30:00Z')")
                .execute();
    }

    JsonNode query(GraphQlClient client, String query) {
        JsonNode body = client.query(query);
        assertThat(body.path("errors").isMissingNode()).as(body.toString()).isTrue();
        return body;
    }

    JsonNode agency(String query) {
        return query(new GraphQlClient(port).with("X-API-Key", "agency-key-Mw5Qe9RtZ2kH7v"), query);
    }

    JsonNode anonymous(String query) {
        return query(new GraphQlClient(port), query);
    }

    static List<String> numbers(JsonNode late) {
        List<String> numbers = new ArrayList<>();
        late.forEach(l -> numbers.add(l.path("decisionNumber").asString()));
        return numbers;
    }

    @Test
    void d10_perAuthorityAcrossTheSpringFestival() {
        JsonNode body = agency("{ disclosureTimeliness(" + Q1 + ") { " + FIELDS + " } }");
        assertThat(body.path("extensions").path("warnings").isMissingNode())
                .as(body.toString())
                .isTrue();
        JsonNode r = body.path("data").path("disclosureTimeliness");
        assertThat(r.path("from").asString()).isEqualTo("2024-01-01");
        assertThat(r.path("deadlineWorkingDays").asInt()).isEqualTo(7);
        assertThat(r.path("decisions").asInt()).isEqualTo(8);
        assertThat(r.path("publishedOnTime").asInt()).isEqualTo(3);
        assertThat(r.path("publishedLate").asInt()).isEqualTo(5);
        assertThat(r.path("publicationDateUnknown").asInt()).isZero();
        assertThat(r.path("calendarYearsMissing").isEmpty()).isTrue();
        assertThat(r.path("dataVersion").asString()).isNotBlank().isNotEqualTo("empty");
        assertThat(r.path("authorities").size()).isEqualTo(2);

        JsonNode x = r.path("authorities").get(0);
        assertThat(x.at("/authority/uscc").asString()).isEqualTo(X);
        assertThat(x.at("/authority/name").asString()).isEqualTo("北京市应急管理局");
        assertThat(x.path("decisions").asInt()).isEqualTo(7);
        assertThat(x.path("publishedOnTime").asInt()).isEqualTo(2);
        assertThat(x.path("publishedLate").asInt()).isEqualTo(5);
        assertThat(x.path("publishedOnFromSource").asInt()).isEqualTo(6);
        assertThat(x.path("publishedOnFromFirstLoad").asInt()).isEqualTo(1);
        assertThat(x.path("maxWorkingDaysLate").asInt()).isEqualTo(34);
        assertThat(x.path("averageWorkingDaysLate").asDouble()).isEqualTo(9.8); // (34 + 6 + 5 + 3 + 1) / 5
        assertThat(x.path("onTimeShare").asDouble()).isEqualTo(0.2857);
        assertThat(x.path("lateNotListed").asInt()).isZero();
        assertThat(numbers(x.path("late")))
                .containsExactly("京应急罚〔2024〕6号", "京应急罚〔2024〕4号", "京应急罚〔2024〕7号", "京应急罚〔2024〕3号", "京应急罚〔2024〕2号");

        JsonNode firstLoaded = x.path("late").get(1);
        assertThat(firstLoaded.path("publicationSource").asString()).isEqualTo("FIRST_LOADED");
        assertThat(firstLoaded.path("publishedOn").asString()).isEqualTo("2024-03-01");
        assertThat(firstLoaded.path("deadline").asString()).isEqualTo("2024-02-22");
        assertThat(firstLoaded.path("workingDaysTaken").asInt()).isEqualTo(13);
        assertThat(firstLoaded.path("workingDaysLate").asInt()).isEqualTo(6);

        JsonNode sundayWorked = x.path("late").get(4);
        assertThat(sundayWorked.path("publicationSource").asString()).isEqualTo("SOURCE");
        assertThat(sundayWorked.path("decidedOn").asString()).isEqualTo("2024-02-01");
        assertThat(sundayWorked.path("publishedOn").asString()).isEqualTo("2024-02-18");
        assertThat(sundayWorked.path("deadline").asString()).isEqualTo("2024-02-09");
        assertThat(sundayWorked.path("workingDaysTaken").asInt()).isEqualTo(8);
        assertThat(sundayWorked.path("workingDaysLate").asInt()).isEqualTo(1);

        // agencies see the withdrawn ones too, marked as no longer public
        JsonNode annulled = x.path("late").get(0);
        assertThat(annulled.path("deadline").asString()).isEqualTo("2024-01-24");
        assertThat(annulled.path("workingDaysLate").asInt()).isEqualTo(34);
        assertThat(annulled.path("publiclyDisclosed").asBoolean()).isFalse();
        assertThat(x.path("late").get(2).path("publiclyDisclosed").asBoolean()).isFalse();

        JsonNode y = r.path("authorities").get(1);
        assertThat(y.at("/authority/uscc").asString()).isEqualTo(Y);
        assertThat(y.path("decisions").asInt()).isEqualTo(1);
        assertThat(y.path("publishedOnTime").asInt()).isEqualTo(1);
        assertThat(y.path("publishedLate").asInt()).isZero();
        assertThat(y.path("maxWorkingDaysLate").isNull()).isTrue();
        assertThat(y.path("averageWorkingDaysLate").isNull()).isTrue();
        assertThat(y.path("onTimeShare").asDouble()).isEqualTo(1.0);
    }

    @Test
    void d10_d6_thePublicCountsEverythingButSeesOnlyPublicPenalties() {
        JsonNode body = anonymous("{ disclosureTimeliness(" + Q1 + ") { " + FIELDS + " } }");
        JsonNode x = body.at("/data/disclosureTimeliness/authorities/0");
        assertThat(x.path("decisions").asInt()).isEqualTo(7);
        assertThat(x.path("publishedLate").asInt()).isEqualTo(5);
        assertThat(x.path("maxWorkingDaysLate").asInt()).isEqualTo(34);
        // the annulled and the expired penalty never show; the others while inside their 3 years (D6)
        List<String> visible = new ArrayList<>();
        for (var p : List.of(
                List.of("京应急罚〔2024〕4号", "2024-02-07"),
                List.of("京应急罚〔2024〕3号", "2024-02-05"),
                List.of("京应急罚〔2024〕2号", "2024-02-01"))) {
            if (TODAY.isBefore(LocalDate.parse(p.get(1)).plusYears(3))) {
                visible.add(p.get(0));
            }
        }
        assertThat(numbers(x.path("late"))).containsExactlyElementsOf(visible);
        assertThat(x.path("lateNotListed").asInt()).isEqualTo(5 - visible.size());
        x.path("late").forEach(l -> assertThat(l.path("publiclyDisclosed").asBoolean())
                .isTrue());
        assertThat(body.toString()).doesNotContain("京应急罚〔2024〕6号").doesNotContain("京应急罚〔2024〕7号");
    }

    @Test
    void d10_withoutPublicationDateTheFirstLoadDatesIt() {
        JsonNode r = agency("{ disclosureTimeliness(from: \"2025-06-01\", to: \"2025-06-30\") { " + FIELDS + " } }")
                .path("data")
                .path("disclosureTimeliness");
        JsonNode y = r.path("authorities").get(0);
        assertThat(y.at("/authority/uscc").asString()).isEqualTo(Y);
        assertThat(y.path("publishedOnFromFirstLoad").asInt()).isEqualTo(1);
        assertThat(y.path("publishedLate").asInt()).isEqualTo(1);
        JsonNode late = y.path("late").get(0);
        assertThat(late.path("publicationSource").asString()).isEqualTo("FIRST_LOADED");
        assertThat(late.path("publishedOn").asString()).isEqualTo(TODAY.toString());
        assertThat(late.path("deadline").asString()).isEqualTo("2025-06-12");
    }

    @Test
    void d10_aYearWithoutCalendarIsNamedAndWarned() {
        JsonNode body = agency("{ disclosureTimeliness(from: \"2099-01-01\", to: \"2099-12-31\") {"
                + " decisions publishedOnTime calendarYearsMissing } }");
        JsonNode r = body.at("/data/disclosureTimeliness");
        assertThat(r.path("decisions").asInt()).isEqualTo(1);
        assertThat(r.path("calendarYearsMissing").get(0).asInt()).isEqualTo(2099);
        // Mon 03-02 + 7 weekdays = Wed 03-11; published 03-20 is late
        assertThat(r.path("publishedOnTime").asInt()).isZero();
        assertThat(body.at("/extensions/warnings/0").asString())
                .contains("no holiday calendar for 2099")
                .contains("cn-2099.csv");
    }

    @Test
    void d10_oneAuthorityAndASmallerPageOfLatePublications() {
        JsonNode r = anonymous("{ disclosureTimeliness(" + Q1 + ", authorityUscc: \" " + Y.toLowerCase()
                        + " \") { decisions authorities { authority { uscc } } } }")
                .at("/data/disclosureTimeliness");
        assertThat(r.path("decisions").asInt()).isEqualTo(1);
        assertThat(r.at("/authorities/0/authority/uscc").asString()).isEqualTo(Y);
        JsonNode x = agency("{ disclosureTimeliness(" + Q1 + ", authorityUscc: \"" + X
                        + "\") { authorities { publishedLate late(first: 2) { decisionNumber } } } }")
                .at("/data/disclosureTimeliness/authorities/0");
        assertThat(x.path("publishedLate").asInt()).isEqualTo(5);
        assertThat(numbers(x.path("late"))).containsExactly("京应急罚〔2024〕6号", "京应急罚〔2024〕4号");
    }

    @Test
    void d10_badInput() {
        var client = new GraphQlClient(port);
        JsonNode reversed =
                client.query("{ disclosureTimeliness(from: \"2024-03-31\", to: \"2024-01-01\") { decisions } }");
        assertThat(reversed.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(reversed.at("/errors/0/message").asString()).contains("is after");
        JsonNode tenYears =
                client.query("{ disclosureTimeliness(from: \"2015-01-01\", to: \"2024-12-31\") { decisions } }");
        assertThat(tenYears.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(tenYears.at("/errors/0/message").asString()).contains("at most 5 years");
        JsonNode fiveYears =
                client.query("{ disclosureTimeliness(from: \"2020-01-01\", to: \"2024-12-31\") { decisions } }");
        assertThat(fiveYears.path("errors").isMissingNode())
                .as(fiveYears.toString())
                .isTrue();
        assertThat(fiveYears.at("/data/disclosureTimeliness/decisions").asInt()).isEqualTo(9);
        JsonNode overFive =
                client.query("{ disclosureTimeliness(from: \"2020-01-01\", to: \"2025-01-01\") { decisions } }");
        assertThat(overFive.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        JsonNode malformed =
                client.query("{ disclosureTimeliness(" + Q1 + ", authorityUscc: \"12345\") { decisions } }");
        assertThat(malformed.at("/errors/0/extensions/code").asString()).isEqualTo("INVALID_USCC");
        JsonNode badCheck = client.query(
                "{ disclosureTimeliness(" + Q1 + ", authorityUscc: \"111100000000197130\") {" + " decisions } }");
        assertThat(badCheck.path("errors").isMissingNode())
                .as(badCheck.toString())
                .isTrue();
        assertThat(badCheck.at("/data/disclosureTimeliness/decisions").asInt()).isZero();
        assertThat(badCheck.at("/extensions/warnings/0").asString()).contains("check digit");
        JsonNode missing = client.query("{ disclosureTimeliness(from: \"2024-01-01\") { decisions } }");
        assertThat(missing.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    }
}
