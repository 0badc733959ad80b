package org.creditgraph.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditgraph.model.Accident;
import org.creditgraph.model.Listing;
import org.creditgraph.model.Person;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.AccidentGrade;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Listings, accidents and persons' ties: paging, filters, D3 in force, D12 masking. */
class ListingStoreTest {

    static final String A = "91110000600037341L";
    static final String B = "91350100M000100Y43";
    static final Viewer AGENCY = new Viewer(Viewer.Role.AGENCY, Set.of(), "bank");
    static final ListingStore listings = new ListingStore(TestGraph.graph());
    static final AccidentStore accidents = new AccidentStore(TestGraph.graph());
    static final PersonStore persons = new PersonStore(TestGraph.graph());

    @BeforeAll
    static void data() {
        TestGraph.clean();
        TestGraph.driver()
                .executableQuery("""
                        CREATE (a:Enterprise {uscc: $a, name: '北京甲矿业有限公司', formerNames: []})
                        CREATE (b:Enterprise {uscc: $b, name: '福州乙建设有限公司', formerNames: []})
                        CREATE (p:Person {id: 'P1', key: 'secret-key', name: '张三丰', maskedIdNumber: '110105********002X'})
                        CREATE (p)-[:HOLDS_ROLE {role: 'PRINCIPAL', from: date('2023-03-01')}]->(a)
                        CREATE (p)-[:INVESTS_IN {from: date('2020-01-01'), sharePercent: 40.0}]->(a)
                        CREATE (a)-[:INVESTS_IN {from: date('2020-01-01'), sharePercent: 60}]->(b)
                        CREATE (:Listing {key: 'SERIOUS_DISHONESTY|' + $a + '|2024-01-10', list: 'SERIOUS_DISHONESTY',
                                name: '北京甲矿业有限公司', subjectCode: $a, subjectType: '法人', listedOn: date('2024-01-10'),
                                basis: ['SG-1']})-[:OF]->(a)
                        CREATE (:Listing {key: 'JOINT_SANCTION_TARGET|' + $b + '|2020-01-10', list: 'JOINT_SANCTION_TARGET',
                                name: '福州乙建设有限公司', subjectCode: $b, subjectType: '法人', listedOn: date('2020-01-10')})-[:OF]->(b)
                        CREATE (:Listing {key: 'SERIOUS_DISHONESTY|' + $b + '|2024-03-01', list: 'SERIOUS_DISHONESTY',
                                name: '福州乙建设有限公司', subjectCode: $b, subjectType: '法人', listedOn: date('2024-03-01'),
                                removedOn: date('2025-04-01'), restoredOn: date('2025-05-01')})-[:OF]->(b)
                        CREATE (:Listing {key: 'SERIOUS_DISHONESTY|k|2024-02-01', list: 'SERIOUS_DISHONESTY',
                                name: '张三丰', subjectType: '自然人', listedOn: date('2024-02-01'),
                                removedOn: date('2025-03-01')})-[:OF]->(p)
                        WITH a
                        UNWIND range(1, 15) AS i
                        CREATE (:Accident {accidentNumber: 'SG-' + right('00' + i, 2), occurredOn: date('2024-01-01') + duration({days: i % 4}),
                                deaths: i % 4, seriousInjuries: 0, directLossYuan: '1000000', uscc: $a,
                                grade: CASE WHEN i % 4 = 3 THEN 'LARGER' ELSE 'GENERAL' END,
                                regionCode: '110105', industryCode: 'B0610'})-[:AT]->(a)
                        """)
                .withParameters(Map.of("a", A, "b", B))
                .execute();
    }

    static List<String> keys(Page<Listing> page) {
        return page.edges().stream().map(e -> e.node().key()).toList();
    }

    @Test
    void listingsPageLatestFirst() {
        Page<Listing> first = listings.find(null, PageRequest.of(2, null), Viewer.PUBLIC);
        assertThat(first.totalCount()).isEqualTo(4);
        assertThat(first.hasNextPage()).isTrue();
        Page<Listing> second = listings.find(null, PageRequest.of(2, first.endCursor()), Viewer.PUBLIC);
        assertThat(second.hasNextPage()).isFalse();
        List<String> all = new ArrayList<>(keys(first));
        all.addAll(keys(second));
        assertThat(all).doesNotHaveDuplicates().hasSize(4);
        assertThat(first.edges().getFirst().node().listedOn()).isEqualTo(LocalDate.parse("2024-03-01"));
    }

