package org.creditgraph.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditgraph.model.Penalty;
import org.creditgraph.model.Person;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keyset scans behind the bulk exports: every record the connection lists to the caller, in the
 * connection's order, page after page (ties on the date included), with D6 and D12 applied.
 */
class ExportScanTest {

    static final String E1 = "91110000600037341L";
    static final String E2 = "91350100M000100Y43";
    static final String A1 = "11110000000019713H";
    static final Viewer AGENCY = new Viewer(Viewer.Role.AGENCY, Set.of(), "bank");
    static final LocalDate TODAY = LocalDate.now(PenaltyStore.ZONE);
    static final Graph graph = TestGraph.graph();

    @BeforeAll
    static void data() {
        TestGraph.clean();
        TestGraph.driver()
                .executableQuery("""
                        CREATE (e1:Enterprise {uscc: $e1, name: '北京甲矿业有限公司', formerNames: ['北京甲煤矿'],
                                regionCode: '110105', industryCode: 'B0610', legalRepName: '李四'})
                        CREATE (e2:Enterprise {uscc: $e2, name: '福州乙建设有限公司', formerNames: [],
                                regionCode: '350100', industryCode: 'E4710'})
                        CREATE (p:Person {id: 'p-1', key: 'secret-hash', name: '张三丰', maskedIdNumber: '110105********002X'})
                        CREATE (p)-[:HOLDS_ROLE {role: 'PRINCIPAL', from: date('2020-01-01')}]->(e1)
                        WITH *
                        UNWIND range(1, 23) AS i
                        CREATE (pen:Penalty {key: $a1 + '|' + i, decisionNumber: 'D' + i, authorityUscc: $a1,
                                partyName: '北京甲矿业有限公司', partyType: '法人及非法人组织', partyUscc: $e1,
                                types: ['FINE'], fineYuan: '100', decidedOn: $today - duration({days: 10 + (i % 4)}),
                                regionCode: '110105', industryCode: 'B0610'})
                        WITH DISTINCT e1, e2, p
                        CREATE (:Penalty {key: $a1 + '|old', decisionNumber: 'old', authorityUscc: $a1,
                                partyName: '北京甲矿业有限公司', partyType: '法人及非法人组织', partyUscc: $e1,
                                types: ['WARNING'], decidedOn: $today - duration({years: 4})})
                        CREATE (:Penalty {key: $a1 + '|person', decisionNumber: 'P1', authorityUscc: $a1,
                                partyName: '张三丰', partyType: '自然人', types: ['WARNING'],
                                decidedOn: $today - duration({days: 3})})
                        CREATE (l1:Listing {key: 'SERIOUS_DISHONESTY|' + $e1 + '|2024-08-01', list: 'SERIOUS_DISHONESTY',
                                subjectType: '法人', name: '北京甲矿业有限公司', subjectCode: $e1, listedOn: date('2024-08-01'),
                                basis: []})-[:OF]->(e1)
                        CREATE (l2:Listing {key: 'BLACKLIST|secret-hash|2024-09-01', list: 'BLACKLIST', subjectType: '自然人',
                                name: '张三丰', listedOn: date('2024-09-01'), basis: []})-[:OF]->(p)
                        """)
                .withParameters(Map.of("e1", E1, "e2", E2, "a1", A1, "today", TODAY))
                .execute();
    }

    static List<String> scanned(PenaltyStore store, PenaltyStore.Filter filter, Viewer viewer, int pageSize) {
        List<String> keys = new ArrayList<>();
        long count = store.forEachPage(filter, viewer, pageSize, page -> {
            assertThat(page.size()).isLessThanOrEqualTo(pageSize);
            page.forEach(p -> keys.add(p.key()));
        });
        assertThat(count).isEqualTo(keys.size());
        return keys;
    }

    static List<String> listed(PenaltyStore store, PenaltyStore.Filter filter, Viewer viewer) {
        return store.find(filter, PageRequest.of(100, null), viewer).edges().stream()
                .map(e -> e.node().key())
                .toList();
    }

    @Test
    void penaltyScanListsWhatTheConnectionListsInItsOrderAcrossPageBoundaries() {
        PenaltyStore store = new PenaltyStore(graph);
        for (int pageSize : new int[] {1, 3, 4, 25, 5000}) {
            assertThat(scanned(store, null, Viewer.PUBLIC, pageSize)).isEqualTo(listed(store, null, Viewer.PUBLIC));
            assertThat(scanned(store, null, AGENCY, pageSize)).isEqualTo(listed(store, null, AGENCY));
        }
        // D6: the four-year-old penalty is out of the public window
        assertThat(scanned(store, null, Viewer.PUBLIC, 3)).hasSize(24).doesNotContain(A1 + "|old");
        assertThat(scanned(store, null, AGENCY, 3)).hasSize(25);
        var filter = new PenaltyStore.Filter(E1, null, null, null, null, TODAY.minusDays(12), null, null, null);
        assertThat(scanned(store, filter, Viewer.PUBLIC, 2)).isEqualTo(listed(store, filter, Viewer.PUBLIC));
    }

    @Test
    void d12_scansMaskNamesForThePublic() {
        PenaltyStore store = new PenaltyStore(graph);
        List<Penalty> penalties = new ArrayList<>();
        store.forEachPage(null, Viewer.PUBLIC, 10, penalties::addAll);
        assertThat(penalties.getFirst().party().name()).isEqualTo("张**");

        List<Person> persons = new ArrayList<>();
        assertThat(new PersonStore(graph).forEachPage(Viewer.PUBLIC, 1, persons::addAll))
                .isEqualTo(1);
        assertThat(persons.getFirst().name()).isEqualTo("张**");

        List<EnterpriseStore.Registration> enterprises = new ArrayList<>();
        assertThat(new EnterpriseStore(graph).forEachPage(null, Viewer.PUBLIC, 1, enterprises::addAll))
                .isEqualTo(2);
        assertThat(enterprises).extracting(r -> r.enterprise().uscc()).containsExactly(E1, E2);
        assertThat(enterprises.getFirst().legalRepName()).isEqualTo("李*");
        assertThat(enterprises.getFirst().enterprise().formerNames()).containsExactly("北京甲煤矿");
        enterprises.clear();
        new EnterpriseStore(graph)
                .forEachPage(new EnterpriseStore.Filter("350100", null), AGENCY, 10, enterprises::addAll);
        assertThat(enterprises).extracting(r -> r.enterprise().uscc()).containsExactly(E2);
    }

    @Test
    void listingScanGivesTheSubjectsOpaqueId() {
        List<ListingStore.Entry> entries = new ArrayList<>();
        new ListingStore(graph).forEachPage(null, Viewer.PUBLIC, 1, entries::addAll);
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).subjectId()).isEqualTo("p-1");
        assertThat(entries.get(0).subjectKind()).isEqualTo(SubjectKind.PERSON);
        assertThat(entries.get(0).listing().name()).isEqualTo("张**");
        assertThat(entries.get(1).subjectId()).isEqualTo(E1);
        assertThat(entries.get(1).subjectKind()).isEqualTo(SubjectKind.ENTERPRISE);
    }
}
