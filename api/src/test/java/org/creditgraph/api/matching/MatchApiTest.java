package org.creditgraph.api.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.GraphQlClient;
import org.creditgraph.api.SharedGraphProperties;
import org.creditgraph.model.matching.ListingMatcher;
import org.creditgraph.model.matching.MatchPolicy;
import org.creditgraph.model.matching.UnlinkedListing;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Issue 9 over HTTP: match for agencies, the ADMIN review queue and its decisions, clear errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MatchApiTest {

    static final String TRUTH = "91360000000000001A";
    static final String NEAR = "91360000000000002B";
    static final String OTHER_FORM = "91410000000000007G";

    @LocalServerPort
    int port;

    @Autowired
    ListingMatcher matcher;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        SharedGraphProperties.add(registry, "target/match-test-data");
        registry.add(
                "creditgraph.api-keys",
                () -> "agency-key-Mw5Qe9RtZ2kH7v=AGENCY@Tender Office;admin-key-Pc4Ub8NyF3jX6d=ADMIN@Reviewer One");
    }

    @BeforeAll
    static void graph() {
        TestGraph.clean();
        enterprises(List.of(
                List.of(TRUTH, "江西华威建材有限责任公司", "360121"),
                List.of(NEAR, "江西省华为建材有限公司", "360102"),
                List.of(OTHER_FORM, "河南乾坤路桥工程股份有限公司", "410102")));
        TestGraph.driver()
                .executableQuery(UnlinkedListing.MERGE)
                .withParameters(Map.of(
                        "rows",
                        List.of(new UnlinkedListing(
                                        "WB|600",
                                        UnlinkedListing.WORLD_BANK_DEBARMENT,
                                        "HENAN QIANKUN ROAD AND BRIDGE ENGINEERING CO., LTD.(河南乾坤路桥工程有限公司)*600",
                                        "河南乾坤路桥工程有限公司",
                                        "600",
                                        List.of("ZHENGZHOU, HENAN"),
                                        "China",
                                        true,
                                        LocalDate.of(2019, 1, 1),
                                        null,
                                        "Procurement Guidelines")
                                .properties())))
                .execute();
        TestGraph.driver().executableQuery("CALL db.awaitIndexes(60)").execute();
    }

    GraphQlClient agency() {
        return new GraphQlClient(port).with("X-API-Key", "agency-key-Mw5Qe9RtZ2kH7v");
    }

    GraphQlClient admin() {
        return new GraphQlClient(port).with("X-API-Key", "admin-key-Pc4Ub8NyF3jX6d");
    }

    @Test
    @Order(1)
    void agencyGetsRankedEnterprisesWithExplanations() {
        var body = agency().query("""
                { match(name: "JIANGXI HUAWEI CO., LTD.(江西省华威建材有限公司)", first: 2) {
                    totalCount pageInfo { hasNextPage }
                    nodes { enterprise { uscc name } score explanations }
                    edges { cursor node { enterprise { uscc } } } } }""");
        assertThat(body.has("errors")).as(body.toString()).isFalse();
        var nodes = body.at("/data/match/nodes");
        assertThat(nodes.get(0).at("/enterprise/uscc").asString()).isEqualTo(TRUTH);
        assertThat(nodes.get(1).at("/enterprise/uscc").asString()).isEqualTo(NEAR);
        double best = nodes.get(0).get("score").asDouble();
        assertThat(best).isGreaterThan(0.9).isLessThan(1.0);
        assertThat(nodes.get(1).get("score").asDouble()).isLessThan(best);
        assertThat(nodes.get(0).get("explanations").toString()).contains("CORE_EXACT", "华威建材");
        assertThat(body.at("/data/match/edges/0/node/enterprise/uscc").asString())
                .isEqualTo(TRUTH);
    }

    @Test
    @Order(2)
    void anonymousCallersAreForbiddenAndBadInputIsNamed() {
        var anonymous = new GraphQlClient(port).query("{ match(name: \"华威建材\") { totalCount } }");
        assertThat(anonymous.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        var empty = agency().query("{ match(name: \"  \") { totalCount } }");
        assertThat(empty.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(empty.at("/errors/0/extensions/field").asString()).isEqualTo("name");
        for (int first : new int[] {0, 101, -1}) {
            var outOfRange = agency().query("{ match(name: \"华威建材\", first: " + first + ") { totalCount } }");
            assertThat(outOfRange.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
            assertThat(outOfRange.at("/errors/0/extensions/field").asString()).isEqualTo("first");
        }
        var queue = agency().query("{ matchCandidates { totalCount } }");
        assertThat(queue.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        var accept = agency().query(
                        "mutation { acceptMatch(listingKey: \"WB|600\", uscc: \"" + OTHER_FORM + "\") { decision } }");
        assertThat(accept.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    @Order(3)
    void adminReviewsTheQueueAndAcceptsAMatch() {
        var run = matcher.matchUnlinked(MatchPolicy.DEFAULT);
        assertThat(run.queued()).isEqualTo(1);
        var queue = admin().query("""
                { matchCandidates(first: 10) { totalCount edges { cursor node {
                    listingKey list subjectName subjectNameZh caseNumber addresses
                    candidates { enterprise { uscc } score explanations } } } } }""");
        assertThat(queue.has("errors")).as(queue.toString()).isFalse();
        assertThat(queue.at("/data/matchCandidates/totalCount").asInt()).isEqualTo(1);
        var node = queue.at("/data/matchCandidates/edges/0/node");
        assertThat(node.get("listingKey").asString()).isEqualTo("WB|600");
        assertThat(node.get("subjectNameZh").asString()).isEqualTo("河南乾坤路桥工程有限公司");
        assertThat(node.at("/candidates/0/enterprise/uscc").asString()).isEqualTo(OTHER_FORM);
        assertThat(node.at("/candidates/0/explanations").toString()).contains("LIMITED vs JOINT_STOCK");

        var accepted = admin().query("""
                mutation { acceptMatch(listingKey: "WB|600", uscc: "%s") {
                  listingKey enterprise { uscc name } decision score decidedBy decidedAt } }""".formatted(OTHER_FORM));
        assertThat(accepted.has("errors")).as(accepted.toString()).isFalse();
        var decision = accepted.at("/data/acceptMatch");
        assertThat(decision.get("decision").asString()).isEqualTo("ACCEPTED");
        assertThat(decision.get("decidedBy").asString()).isEqualTo("Reviewer One");
        assertThat(decision.get("score").asDouble()).isBetween(0.3, 0.9);
        assertThat(decision.at("/enterprise/uscc").asString()).isEqualTo(OTHER_FORM);
        assertThat(TestGraph.count(
                        "MATCH (:Listing {key: 'WB|600'})-[of:OF {origin: 'MATCH', decidedBy: 'Reviewer One'}]->(:Enterprise {uscc: $uscc}) RETURN count(of)",
                        Map.of("uscc", OTHER_FORM)))
                .isEqualTo(1);
        assertThat(admin().query("{ matchCandidates { totalCount } }")
                        .at("/data/matchCandidates/totalCount")
                        .asInt())
                .isZero();
    }

    @Test
    @Order(4)
    void adminRejectsAPairAndUnknownRecordsAreNamed() {
        var rejected = admin().query("mutation { rejectMatch(listingKey: \"WB|600\", uscc: \"" + OTHER_FORM
                + "\") { decision decidedAt } }");
        assertThat(rejected.at("/data/rejectMatch/decision").asString()).isEqualTo("REJECTED");
        assertThat(TestGraph.count("MATCH (:Listing {key: 'WB|600'})-[of:OF]->() RETURN count(of)", Map.of()))
                .isZero();
        matcher.matchUnlinked(MatchPolicy.DEFAULT);
        assertThat(TestGraph.count("MATCH (:Listing {key: 'WB|600'})-[of:OF]->() RETURN count(of)", Map.of()))
                .isZero();

        var noListing = admin().query(
                        "mutation { acceptMatch(listingKey: \"WB|nope\", uscc: \"" + TRUTH + "\") { decision } }");
        assertThat(noListing.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
        assertThat(noListing.at("/errors/0/extensions/reason").asString()).isEqualTo("NOT_FOUND");
        assertThat(noListing.at("/errors/0/extensions/field").asString()).isEqualTo("listingKey");
        var noEnterprise = admin().query(
                        "mutation { acceptMatch(listingKey: \"WB|600\", uscc: \"91110000600037341L\") { decision } }");
        assertThat(noEnterprise.at("/errors/0/extensions/reason").asString()).isEqualTo("NOT_FOUND");
        assertThat(noEnterprise.at("/errors/0/extensions/field").asString()).isEqualTo("uscc");
        var badCode = admin().query("mutation { rejectMatch(listingKey: \"WB|600\", uscc: \"123\") { decision } }");
        assertThat(badCode.at("/errors/0/extensions/code").asString()).isEqualTo("INVALID_USCC");
    }

    /** Enterprises with the properties matching reads: USCC, name and region code per row. */
    static void enterprises(List<List<String>> rows) {
        TestGraph.driver()
                .executableQuery("""
                UNWIND $rows AS r
                CREATE (:Enterprise {uscc: r[0], name: r[1], formerNames: [], formerNamesText: '', regionCode: r[2], legacyIds: []})
                """)
                .withParameters(Map.of("rows", rows))
                .execute();
    }
}
