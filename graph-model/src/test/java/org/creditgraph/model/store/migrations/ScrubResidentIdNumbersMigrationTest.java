package org.creditgraph.model.store.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.rules.ResidentId;
import org.creditgraph.model.store.SchemaMigrations;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * D12: the migration that scrubs resident ID numbers an earlier loader stored raw. The graph is
 * written as those loaders wrote it, the migration's record removed (a database at 0013), and the
 * migrations applied as at start-up.
 */
class ScrubResidentIdNumbersMigrationTest {

    static final String RAW_ID = "11010519491231002X";
    static final String RAW_ID_2 = "440524188001010014";
    static final String RAW_ID_3 = ResidentId.withCheckCharacter("32010219800101123");
    /** Another number with the same masked form as {@link #RAW_ID}: 110105********002X. */
    static final String SAME_MASK = sameMaskAs(RAW_ID);

    static final String VALID_USCC = "91110000600037341L";
    /** A 91... enterprise code that happens to pass the resident ID check as well: not a person's. */
    static final String USCC_ALSO_ID_VALID = "910000194912310590";
    /** A keyed hash (64 hex characters) with 18 digits in a row that look like a valid number. */
    static final String HASH = "ab" + "330106197001011003" + "cdef0123456789abcdef0123456789abcdef0123456789ab";

    static String sameMaskAs(String number) {
        for (LocalDate d = LocalDate.of(1960, 1, 1); ; d = d.plusDays(1)) {
            String first17 = number.substring(0, 6) + d.toString().replace("-", "") + number.substring(14, 17);
            if (ResidentId.checkCharacter(first17) == number.charAt(17)) {
                return first17 + number.charAt(17);
            }
        }
    }

    @AfterEach
    void clean() {
        TestGraph.clean();
    }

    static void write(String cypher, Map<String, Object> params) {
        TestGraph.driver().executableQuery(cypher).withParameters(params).execute();
    }

    static Map<String, Object> node(String cypher, Map<String, Object> params) {
        return TestGraph.driver()
                .executableQuery(cypher)
                .withParameters(params)
                .execute()
                .records()
                .getFirst()
                .get(0)
                .asMap();
    }

