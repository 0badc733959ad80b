package org.creditgraph.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.creditgraph.api.FtmSchemata;
import org.creditgraph.model.Accident;
import org.creditgraph.model.Authority;
import org.creditgraph.model.Penalty;
import org.creditgraph.model.rules.AccidentGrade;
import org.creditgraph.model.rules.PenaltyType;
import org.junit.jupiter.api.Test;

/**
 * The entities the export scenario does not reach, against the published FtM schema definitions:
 * penalties whose party is not in the graph (an organisation, a natural person with a masked name,
 * D12) and an accident without a known accident unit.
 */
class FollowTheMoneyTest {

    final FtmSchemata ftm = new FtmSchemata("ftm-schema");

    static Penalty penalty(String key, Penalty.Party party) {
        return new Penalty(
                key,
                "京应急罚〔2025〕1号",
                LocalDate.of(2025, 3, 1),
                List.of(PenaltyType.FINE, PenaltyType.WARNING),
                "30000",
                null,
                "未按规定开展安全培训",
                "2025年1月检查发现……",
                "《中华人民共和国安全生产法》第九十七条",
                null,
                new Authority("11110000000019713H", "北京市应急管理局"),
                party,
                true,
                LocalDate.of(2028, 3, 1),
                "有效",
                null,
                LocalDate.of(2026, 3, 1),
                null,
                "110105",
                "B0610",
                null);
    }

    @SuppressWarnings("unchecked")
    void assertValid(Map<String, Object> entity, Map<String, String> schemaOfIds) {
        String schema = (String) entity.get("schema");
        assertThat(ftm.schema(schema)).as(schema).isPresent();
        assertThat(ftm.schema(schema).orElseThrow().isAbstract()).isFalse();
        var properties = (Map<String, List<String>>) entity.get("properties");
        assertThat(properties.keySet())
                .as(schema)
                .isSubsetOf(ftm.properties(schema).keySet());
        assertThat(properties.keySet()).as(schema).containsAll(ftm.required(schema));
        properties.forEach((name, values) -> {
            var property = ftm.properties(schema).get(name);
            if (property.type().equals("entity")) {
                values.forEach(id -> assertThat(ftm.isA(schemaOfIds.get(id), property.range()))
                        .as(id)
                        .isTrue());
            }
        });
    }

    @Test
    void aPenaltyAgainstAPartyOutsideTheGraphNamesItsOwnPartyEntity() {
        for (Penalty.Party party : List.of(
                new Penalty.Party("北京丁商贸有限公司", "法人及非法人组织", "91110105MA01B2C3D4"),
                new Penalty.Party("王*", Penalty.Party.NATURAL_PERSON, null),
                new Penalty.Party("", null, null))) {
            Penalty penalty = penalty("k-" + party.name(), party);
            Map<String, Object> named = FollowTheMoney.penaltyParty(penalty);
            Map<String, Object> sanction = FollowTheMoney.penalty(penalty, (String) named.get("id"));
            Map<String, String> ids = Map.of((String) named.get("id"), (String) named.get("schema"));
            assertValid(named, ids);
            assertValid(sanction, ids);
            assertThat(named.get("schema")).isEqualTo(party.naturalPerson() ? "Person" : "LegalEntity");
            assertThat(named.toString()).doesNotContain("王五");
            assertThat(sanction.toString()).contains("罚款 30000 元", "京应急罚〔2025〕1号", "2026-03-01");
        }
    }

    @Test
    void anAccidentWithoutAKnownUnitIsAnEventInvolvingNoOne() {
        var accident = new Accident(
                "SG-9",
                "",
                LocalDate.of(2024, 7, 1),
                0,
                2,
                null,
                AccidentGrade.GENERAL,
                "物体打击",
                true,
                "620102",
                null,
                null);
        Map<String, Object> event = FollowTheMoney.accident(accident);
        assertValid(event, Map.of());
        assertThat(event.toString()).contains("生产安全事故 SG-9", "重伤 2 人").doesNotContain("involved");
    }
}
