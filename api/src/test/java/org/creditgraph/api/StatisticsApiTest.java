package org.creditgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * penaltyStatistics and accidentStatistics (contract §5) over HTTP: exact counts and sums per
 * bucket, the D6 visibility of the penalties connection (a penalty past its window and an annulled
 * one count for agencies only), PENALTY_TYPE counting a two-type decision under both, and
 * BAD_USER_INPUT for a dimension the records do not have.
 */
class StatisticsApiTest extends RecordsScenario {

    static final String PENALTY_BUCKETS = "{ key keys count fineTotalYuan }";

    @BeforeAll
    static void scenario() throws Exception {
        loadScenario();
    }

    /** {key: [count, fineTotalYuan]}, in response order. */
    Map<String, List<String>> penaltyStatistics(GraphQlClient client, String arguments) {
        JsonNode buckets = data(client.query("{ penaltyStatistics(" + arguments + ") " + PENALTY_BUCKETS + " }"))
                .path("penaltyStatistics");
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (JsonNode b : buckets) {
            byKey.put(
                    b.path("key").asString(),
                    List.of(b.path("count").asString(), b.path("fineTotalYuan").asString()));
        }
        return byKey;
    }

    @Test
    void penaltiesByAuthorityCountOnlyPubliclyDisclosedOnesForThePublic() {
        // D6: P3 (4 years old) and P4 (annulled) count for agencies only
        assertThat(penaltyStatistics(anonymous(), "groupBy: [AUTHORITY]"))
                .containsExactly(Map.entry(AUTH1, List.of("4", "55512.3")), Map.entry(AUTH2, List.of("2", "3500")));
        assertThat(penaltyStatistics(agency(), "groupBy: [AUTHORITY]"))
                .containsExactly(Map.entry(AUTH1, List.of("6", "85512.3")), Map.entry(AUTH2, List.of("2", "3500")));
        // the same numbers as the connection's totalCount for the same caller
        assertThat(penaltyStatistics(anonymous(), "groupBy: []"))
                .containsExactly(Map.entry("", List.of("6", "59012.3")));
        assertThat(penaltyStatistics(agency(), "groupBy: []")).containsExactly(Map.entry("", List.of("8", "89012.3")));
        assertThat(data(anonymous().query("{ penalties { totalCount } }"))
                        .at("/penalties/totalCount")
                        .asInt())
                .isEqualTo(6);
        assertThat(data(agency().query("{ penalties { totalCount } }"))
                        .at("/penalties/totalCount")
                        .asInt())
                .isEqualTo(8);
    }

    @Test
    void penaltiesByRegionAndByTypeWithAFilter() {
        // the natural person's penalty has no region: key ''
        assertThat(penaltyStatistics(anonymous(), "groupBy: [REGION]"))
                .containsExactly(
                        Map.entry("", List.of("1", "500")),
                        Map.entry("110105", List.of("3", "55012.3")),
                        Map.entry("350100", List.of("1", "3500")),
                        Map.entry("440300", List.of("1", "0")));
        // P5 (罚款;警告) counts under FINE and under WARNING
        assertThat(penaltyStatistics(anonymous(), "groupBy: [PENALTY_TYPE]"))
                .containsExactly(
                        Map.entry("FINE", List.of("4", "59012.3")),
                        Map.entry("SUSPENSION_OF_PRODUCTION", List.of("1", "0")),
                        Map.entry("WARNING", List.of("2", "3500")));
        assertThat(penaltyStatistics(
                        anonymous(), "filter: {authorityUscc: \"" + AUTH2 + "\"}, groupBy: [PENALTY_TYPE]"))
                .containsExactly(
                        Map.entry("FINE", List.of("1", "3500")),
                        Map.entry("SUSPENSION_OF_PRODUCTION", List.of("1", "0")),
                        Map.entry("WARNING", List.of("1", "3500")));
        assertThat(penaltyStatistics(agency(), "filter: {uscc: \"" + A + "\", types: [FINE]}, groupBy: [REGION]"))
                .containsExactly(Map.entry("110105", List.of("4", "85012.3")));
    }