    @Test
    void d12_rawNumbersLoadedEarlierAreMaskedInPlaceAndTheGraphStaysLinked() {
        TestGraph.clean();
        assertThat(SAME_MASK).isNotEqualTo(RAW_ID);
        assertThat(ResidentId.mask(SAME_MASK)).isEqualTo(ResidentId.mask(RAW_ID));
        Map<String, Object> p = Map.of(
                "raw",
                RAW_ID,
                "raw2",
                RAW_ID_2,
                "raw3",
                RAW_ID_3,
                "same",
                SAME_MASK,
                "uscc",
                VALID_USCC,
                "both",
                USCC_ALSO_ID_VALID,
                "hash",
                HASH);
        // as the loader before the fix wrote a 个体工商户 with its operator's number in 统一社会信用代码
        write(
                "CREATE (e:Enterprise {uscc: $raw, name: '张三五金店', stub: true, formerNames: [], legacyIds: [],"
                        + " dataQualityWarnings: ['USCC ' + $raw + ' in 统一社会信用代码 fails the D1 check; kept']})"
                        + " CREATE (e2:Enterprise {uscc: $same, name: '张四小吃店', stub: true})"
                        + " CREATE (ok:Enterprise {uscc: $uscc, name: '北京甲矿业有限公司', formerNames: ['甲煤矿' + $raw3]})"
                        + " CREATE (both:Enterprise {uscc: $both, name: '乙有限公司'})"
                        + " CREATE (a:Authority {uscc: '11110000000019713D', name: '北京市应急管理局'})"
                        + " CREATE (pen:Penalty {key: '11110000000019713D|京应急罚〔2023〕11号', partyUscc: $raw,"
                        + "   partyName: '张三五金店', facts: '经查，王五（身份证号码' + $raw2 + '）未持证上岗。',"
                        + "   content: '对王五（' + $raw3 + '）处罚款1万元', rowHash: $hash, types: ['FINE'],"
                        + "   sourceChecksum: 'sha256:' + $hash})"
                        + " CREATE (pen)-[:AGAINST]->(e) CREATE (pen)-[:ISSUED_BY]->(a)"
                        + " CREATE (pen2:Penalty {key: '11110000000019713D|京应急罚〔2023〕12号', partyUscc: $same})"
                        + " CREATE (pen2)-[:AGAINST]->(e2)"
                        + " CREATE (pen3:Penalty {key: '11110000000019713D|京应急罚〔2023〕13号', partyUscc: $both,"
                        + "   remarks: '已履行'})"
                        + " CREATE (pen3)-[:AGAINST]->(both)"
                        + " CREATE (l:Listing {key: 'BLACKLIST|' + $raw + '|2023-10-10', subjectCode: $raw,"
                        + "   reason: '张三（' + $raw + '）违法', basis: ['京应急罚〔2023〕11号', $raw2]})"
                        + " CREATE (l)-[:OF]->(e)"
                        + " CREATE (person:Person {key: $hash, id: 'P' + substring($hash, 0, 24),"
                        + "   maskedIdNumber: '440524********0014', name: '王五'})"
                        + " CREATE (person)-[:HOLDS_ROLE {role: 'DIRECTOR', sourceFile: 'roles-' + $raw2 + '.csv'}]->(ok)"
                        + " CREATE (:AuditEntry {receiptId: 'r-1', subjectCode: $raw, verdict: 'SANCTIONED'})",
                p);
        TestGraph.driver()
                .executableQuery(
                        "MATCH (m:__Neo4jMigration) WHERE m.version IN ['0014', '0015', '0016'] DETACH DELETE m")
                .execute();

        // 0014 and the later migrations (idempotent) run again; the latest is in force
        assertThat(SchemaMigrations.apply(TestGraph.driver())).contains("0016");

        String all = TestGraph.allPropertiesText();
        for (String raw : List.of(RAW_ID, RAW_ID_2, RAW_ID_3, SAME_MASK)) {
            assertThat(all).doesNotContain(raw);
        }
        // the enterprises that were a person's number: masked, unique, flagged, still linked
        Map<String, Object> e = node(
                "MATCH (pen:Penalty {partyUscc: '110105********002X'})-[:AGAINST]->(e:Enterprise"
                        + " {uscc: '110105********002X'})<-[:OF]-(l:Listing) RETURN e",
                Map.of());
        assertThat(e).containsEntry("residentIdAsUscc", true).containsEntry("usccCheckDigitValid", false);
        assertThat(e.get("dataQualityWarnings").toString())
                .contains("统一社会信用代码 was a resident ID number, masked as 110105********002X")
                .contains("USCC 110105********002X in 统一社会信用代码 fails the D1 check");
        assertThat(TestGraph.count("MATCH (:Penalty {partyUscc: '110105********002X#2'})-[:AGAINST]->"
                        + "(:Enterprise {uscc: '110105********002X#2', residentIdAsUscc: true}) RETURN count(*)"))
                .isEqualTo(1);
        Map<String, Object> listing = node("MATCH (l:Listing) RETURN l", Map.of());
        assertThat(listing)
                .containsEntry("key", "BLACKLIST|110105********002X|2023-10-10")
                .containsEntry("subjectCode", "110105********002X")
                .containsEntry("reason", "张三（110105********002X）违法")
                .containsEntry("basis", List.of("京应急罚〔2023〕11号", "440524********0014"));
        Map<String, Object> pen = node("MATCH (p:Penalty {partyName: '张三五金店'}) RETURN p", Map.of());
        assertThat(pen)
                .containsEntry("facts", "经查，王五（身份证号码440524********0014）未持证上岗。")
                .containsEntry("content", "对王五（" + ResidentId.mask(RAW_ID_3) + "）处罚款1万元")
                // digests are no one's number
                .containsEntry("rowHash", HASH)
                .containsEntry("sourceChecksum", "sha256:" + HASH);
        assertThat(TestGraph.count("MATCH (:AuditEntry {subjectCode: '110105********002X'}) RETURN count(*)"))
                .isEqualTo(1);
        assertThat(TestGraph.count("MATCH ()-[r:HOLDS_ROLE {sourceFile: 'roles-440524********0014.csv'}]->()"
                        + " RETURN count(r)"))
                .isEqualTo(1);
        // what was no person's number is untouched
        assertThat(TestGraph.count(
                        "MATCH (p:Person {key: $hash, id: $id}) RETURN count(p)",
                        Map.of("hash", HASH, "id", "P" + HASH.substring(0, 24))))
                .isEqualTo(1);
        assertThat(TestGraph.count(
                        "MATCH (:Penalty {partyUscc: $both})-[:AGAINST]->(e:Enterprise {uscc: $both})"
                                + " WHERE e.residentIdAsUscc IS NULL RETURN count(e)",
                        Map.of("both", USCC_ALSO_ID_VALID)))
                .isEqualTo(1);
        assertThat(node("MATCH (e:Enterprise {uscc: $uscc}) RETURN e", Map.of("uscc", VALID_USCC)))
                .containsEntry("formerNames", List.of("甲煤矿" + ResidentId.mask(RAW_ID_3)));
        // the prefix search index no longer finds the raw number
        assertThat(TestGraph.count("MATCH (e:Enterprise) WHERE e.uscc STARTS WITH '1101051949' RETURN count(e)"))
                .isZero();
    }
}
