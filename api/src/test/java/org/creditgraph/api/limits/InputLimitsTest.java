package org.creditgraph.api.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Bounded inputs: every String and ID argument has its schema {@code @maxLength}, enforced before
 * any query runs and never echoed (D12); dates outside 1949-10-01..2100-12-31 and Lucene syntax in
 * names are the caller's mistakes (BAD_USER_INPUT) or plain text, never INTERNAL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InputLimitsTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.creditgraph.model.store.Graph graph;

    static final String ID_NUMBER = "11010519491231002X";
    static final String USCC = "91110000600037341L";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/input-limits-test-data");
        registry.add("creditgraph.api-keys", () -> "inputs-bank-Tq8Wz3Lm5Rx2Vn7K=AGENCY@Bank");
        registry.add("creditgraph.limits.public-requests-per-second", () -> "10000");
    }

    @BeforeAll
    static void data() {
        TestGraph.clean();
        TestGraph.driver()
                .executableQuery("""
                        CREATE (:Enterprise {uscc: $uscc, name: '北京甲矿业有限公司', formerNames: [], formerNamesText: ''})
                        """)
                .withParameters(Map.of("uscc", USCC))
                .execute();
        TestGraph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();
    }

    GraphQlClient anonymous() {
        return new GraphQlClient(port);
    }

    GraphQlClient agency() {
        return new GraphQlClient(port).with("X-API-Key", "inputs-bank-Tq8Wz3Lm5Rx2Vn7K");
    }

    static JsonNode firstError(JsonNode response) {
        return response.path("errors").path(0);
    }

    @Test
    void aSearchTextOverTwoHundredCharactersIsBadInputNamingTheLimitWithoutEchoingIt() {
        String text = ID_NUMBER.repeat(12);
        JsonNode response =
                anonymous().query("query($t: String!) { search(text: $t) { totalCount } }", Map.of("t", text));
        JsonNode error = firstError(response);
        assertThat(error.at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(error.at("/extensions/argument").asString()).isEqualTo("search.text");
        assertThat(error.at("/extensions/maxLength").asInt()).isEqualTo(200);
        assertThat(error.at("/message").asString()).contains("search.text", "200");
        assertThat(response.path("data").isNull() || response.path("data").isMissingNode())
                .isTrue();
        assertThat(response.toString()).doesNotContain(ID_NUMBER);
    }

    @Test
    void twoHundredCharactersAreAccepted() {
        String text = "矿".repeat(199) + "𠀀"; // 200 code points, 201 UTF-16 units
        JsonNode response =
                anonymous().query("query($t: String!) { search(text: $t) { totalCount } }", Map.of("t", text));
        assertThat(response.path("errors").isMissingNode()).isTrue();
        assertThat(response.at("/data/search/totalCount").asInt()).isZero();
    }

    @Test
    void aHugeSearchIsRejectedAtOnceNotRunToTheReadTimeout() {
        long queries = graph.queryCount();
        JsonNode literal = anonymous().query("{ search(text: \"" + "矿业".repeat(200_000) + "\") { totalCount } }");
        assertThat(firstError(literal).at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(graph.queryCount())
                .as("no database query runs for a rejected search")
                .isEqualTo(queries);
        String words = String.join(" ", Collections.nCopies(3_000, "矿业"));
        JsonNode many = anonymous().query("query($t: String!) { search(text: $t) { totalCount } }", Map.of("t", words));
        assertThat(firstError(many).at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(firstError(many).at("/extensions/argument").asString()).isEqualTo("search.text");
    }

    @Test
    void limitsReachIntoListsAndInputObjects() {
        JsonNode batch = anonymous()
                .query(
                        "query($s: [SubjectRef!]!) { sanctionChecks(subjects: $s, domain: FINANCING) { verdict } }",
                        Map.of("s", List.of(Map.of("uscc", USCC), Map.of("name", "公司".repeat(101)))));
        assertThat(firstError(batch).at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(firstError(batch).at("/extensions/argument").asString())
                .isEqualTo("sanctionChecks.subjects[1].name");
        JsonNode filter =
                anonymous().query("{ penalties(filter: {regionCode: \"" + "1".repeat(65) + "\"}) { totalCount } }");
        assertThat(firstError(filter).at("/extensions/argument").asString()).isEqualTo("penalties.filter.regionCode");
        assertThat(firstError(filter).at("/extensions/maxLength").asInt()).isEqualTo(64);
        JsonNode idNumber = agency().query("{ sanctionCheck(subject: {idNumber: \"" + ID_NUMBER.repeat(4)
                + "\"}, domain: FINANCING) { verdict } }");
        assertThat(firstError(idNumber).at("/extensions/argument").asString())
                .isEqualTo("sanctionCheck.subject.idNumber");
        assertThat(idNumber.toString()).doesNotContain(ID_NUMBER);
    }

    @Test
    void freeTextOfMutationsIsBoundedBeforeAnyRightsOrDataAreChecked() {
        JsonNode reason = anonymous()
                .query(
                        "mutation($r: String!) { removeListingEarly(listingId: \"x\", removedOn: \"2025-01-01\","
                                + " reason: $r) { id } }",
                        Map.of("r", "理由".repeat(1_001)));
        assertThat(firstError(reason).at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(firstError(reason).at("/extensions/maxLength").asInt()).isEqualTo(2_000);
        JsonNode name = agency().query("mutation { createWatchlist(input: {name: \"" + "名".repeat(201)
                + "\", subjects: [], domains: [FINANCING]}) { id } }");
        assertThat(firstError(name).at("/extensions/argument").asString()).isEqualTo("createWatchlist.input.name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "+999999999-12-31", "1949-09-30", "2101-01-01", "0000-01-01"})
    void datesOutsideTheRangeAreBadInput(String date) {
        JsonNode literal = anonymous()
                .query("{ sanctionCheck(subject: {uscc: \"" + USCC + "\"}, domain: FINANCING, asOf: \"" + date
                        + "\") { verdict } }");
        assertThat(firstError(literal).at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(firstError(literal).at("/message").asString()).contains("1949-10-01", "2100-12-31");
        JsonNode variable = anonymous()
                .query(
                        "query($d: Date) { sanctionCheck(subject: {uscc: \"" + USCC
                                + "\"}, domain: FINANCING, asOf: $d) { verdict } }",
                        Map.of("d", date));
        assertThat(firstError(variable).at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        JsonNode filter = anonymous().query("{ penalties(filter: {decidedFrom: \"" + date + "\"}) { totalCount } }");
        assertThat(firstError(filter).at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1949-10-01", "2100-12-31"})
    void theRangeIncludesItsEnds(String date) {
        JsonNode response = anonymous()
                .query("{ sanctionCheck(subject: {uscc: \"" + USCC + "\"}, domain: FINANCING, asOf: \"" + date
                        + "\") { verdict asOf } }");
        assertThat(response.path("errors").isMissingNode()).isTrue();
        assertThat(response.at("/data/sanctionCheck/asOf").asString()).isEqualTo(date);
    }

    @Test
    void anUnparsableDateIsNotEchoed() {
        JsonNode response = anonymous()
                .query("{ sanctionCheck(subject: {uscc: \"" + USCC + "\"}, domain: FINANCING, asOf: \"" + ID_NUMBER
                        + "\") { verdict } }");
        assertThat(firstError(response).at("/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.toString()).doesNotContain(ID_NUMBER);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "+",
                "-",
                "&&",
                "||",
                "!",
                "(",
                ")",
                "{",
                "}",
                "[",
                "]",
                "^",
                "\"",
                "~",
                "*",
                "?",
                ":",
                "\\",
                "/",
                "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /",
                "\"矿业",
                "矿业 AND (",
                "AND OR NOT",
                "*:*",
                "/.*/"
            })
    void luceneSyntaxIsNeverInternal(String text) {
        JsonNode search =
                anonymous().query("query($t: String!) { search(text: $t) { totalCount } }", Map.of("t", text));
        assertThat(search.path("errors").isMissingNode()).as(search.toString()).isTrue();
        JsonNode check = anonymous()
                .query(
                        "query($n: String) { sanctionCheck(subject: {name: $n}, domain: FINANCING) { subjectFound } }",
                        Map.of("n", text));
        assertThat(check.at("/data/sanctionCheck/subjectFound").asBoolean())
                .as(check.toString())
                .isFalse();
        JsonNode match =
                agency().query("query($n: String!) { match(name: $n) { edges { score } } }", Map.of("n", text));
        assertThat(match.toString()).doesNotContain("INTERNAL");
    }

    @Test
    void anUnbalancedQuoteAroundANameStillFindsIt() {
        JsonNode search = anonymous()
                .query("query($t: String!) { search(text: $t) { edges { node { id } } } }", Map.of("t", "\"甲矿业"));
        assertThat(search.at("/data/search/edges/0/node/id").asString()).isEqualTo(USCC);
    }
}
