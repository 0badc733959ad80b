package org.creditgraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.store.Graph;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The walkable graph: every link both ways, Relay ids, single records and penalty order, as PUBLIC
 * and AGENCY. Privacy holds on every hop: a penalty outside its publicity window (D6) is hidden
 * from PUBLIC or shown only as the listing cites it, persons are masked (D12).
 */
class WalkTheGraphTest extends RecordsScenario {

    @Autowired
    Graph graph;

    @BeforeAll
    static void scenario() throws Exception {
        loadScenario();
        Path dir = Files.createTempDirectory("walk");
        var loader = new Loader(
                TestGraph.graph(), PersonIdentity.fromEnvironmentOr(Path.of("target/records-test-data")), 100);
        load(
                loader,
                dir,
                Kind.RESPONSIBILITIES,
                "事故编号,责任主体类别,姓名或名称,证件号码或统一社会信用代码,职务,责任类型,处理结果,处理日期",
                "SG-1,自然人,张三," + PERSON_ID_NUMBER + ",主要负责人,主要责任,罚款,2024-07-01",
                "SG-1,单位,北京甲矿业有限公司," + A + ",,直接责任,罚款,2024-07-01");
        load(
                loader,
                dir,
                Kind.LISTINGS,
                "名单类型,主体类别,主体名称,统一社会信用代码或证件号码,列入事由,认定依据,认定部门,认定部门统一社会信用代码,列入日期",
                "联合惩戒对象,法人,北京甲矿业有限公司," + A + ",多次处罚,P3;P1,北京市应急管理局," + AUTH1 + "," + daysAgo(3));
    }

    private static String listingOfP3(GraphQlClient client) {
        JsonNode edges = data(client.query(
                        "{ listings(filter: {code: \"" + A + "\"}) { edges { node { key basis } } } }"))
                .at("/listings/edges");
        for (JsonNode e : edges) {
            if (e.at("/node/basis").toString().contains("P3")) {
                return e.at("/node/key").asString();
            }
        }
        throw new AssertionError("no listing based on P3: " + edges);
    }

    @Test
    void d6_listingBasisOutsideItsWindowIsOnlyCitedToThePublic() {
        String key = listingOfP3(anonymous());
        String query = "query($k: String!) { listing(key: $k) { id subject { id name } authority { uscc name }"
                + " basisPenalties { key decisionNumber decidedOn facts fineAmountYuan publiclyDisclosed authority { uscc } } } }";
        JsonNode pub = data(anonymous().query(query, Map.of("k", key))).path("listing");
        assertThat(pub.at("/subject/id").asString()).isEqualTo(A);
        assertThat(pub.at("/authority/uscc").asString()).isEqualTo(AUTH1);
        JsonNode p3 = find(pub.path("basisPenalties"), "decisionNumber", "P3");
        assertThat(p3.path("publiclyDisclosed").asBoolean()).isFalse();
        assertThat(p3.path("fineAmountYuan").isNull()).isTrue();
        assertThat(p3.at("/authority/uscc").asString()).isEqualTo(AUTH1);
        JsonNode p1 = find(pub.path("basisPenalties"), "decisionNumber", "P1");
        assertThat(p1.path("fineAmountYuan").asString()).isEqualTo("55000");

        JsonNode agency = data(agency().query(query, Map.of("k", key))).path("listing");
        assertThat(find(agency.path("basisPenalties"), "decisionNumber", "P3")
                        .path("fineAmountYuan")
                        .asString())
                .isEqualTo("10000");
    }

    @Test
    void d6_hiddenPenaltyIsNullByKeyAndByIdForThePublic() {
        String key = AUTH1 + "|P3";
        String query = "query($k: String!, $id: ID!) { penalty(key: $k) { id key } node(id: $id) { id } }";
        Map<String, Object> vars = Map.of("k", key, "id", "Penalty:" + key);
        JsonNode pub = data(anonymous().query(query, vars));
        assertThat(pub.path("penalty").isNull()).isTrue();
        assertThat(pub.path("node").isNull()).isTrue();
        JsonNode agency = data(agency().query(query, vars));
        assertThat(agency.at("/penalty/id").asString()).isEqualTo("Penalty:" + key);
        assertThat(agency.at("/node/id").asString()).isEqualTo("Penalty:" + key);
    }