    @Test
    void penaltiesByYearAndAuthority() {
        record P(java.time.LocalDate decidedOn, String authority, String fine, boolean isPublic) {}
        List<P> all = List.of(
                new P(daysAgo(10), AUTH1, "55000", true),
                new P(daysAgo(20), AUTH1, "0", true),
                new P(TODAY.minusYears(4), AUTH1, "10000", false),
                new P(daysAgo(40), AUTH1, "20000", false),
                new P(daysAgo(30), AUTH2, "3500", true),
                new P(daysAgo(50), AUTH2, "0", true),
                new P(daysAgo(15), AUTH1, "500", true),
                new P(daysAgo(12), AUTH1, "12.3", true));
        for (boolean agency : new boolean[] {false, true}) {
            Map<String, List<String>> expectedByYear = new TreeMap<>();
            Map<String, List<String>> expectedByYearAndAuthority = new TreeMap<>();
            for (P p : all) {
                if (!agency && !p.isPublic()) {
                    continue;
                }
                add(expectedByYear, String.valueOf(p.decidedOn().getYear()), p.fine());
                add(expectedByYearAndAuthority, p.decidedOn().getYear() + "|" + p.authority(), p.fine());
            }
            GraphQlClient client = agency ? agency() : anonymous();
            assertThat(penaltyStatistics(client, "groupBy: [YEAR]")).containsExactlyEntriesOf(expectedByYear);
            assertThat(penaltyStatistics(client, "groupBy: [YEAR, AUTHORITY]"))
                    .containsExactlyEntriesOf(expectedByYearAndAuthority);
        }
        JsonNode bucket = data(anonymous().query("{ penaltyStatistics(groupBy: [YEAR, AUTHORITY]) { key keys } }"))
                .at("/penaltyStatistics/0");
        assertThat(bucket.path("key").asString())
                .isEqualTo(bucket.at("/keys/0").asString() + "|"
                        + bucket.at("/keys/1").asString());
        assertThat(bucket.at("/keys/1").asString()).isIn(AUTH1, AUTH2);
    }

    private static void add(Map<String, List<String>> expected, String key, String fine) {
        List<String> old = expected.getOrDefault(key, List.of("0", "0"));
        expected.put(
                key,
                List.of(
                        String.valueOf(Integer.parseInt(old.get(0)) + 1),
                        new BigDecimal(old.get(1))
                                .add(new BigDecimal(fine))
                                .stripTrailingZeros()
                                .toPlainString()));
    }

    @Test
    void accidentsByGradeWithDeathsInjuriesAndExactLoss() {
        JsonNode buckets = data(anonymous()
                        .query("{ accidentStatistics(groupBy: [GRADE]) {"
                                + " key keys count deaths seriousInjuries directLossYuan } }"))
                .path("accidentStatistics");
        List<String> rows = new ArrayList<>();
        for (JsonNode b : buckets) {
            rows.add(b.path("key").asString() + " " + b.path("count").asInt() + " "
                    + b.path("deaths").asInt() + " " + b.path("seriousInjuries").asInt() + " "
                    + b.path("directLossYuan").asString());
        }
        // D2: SG-2 general; SG-1 (3 deaths) and SG-3 (12 serious injuries) larger; SG-4 (12 deaths) major
        assertThat(rows).containsExactly("GENERAL 1 0 0 100000", "LARGER 2 4 12 1705000", "MAJOR 1 12 0 15002500");

        JsonNode byYear = data(anonymous()
                        .query("{ accidentStatistics(filter: {uscc: \"" + A + "\"},"
                                + " groupBy: [YEAR, GRADE]) { key keys count deaths directLossYuan } }"))
                .path("accidentStatistics");
        assertThat(byYear.size()).isEqualTo(2);
        assertThat(byYear.at("/0/key").asString()).isEqualTo("2024|GENERAL");
        assertThat(byYear.at("/1/key").asString()).isEqualTo("2024|LARGER");
        assertThat(byYear.at("/1/keys/1").asString()).isEqualTo("LARGER");
        assertThat(byYear.at("/1/directLossYuan").asString()).isEqualTo("1200000");

        JsonNode byRegion = data(anonymous()
                        .query(
                                "{ accidentStatistics(filter: {grades: [LARGER, MAJOR]}, groupBy: [REGION]) { key count deaths } }"))
                .path("accidentStatistics");
        assertThat(byRegion.toString())
                .isEqualTo(
                        "[{\"key\":\"110105\",\"count\":1,\"deaths\":3},{\"key\":\"350100\",\"count\":1,\"deaths\":1},"
                                + "{\"key\":\"440300\",\"count\":1,\"deaths\":12}]");
    }

    @Test
    void aDimensionTheRecordsDoNotHaveIsBadUserInput() {
        for (String query : List.of(
                "{ penaltyStatistics(groupBy: [GRADE]) { key } }",
                "{ accidentStatistics(groupBy: [PENALTY_TYPE]) { key } }",
                "{ accidentStatistics(groupBy: [YEAR, AUTHORITY]) { key } }",
                "{ penaltyStatistics(groupBy: [YEAR, YEAR]) { key } }")) {
            JsonNode body = anonymous().query(query);
            assertThat(body.at("/errors/0/extensions/code").asString())
                    .as(query)
                    .isEqualTo("BAD_USER_INPUT");
            assertThat(body.at("/errors/0/message").asString()).as(query).doesNotContain("Exception");
        }
        assertThat(anonymous()
                        .query("{ penaltyStatistics(groupBy: [GRADE]) { key } }")
                        .at("/errors/0/message")
                        .asString())
                .contains("GRADE")
                .contains("PENALTY_TYPE");
    }
}