    @Test
    void d3_inForceOnFilterMatchesTheRule() {
        for (String day : List.of("2020-06-01", "2021-01-10", "2024-06-01", "2025-03-15", "2025-04-15", "2025-06-01")) {
            LocalDate asOf = LocalDate.parse(day);
            Page<Listing> inForce = listings.find(
                    new ListingStore.Filter(null, null, asOf, null, null, null), PageRequest.of(100, null), AGENCY);
            Page<Listing> all = listings.find(null, PageRequest.of(100, null), AGENCY);
            List<String> expected = all.edges().stream()
                    .map(Page.Edge::node)
                    .filter(l -> l.inForce(asOf))
                    .map(Listing::key)
                    .toList();
            assertThat(keys(inForce)).as(day).isEqualTo(expected);
        }
        // restored on 2025-05-01 after a removal on 2025-04-01: out in April, in again in May
        assertThat(keys(listings.find(
                        new ListingStore.Filter(null, B, LocalDate.parse("2025-04-15"), null, null, null),
                        PageRequest.of(9, null),
                        AGENCY)))
                .isEmpty();
        assertThat(keys(listings.find(
                        new ListingStore.Filter(null, B, LocalDate.parse("2025-06-01"), null, null, null),
                        PageRequest.of(9, null),
                        AGENCY)))
                .containsExactly("SERIOUS_DISHONESTY|" + B + "|2024-03-01");
    }

    @Test
    void listingsFilterByListAndCodeAndMaskPersons() {
        assertThat(listings.find(
                                new ListingStore.Filter("联合惩戒对象", null, null, null, null, null),
                                PageRequest.of(9, null),
                                Viewer.PUBLIC)
                        .totalCount())
                .isEqualTo(1);
        assertThat(listings.find(
                                new ListingStore.Filter("SERIOUS_DISHONESTY", A, null, null, null, null),
                                PageRequest.of(9, null),
                                Viewer.PUBLIC)
                        .totalCount())
                .isEqualTo(1);
        Page<Listing> person = listings.find(
                new ListingStore.Filter(null, "P1", null, null, null, null), PageRequest.of(9, null), Viewer.PUBLIC);
        assertThat(person.edges().getFirst().node().name()).isEqualTo("张**");
        Map<String, Page<Listing>> byEnterprise =
                listings.ofEnterprises(List.of(A, B), PageRequest.of(1, null), Viewer.PUBLIC);
        assertThat(byEnterprise.get(B).totalCount()).isEqualTo(2);
        assertThat(byEnterprise.get(B).edges()).hasSize(1);
        assertThat(byEnterprise.get(A).edges().getFirst().node().basis()).containsExactly("SG-1");
    }

    @Test
    void accidentsPageAndFilter() {
        Page<Accident> first = accidents.find(null, PageRequest.of(10, null), Viewer.PUBLIC);
        assertThat(first.totalCount()).isEqualTo(15);
        Page<Accident> second = accidents.find(null, PageRequest.of(10, first.endCursor()), Viewer.PUBLIC);
        assertThat(second.edges()).hasSize(5);
        List<String> all = new ArrayList<>();
        first.edges().forEach(e -> all.add(e.node().accidentNumber()));
        second.edges().forEach(e -> all.add(e.node().accidentNumber()));
        assertThat(all).doesNotHaveDuplicates().hasSize(15);
        assertThat(first.edges().getFirst().node().enterprise().name()).isEqualTo("北京甲矿业有限公司");
        var larger = new AccidentStore.Filter(A, List.of(AccidentGrade.LARGER), "110105", "B0610", null, null, null);
        assertThat(accidents
                        .find(larger, PageRequest.of(null, null), Viewer.PUBLIC)
                        .edges())
                .allMatch(e -> e.node().grade() == AccidentGrade.LARGER)
                .hasSize(4);
        var range = new AccidentStore.Filter(
                null, null, null, null, LocalDate.parse("2024-01-02"), LocalDate.parse("2024-01-02"), null);
        assertThat(accidents
                        .find(range, PageRequest.of(null, null), Viewer.PUBLIC)
                        .totalCount())
                .isEqualTo(4);
        assertThat(accidents
                        .ofEnterprises(List.of(A, B), PageRequest.of(3, null), Viewer.PUBLIC)
                        .get(A)
                        .totalCount())
                .isEqualTo(15);
    }

    @Test
    void d12_personsAndTiesAreMaskedForThePublic() {
        Person pub = persons.byId("P1", Viewer.PUBLIC).orElseThrow();
        assertThat(pub.name()).isEqualTo("张**");
        assertThat(persons.byId("P1", AGENCY).orElseThrow().name()).isEqualTo("张三丰");
        assertThat(persons.byId("nobody", Viewer.PUBLIC)).isEmpty();
        var roles = persons.rolesIn(List.of(A, B), Viewer.PUBLIC);
        assertThat(roles.get(A)).singleElement().satisfies(r -> {
            assertThat(r.person().name()).isEqualTo("张**");
            assertThat(r.role()).isEqualTo("PRINCIPAL");
        });
        assertThat(roles.get(B)).isEmpty();
        var investors = persons.investorsOf(List.of(A, B), Viewer.PUBLIC);
        assertThat(investors.get(A))
                .singleElement()
                .satisfies(i -> assertThat(i.investor().name()).isEqualTo("张**"));
        assertThat(investors.get(B).getFirst().investor().id()).isEqualTo(A);
        assertThat(investors.get(B).getFirst().sharePercent()).isEqualTo(60.0);
        assertThat(persons.investmentsOf(List.of(A), Viewer.PUBLIC)
                        .get(A)
                        .getFirst()
                        .investee()
                        .uscc())
                .isEqualTo(B);
    }
}