    @Test
    void d12_accidentLeadsToResponsiblePersonsMaskedForThePublic() {
        String query = "{ accident(accidentNumber: \"SG-1\") { id responsibilities { id partyName responsibility"
                + " party { __typename id name } accident { accidentNumber } }"
                + " listings { key } enterprise { uscc } } }";
        JsonNode pub = data(anonymous().query(query)).path("accident");
        assertThat(pub.path("id").asString()).isEqualTo("Accident:SG-1");
        JsonNode person = find(pub.path("responsibilities"), "responsibility", "主要责任");
        assertThat(person.path("partyName").asString()).isEqualTo("张*");
        assertThat(person.at("/party/__typename").asString()).isEqualTo("Person");
        assertThat(person.at("/party/name").asString()).isEqualTo("张*");
        assertThat(person.at("/accident/accidentNumber").asString()).isEqualTo("SG-1");
        assertThat(find(pub.path("responsibilities"), "responsibility", "直接责任")
                        .at("/party/id")
                        .asString())
                .isEqualTo(A);
        assertThat(pub.path("listings")).hasSize(2);
        assertThat(pub.toString()).doesNotContain(PERSON_ID_NUMBER).doesNotContain("张三");

        JsonNode agency = data(agency().query(query)).path("accident");
        assertThat(find(agency.path("responsibilities"), "responsibility", "主要责任")
                        .path("partyName")
                        .asString())
                .isEqualTo("张三");
    }

    @Test
    void d12_personLeadsToPenaltiesResponsibilitiesAndOtherEnterprises() {
        String personId = data(
                        agency().query("{ accident(accidentNumber: \"SG-1\") { responsibilities { party { id } } } }"))
                .at("/accident/responsibilities")
                .findValues("id")
                .stream()
                .map(JsonNode::asString)
                .filter(id -> id.startsWith("P"))
                .findFirst()
                .orElseThrow();
        String query = "query($id: ID!) { node(id: $id) { ... on Person { name penalties { totalCount edges { node {"
                + " decisionNumber party { name } subject { id } } } } responsibilities { accident { accidentNumber } }"
                + " roles { enterprise { uscc } } } } }";
        JsonNode pub = data(anonymous().query(query, Map.of("id", personId))).path("node");
        assertThat(pub.path("name").asString()).isEqualTo("张*");
        assertThat(pub.at("/penalties/totalCount").asInt()).isEqualTo(1);
        assertThat(pub.at("/penalties/edges/0/node/decisionNumber").asString()).isEqualTo("P7");
        assertThat(pub.at("/penalties/edges/0/node/party/name").asString()).isEqualTo("张*");
        assertThat(pub.at("/penalties/edges/0/node/subject/id").asString()).isEqualTo(personId);
        assertThat(pub.at("/responsibilities/0/accident/accidentNumber").asString())
                .isEqualTo("SG-1");
        assertThat(pub.path("roles").findValues("uscc").stream().map(JsonNode::asString))
                .containsExactlyInAnyOrder(A, C);
        assertThat(pub.toString()).doesNotContain("张三").doesNotContain(PERSON_ID_NUMBER);
    }

