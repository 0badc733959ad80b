package org.creditgraph.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditgraph.model.Penalty;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.PenaltyType;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PenaltyStoreTest {

    static final String E1 = "91110000600037341L";
    static final String E2 = "91350100M000100Y43";
    static final String A1 = "11110000000019713H";
    static final String A2 = "11440300MB2C00000X";
    static final Viewer AGENCY = new Viewer(Viewer.Role.AGENCY, Set.of(), "bank");
    static final PenaltyStore store = new PenaltyStore(TestGraph.graph());
    static final LocalDate TODAY = LocalDate.now(PenaltyStore.ZONE);

    @BeforeAll
    static void data() {
        TestGraph.clean();
        TestGraph.driver()
                .executableQuery("""
                        CREATE (e1:Enterprise {uscc: $e1, name: '北京甲矿业有限公司', formerNames: []})
                        CREATE (e2:Enterprise {uscc: $e2, name: '福州乙建设有限公司', formerNames: []})
                        CREATE (a1:Authority {uscc: $a1, name: '北京市应急管理局'})
                        CREATE (a2:Authority {uscc: $a2, name: '深圳市应急管理局'})
                        WITH *
                        UNWIND range(1, 25) AS i
                        CREATE (p:Penalty {key: $a1 + '|京应急罚〔2024〕' + i, decisionNumber: '京应急罚〔2024〕' + i,
                                authorityUscc: $a1, authorityName: '北京市应急管理局', partyName: '北京甲矿业有限公司',
                                partyType: '法人及非法人组织', partyUscc: $e1, types: ['FINE'], fineYuan: '50000.5',
                                decidedOn: $today - duration({days: 10 + (i % 5)}), status: '有效',
                                regionCode: '110105', industryCode: 'B0610'})
                        CREATE (p)-[:AGAINST]->(e1)
                        CREATE (p)-[:ISSUED_BY]->(a1)
                        WITH DISTINCT e1, e2, a1, a2
                        CREATE (old:Penalty {key: $a1 + '|old', decisionNumber: 'old', authorityUscc: $a1,
                                partyName: '北京甲矿业有限公司', partyType: '法人及非法人组织', partyUscc: $e1, types: ['WARNING'],
                                decidedOn: $today - duration({years: 4}), regionCode: '110105'})-[:AGAINST]->(e1)
                        CREATE (annulled:Penalty {key: $a1 + '|annulled', decisionNumber: 'annulled', authorityUscc: $a1,
                                partyName: '北京甲矿业有限公司', partyType: '法人及非法人组织', partyUscc: $e1, types: ['FINE'],
                                decidedOn: $today - duration({days: 30}), status: '撤销',
                                statusOn: $today - duration({days: 5}), regionCode: '110105'})-[:AGAINST]->(e1)
                        CREATE (ended:Penalty {key: $a1 + '|ended', decisionNumber: 'ended', authorityUscc: $a1,
                                partyName: '北京甲矿业有限公司', partyType: '法人及非法人组织', partyUscc: $e1, types: ['FINE'],
                                decidedOn: $today - duration({days: 400}), publicityUntil: $today - duration({days: 1}),
                                regionCode: '110105'})-[:AGAINST]->(e1)
                        CREATE (:Penalty {key: $a2 + '|person', decisionNumber: '深应急罚〔2024〕1', authorityUscc: $a2,
                                authorityName: '深圳市应急管理局', partyName: '张三丰', partyType: '自然人',
                                types: ['WARNING', 'PRACTICE_BAN'], decidedOn: $today - duration({days: 100}),
                                regionCode: '440300', industryCode: 'E4710'})
                        CREATE (p2:Penalty {key: $a2 + '|e2', decisionNumber: '深应急罚〔2024〕2', authorityUscc: $a2,
                                partyName: '福州乙建设有限公司', partyType: '法人及非法人组织', partyUscc: $e2, types: ['FINE'],
                                decidedOn: $today - duration({days: 200}), regionCode: '350100'})-[:AGAINST]->(e2)
                        """)
                .withParameters(Map.of("e1", E1, "e2", E2, "a1", A1, "a2", A2, "today", TODAY))
                .execute();
    }

    @Test
    void d6_gradedPeriodsHideAGeneralPenaltyAfterAYearAndKeepASeriousOne() {
        TestGraph.driver().executableQuery("""
                        CREATE (:Penalty {key: 'graded|general', decisionNumber: 'graded-general', authorityUscc: $a1,
                                partyName: '北京甲矿业有限公司', partyType: '法人及非法人组织', types: ['FINE'],
                                decidedOn: date('2026-04-01'), regionCode: '999901'})
                        CREATE (:Penalty {key: 'graded|serious', decisionNumber: 'graded-serious', authorityUscc: $a1,
                                partyName: '北京甲矿业有限公司', partyType: '法人及非法人组织', types: ['FINE', 'CLOSURE'],
                                decidedOn: date('2026-04-01'), regionCode: '999901'})
                        CREATE (:Penalty {key: 'graded|before', decisionNumber: 'graded-before', authorityUscc: $a1,
                                partyName: '北京甲矿业有限公司', partyType: '法人及非法人组织', types: ['FINE'],
                                decidedOn: date('2026-03-31'), regionCode: '999901'})
                        """).withParameters(Map.of("a1", A1)).execute();
        try {
            var filter = new PenaltyStore.Filter(null, null, "999901", null, null, null, null, null, null);
            java.util.function.Function<String, PenaltyStore> on = day -> new PenaltyStore(
                    TestGraph.graph(),
                    java.time.Clock.fixed(
                            LocalDate.parse(day).atStartOfDay(PenaltyStore.ZONE).toInstant(), PenaltyStore.ZONE));
            assertThat(keys(on.apply("2027-03-31").find(filter, PageRequest.of(null, null), Viewer.PUBLIC)))
                    .containsExactlyInAnyOrder("graded|general", "graded|serious", "graded|before");
            assertThat(keys(on.apply("2027-04-01").find(filter, PageRequest.of(null, null), Viewer.PUBLIC)))
                    .containsExactlyInAnyOrder("graded|serious", "graded|before");
            Page<Penalty> agency = on.apply("2027-04-01").find(filter, PageRequest.of(null, null), AGENCY);
            assertThat(agency.edges()).hasSize(3);
            for (var edge : agency.edges()) {
                Penalty p = edge.node();
                assertThat(p.publicUntil())
                        .as(p.key())
                        .isEqualTo(
                                switch (p.key()) {
                                    case "graded|general" -> LocalDate.parse("2027-04-01");
                                    case "graded|serious" -> LocalDate.parse("2029-04-01");
                                    default -> LocalDate.parse("2029-03-31");
                                });
                assertThat(p.publiclyDisclosed()).as(p.key()).isEqualTo(!p.key().equals("graded|general"));
            }
        } finally {
            TestGraph.driver()
                    .executableQuery("MATCH (n:Penalty) WHERE n.key STARTS WITH 'graded|' DETACH DELETE n")
                    .execute();
        }
    }

    static List<String> keys(Page<Penalty> page) {
        return page.edges().stream().map(e -> e.node().key()).toList();
    }

    @Test
    void pagesNewestFirstWithKeysetCursorsAndATotal() {
        Page<Penalty> first = store.find(null, PageRequest.of(null, null), Viewer.PUBLIC);
        assertThat(first.totalCount()).isEqualTo(27);
        assertThat(first.edges()).hasSize(20);
        assertThat(first.hasNextPage()).isTrue();
        Page<Penalty> second = store.find(null, PageRequest.of(20, first.endCursor()), Viewer.PUBLIC);
        assertThat(second.edges()).hasSize(7);
        assertThat(second.hasNextPage()).isFalse();
        assertThat(second.totalCount()).isEqualTo(27);
        List<Penalty> all = new ArrayList<>();
        first.edges().forEach(e -> all.add(e.node()));
        second.edges().forEach(e -> all.add(e.node()));
        assertThat(all.stream().map(Penalty::key).toList())
                .doesNotHaveDuplicates()
                .hasSize(27);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).decidedOn()).isBeforeOrEqualTo(all.get(i - 1).decidedOn());
        }
        assertThat(all.getFirst().fineAmountYuan()).isEqualTo("50000.5");
        assertThat(all.getFirst().authority().name()).isEqualTo("北京市应急管理局");
        assertThat(all).allMatch(Penalty::publiclyDisclosed);
    }

    @Test
    void firstIsCappedAt100() {
        assertThat(PageRequest.of(1000, null).first()).isEqualTo(100);
    }

    @Test
    void d6_penaltiesOutsideTheirWindowOrAnnulledAreHiddenFromThePublicAndNotCounted() {
        Page<Penalty> pub = store.find(
                new PenaltyStore.Filter(E1, null, null, null, null, null, null, null, null),
                PageRequest.of(100, null),
                Viewer.PUBLIC);
        assertThat(pub.totalCount()).isEqualTo(25);
        assertThat(keys(pub)).doesNotContain(A1 + "|old", A1 + "|annulled", A1 + "|ended");
        Page<Penalty> agency = store.find(
                new PenaltyStore.Filter(E1, null, null, null, null, null, null, null, null),
                PageRequest.of(100, null),
                AGENCY);
        assertThat(agency.totalCount()).isEqualTo(28);
        assertThat(agency.edges())
                .filteredOn(e -> !e.node().publiclyDisclosed())
                .extracting(e -> e.node().key())
                .containsExactlyInAnyOrder(A1 + "|old", A1 + "|annulled", A1 + "|ended");
        Penalty ended = agency.edges().stream()
                .map(Page.Edge::node)
                .filter(p -> p.key().endsWith("|ended"))
                .findFirst()
                .orElseThrow();
        assertThat(ended.publicUntil()).isEqualTo(TODAY);
    }

    @Test
    void filtersByEachField() {
        var page = PageRequest.of(100, null);
        assertThat(store.find(
                                new PenaltyStore.Filter(null, A2, null, null, null, null, null, null, null),
                                page,
                                Viewer.PUBLIC)
                        .totalCount())
                .isEqualTo(2);
        assertThat(store.find(
                                new PenaltyStore.Filter(null, null, "440300", null, null, null, null, null, null),
                                page,
                                Viewer.PUBLIC)
                        .totalCount())
                .isEqualTo(1);
        assertThat(store.find(
                                new PenaltyStore.Filter(null, null, null, "B0610", null, null, null, null, null),
                                page,
                                Viewer.PUBLIC)
                        .totalCount())
                .isEqualTo(25);
        assertThat(store.find(
                                new PenaltyStore.Filter(
                                        null,
                                        null,
                                        null,
                                        null,
                                        List.of(PenaltyType.PRACTICE_BAN),
                                        null,
                                        null,
                                        null,
                                        null),
                                page,
                                Viewer.PUBLIC)
                        .totalCount())
                .isEqualTo(1);
        Page<Penalty> range = store.find(
                new PenaltyStore.Filter(
                        null, null, null, null, null, TODAY.minusDays(201), TODAY.minusDays(99), null, null),
                page,
                Viewer.PUBLIC);
        assertThat(keys(range)).containsExactly(A2 + "|person", A2 + "|e2");
        assertThat(store.find(
                                new PenaltyStore.Filter(E2, null, null, null, null, null, null, null, null),
                                page,
                                Viewer.PUBLIC)
                        .totalCount())
                .isEqualTo(1);
    }

    @Test
    void d12_naturalPersonPartiesAreMaskedForThePublicOnly() {
        var filter = new PenaltyStore.Filter(null, null, "440300", null, null, null, null, null, null);
        Penalty pub = store.find(filter, PageRequest.of(null, null), Viewer.PUBLIC)
                .edges()
                .getFirst()
                .node();
        assertThat(pub.party().name()).isEqualTo("张**");
        assertThat(pub.types()).containsExactly(PenaltyType.WARNING, PenaltyType.PRACTICE_BAN);
        Penalty full = store.find(filter, PageRequest.of(null, null), AGENCY)
                .edges()
                .getFirst()
                .node();
        assertThat(full.party().name()).isEqualTo("张三丰");
    }

    @Test
    void ofEnterprisesPagesEachEnterpriseInOneQuery() {
        var graph = TestGraph.graph();
        var counted = new PenaltyStore(graph);
        Map<String, Page<Penalty>> pages =
                counted.ofEnterprises(List.of(E1, E2, "91440300MA5DFLX12J"), PageRequest.of(10, null), Viewer.PUBLIC);
        assertThat(graph.queryCount()).isEqualTo(1);
        assertThat(pages.get(E1).edges()).hasSize(10);
        assertThat(pages.get(E1).totalCount()).isEqualTo(25);
        assertThat(pages.get(E1).hasNextPage()).isTrue();
        assertThat(pages.get(E2).totalCount()).isEqualTo(1);
        assertThat(pages.get("91440300MA5DFLX12J").edges()).isEmpty();
        Map<String, Page<Penalty>> next = counted.ofEnterprises(
                List.of(E1), PageRequest.of(10, pages.get(E1).endCursor()), Viewer.PUBLIC);
        assertThat(keys(next.get(E1))).hasSize(10).doesNotContainAnyElementsOf(keys(pages.get(E1)));
    }

    @Test
    void foreignCursorIsRejected() {
        assertThatThrownBy(() -> store.find(null, PageRequest.of(5, "bm90LWEtY3Vyc29y"), Viewer.PUBLIC))
                .isInstanceOf(Cursor.InvalidCursorException.class);
        String wrongShape = Cursor.encode(List.of("not-a-date", "k"));
        assertThatThrownBy(() -> store.find(null, PageRequest.of(5, wrongShape), Viewer.PUBLIC))
                .isInstanceOf(Cursor.InvalidCursorException.class);
    }
}
