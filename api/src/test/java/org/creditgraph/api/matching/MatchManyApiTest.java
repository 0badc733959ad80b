package org.creditgraph.api.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Portfolio screening by name over HTTP against a real Neo4j: matchMany answers up to 1,000 names in
 * order, English names find their Chinese enterprises, and the 1,000 names hold per request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MatchManyApiTest {

    static final String JIABO = "91620100000000001A";
    static final String JIAHE = "91620100000000002B";
    static final String HUAWEI = "91360000000000001A";
    static final String MANY = "query($n: [String!]!) { matchMany(names: $n) { totalCount } }";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/match-many-test-data");
        registry.add("creditgraph.api-keys", () -> "screening-key-Vb6Rm2Xq9Lt4Hs=AGENCY@Credit Risk");
        registry.add("creditgraph.limits.key-requests-per-second", () -> "1000");
    }

    @BeforeAll
    static void graph() {
        TestGraph.clean();
        MatchApiTest.enterprises(List.of(
                List.of(JIABO, "兰州佳博化学有限公司", "620102"),
                List.of(JIAHE, "兰州佳和化学有限公司", "620102"),
                List.of(HUAWEI, "江西华威建材有限责任公司", "360121")));
        TestGraph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();
    }

    GraphQlClient bank() {
        return new GraphQlClient(port).with("X-API-Key", "screening-key-Vb6Rm2Xq9Lt4Hs");
    }

    @Test
    void namesAreAnsweredInOrderAndAnEnglishNameFindsItsChineseEnterprise() {
        JsonNode body = bank().query(
                        """
                query($n: [String!]!) { matchMany(names: $n) {
                  totalCount pageInfo { hasNextPage } nodes { enterprise { uscc name } score explanations } } }""",
                        Map.of(
                                "n",
                                List.of(
                                        "Lanzhou Jiabo Chemical Co., Ltd.",
                                        "江西省华威建材有限公司",
                                        "NOTHING ALIKE TRADING LIMITED")));
        assertThat(body.has("errors")).as(body.toString()).isFalse();
        JsonNode answers = body.at("/data/matchMany");
        assertThat(answers.size()).isEqualTo(3);
        JsonNode english = answers.get(0);
        assertThat(english.at("/nodes/0/enterprise/uscc").asString()).isEqualTo(JIABO);
        assertThat(english.at("/nodes/0/score").asDouble()).isGreaterThan(0.9).isLessThan(1.0);
        assertThat(english.at("/nodes/0/explanations").toString()).contains("TRANSLITERATED", "JIABO CHEMICAL");
        assertThat(english.get("totalCount").asInt())
                .as("佳和 reads JIAHE: below the default threshold")
                .isEqualTo(1);
        assertThat(answers.get(1).at("/nodes/0/enterprise/uscc").asString()).isEqualTo(HUAWEI);
        assertThat(answers.get(2).get("totalCount").asInt()).isZero();
        assertThat(answers.get(2).get("nodes").size()).isZero();
    }

    @Test
    void thresholdAndFirstShapeEachAnswer() {
        JsonNode body = bank().query("""
                query($n: [String!]!) { matchMany(names: $n, threshold: 0.0, first: 1) {
                  totalCount pageInfo { hasNextPage } nodes { enterprise { uscc } score } } }""", Map.of("n", List.of("LANZHOU JIABO CHEMICAL CO., LTD.")));
        assertThat(body.has("errors")).as(body.toString()).isFalse();
        JsonNode answer = body.at("/data/matchMany/0");
        assertThat(answer.get("totalCount").asInt()).isEqualTo(2);
        assertThat(answer.get("nodes").size()).isEqualTo(1);
        assertThat(answer.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(answer.at("/nodes/0/enterprise/uscc").asString()).isEqualTo(JIABO);
    }

    @Test
    void badInputIsNamedAndAnonymousCallersAreForbidden() {
        JsonNode anonymous = new GraphQlClient(port).query(MANY, Map.of("n", List.of("兰州佳博化学")));
        assertThat(anonymous.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        JsonNode blank = bank().query(MANY, Map.of("n", List.of("兰州佳博化学", " ")));
        assertThat(blank.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(blank.at("/errors/0/extensions/field").asString()).isEqualTo("names");
        assertThat(blank.at("/errors/0/extensions/index").asInt()).isEqualTo(1);
        for (String threshold : List.of("1.5", "-0.1")) {
            JsonNode out =
                    bank().query("{ matchMany(names: [\"兰州佳博化学\"], threshold: " + threshold + ") { totalCount } }");
            assertThat(out.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
            assertThat(out.at("/errors/0/extensions/field").asString()).isEqualTo("threshold");
        }
        for (int first : new int[] {0, 101}) {
            JsonNode out = bank().query("{ matchMany(names: [\"兰州佳博化学\"], first: " + first + ") { totalCount } }");
            assertThat(out.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
            assertThat(out.at("/errors/0/extensions/field").asString()).isEqualTo("first");
        }
        JsonNode tooLong = bank().query(MANY, Map.of("n", List.of("兰".repeat(201))));
        assertThat(tooLong.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        JsonNode none = bank().query(MANY, Map.of("n", List.of()));
        assertThat(none.has("errors")).as(none.toString()).isFalse();
        assertThat(none.at("/data/matchMany").size()).isZero();
    }

    @Test
    void aThousandNamesAreAnsweredAndOneMoreIsTooComplex() {
        List<String> thousand = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            thousand.add(i % 2 == 0 ? "LANZHOU JIABO CHEMICAL CO., LTD." : "江西省华威建材有限公司 " + i);
        }
        JsonNode answered = bank().query(MANY, Map.of("n", thousand));
        assertThat(answered.has("errors")).as(answered.toString()).isFalse();
        assertThat(answered.at("/data/matchMany").size()).isEqualTo(1000);
        assertThat(answered.at("/data/matchMany/998/totalCount").asInt()).isEqualTo(1);

        List<String> over = new ArrayList<>(thousand);
        over.add("兰州佳博化学");
        HttpResponse<String> refused = bank().post(MANY, Map.of("n", over));
        JsonNode error = GraphQlClient.json(refused.body()).at("/errors/0/extensions");
        assertThat(error.get("code").asString()).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(error.get("budget").asString()).isEqualTo("names");
        assertThat(error.get("cost").asInt()).isEqualTo(1001);
        assertThat(error.get("limit").asInt()).isEqualTo(1000);
    }

    @Test
    void aliasesShareOneBudgetOfAThousandNamesPerRequest() {
        String twoAliases = "query($n: [String!]!) { a: matchMany(names: $n) { totalCount }"
                + " b: matchMany(names: $n) { totalCount } }";
        HttpResponse<String> refused =
                bank().post(twoAliases, Map.of("n", Collections.nCopies(600, "LANZHOU JIABO CHEMICAL CO., LTD.")));
        JsonNode body = GraphQlClient.json(refused.body());
        JsonNode error = body.at("/errors/0/extensions");
        assertThat(error.get("code").asString()).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(error.get("budget").asString()).isEqualTo("names");
        assertThat(error.get("cost").asInt()).isEqualTo(1200);
        assertThat(error.get("limit").asInt()).isEqualTo(1000);
        assertThat(body.path("data").isNull() || body.path("data").isMissingNode())
                .as("nothing ran")
                .isTrue();

        JsonNode answered =
                bank().query(twoAliases, Map.of("n", Collections.nCopies(500, "LANZHOU JIABO CHEMICAL CO., LTD.")));
        assertThat(answered.has("errors")).as(answered.toString()).isFalse();
        assertThat(answered.at("/data/a").size()).isEqualTo(500);
        assertThat(answered.at("/data/b").size()).isEqualTo(500);
    }
}