    @Test
    void authorityLeadsToItsDecisionsAndPenaltiesBackToTheirListings() {
        JsonNode authority = data(anonymous()
                        .query("{ authority(uscc: \"" + AUTH1 + "\") { id name"
                                + " penalties(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }"
                                + " edges { node { decisionNumber listings { key } subject { id } } } }"
                                + " listings { totalCount } } }"))
                .path("authority");
        assertThat(authority.path("id").asString()).isEqualTo("Authority:" + AUTH1);
        // P1, P2, P7, P8 are public (P3 is past its window, P4 annulled: D6)
        assertThat(authority.at("/penalties/totalCount").asInt()).isEqualTo(4);
        assertThat(authority.at("/penalties/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(authority.at("/penalties/pageInfo/hasPreviousPage").asBoolean())
                .isFalse();
        assertThat(authority.at("/listings/totalCount").asInt()).isEqualTo(1);
        JsonNode p1 = find(authority.at("/penalties/edges").findParents("decisionNumber"), "decisionNumber", "P1");
        assertThat(p1.path("listings")).hasSize(1);
        assertThat(p1.at("/subject/id").asString()).isEqualTo(A);
    }

    @Test
    void everyIdReturnedResolvesThroughNodes() {
        JsonNode walk = data(agency().query("{ listings { edges { node { id subject { id } authority { id }"
                + " basisPenalties { id } basisAccidents { id responsibilities { id } } } } } }"));
        List<String> ids = new ArrayList<>();
        walk.findValues("id").forEach(v -> ids.add(v.asString()));
        List<String> distinct = ids.stream().distinct().toList();
        assertThat(distinct).anyMatch(id -> id.startsWith("Responsibility:"));
        JsonNode nodes = data(agency().query(
                                "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", Map.of("ids", distinct)))
                .path("nodes");
        assertThat(nodes).hasSize(distinct.size());
        for (int i = 0; i < distinct.size(); i++) {
            assertThat(nodes.get(i).path("id").asString())
                    .as("node %s", distinct.get(i))
                    .isEqualTo(distinct.get(i));
        }
    }

    @Test
    void penaltiesInFineOrderPageWithKeysetCursors() {
        String query = "query($after: String) { penalties(orderBy: {field: FINE_AMOUNT, direction: DESC}, first: 2,"
                + " after: $after) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor }"
                + " edges { node { decisionNumber fineAmountYuan } } } }";
        List<String> seen = new ArrayList<>();
        String after = null;
        boolean first = true;
        do {
            Map<String, Object> vars = new java.util.HashMap<>();
            vars.put("after", after);
            JsonNode page = data(agency().query(query, vars)).path("penalties");
            assertThat(page.at("/pageInfo/hasPreviousPage").asBoolean()).isEqualTo(!first);
            page.path("edges")
                    .forEach(e -> seen.add(e.at("/node/decisionNumber").asString()));
            after = page.at("/pageInfo/hasNextPage").asBoolean()
                    ? page.at("/pageInfo/endCursor").asString()
                    : null;
            first = false;
        } while (after != null);
        // fines: P1 55,000; P4 20,000; P3 10,000; P5 3,500; P7 500; P8 12.3; P2, P6 none (by key, descending)
        assertThat(seen).containsExactly("P1", "P4", "P3", "P5", "P7", "P8", "P6", "P2");
        String dateCursor = data(agency().query("{ penalties(first: 1) { pageInfo { endCursor } } }"))
                .at("/penalties/pageInfo/endCursor")
                .asString();
        JsonNode wrong = agency().query(query, Map.of("after", dateCursor));
        assertThat(wrong.at("/errors/0/extensions/code").asString()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void sourcesListEveryLoadRunNewestFirstWithoutServerPaths() {
        String query = "query($after: String) { sources(first: 5, after: $after) { totalCount"
                + " pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id kind file loadedAt status"
                + " loaded rejected unchanged dataVersion } } } }";
        Map<String, Object> none = new java.util.HashMap<>();
        none.put("after", null);
        JsonNode first = data(anonymous().query(query, none)).path("sources");
        assertThat(first.path("totalCount").asInt()).isEqualTo(8);
        JsonNode newest = first.at("/edges/0/node");
        assertThat(newest.path("kind").asString()).isEqualTo("listings");
        assertThat(newest.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(newest.path("loaded").asInt()).isEqualTo(1);
        assertThat(newest.path("dataVersion").asString())
                .isEqualTo(newest.path("id").asString());
        assertThat(first.path("edges").findValues("file"))
                .allSatisfy(f -> assertThat(f.asString()).doesNotContain("/"));
        JsonNode rest = data(anonymous()
                        .query(
                                query,
                                Map.of("after", first.at("/pageInfo/endCursor").asString())))
                .path("sources");
        assertThat(rest.at("/pageInfo/hasPreviousPage").asBoolean()).isTrue();
        assertThat(rest.path("edges")).hasSize(3);
        assertThat(rest.at("/edges/2/node/kind").asString()).isEqualTo("enterprises");
    }

    @Test
    void linksCostTheSameNumberOfQueriesForOneListingOrMany() {
        String query = "query($n: Int) { listings(first: $n) { edges { node { subject { id name }"
                + " basisPenalties { subject { id } listings { key } authority { uscc } }"
                + " basisAccidents { responsibilities { party { id } } listings { key } } authority { id } } } } }";
        // one query per connection or link field (listings, subject, basisPenalties, their subject and
        // listings, basisAccidents, responsibilities, their listings, authority), never one per record;
        // a level whose parents are all empty is not read at all
        long links = 9;
        assertThat(queries(query, 1)).isLessThanOrEqualTo(links);
        assertThat(queries(query, 4)).isEqualTo(links);
        assertThat(queries(query, 100)).isEqualTo(links);
    }

    private long queries(String query, int n) {
        long before = graph.queryCount();
        data(agency().query(query, Map.of("n", n)));
        return graph.queryCount() - before;
    }

    private static JsonNode find(Iterable<JsonNode> nodes, String field, String value) {
        for (JsonNode n : nodes) {
            if (value.equals(n.path(field).asString())) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " = " + value + " in " + nodes);
    }
}
