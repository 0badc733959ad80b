package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IndustryTest {

    @ParameterizedTest(name = "d5 \"{0}\" -> {1}")
    @CsvSource({
        "C3311, C",
        "C, C",
        "3311, C",
        "331, C",
        "33, C",
        "0610, B",
        "06, B",
        "c3311, C",
        "'Ｃ３３１１', C",
        "' B 0610 ', B",
        "T, T",
        "A0111, A",
        "G5436, G"
    })
    void d5_sectionOfCode(String code, char expected) {
        assertThat(Industry.section(code)).contains(expected);
    }

    @ParameterizedTest(name = "d5 division {0} -> {1}")
    @CsvSource({
        "01, A", "05, A", "06, B", "12, B", "13, C", "43, C", "44, D", "46, D", "47, E", "50, E",
        "51, F", "52, F", "53, G", "60, G", "61, H", "62, H", "63, I", "65, I", "66, J", "69, J",
        "70, K", "71, L", "72, L", "73, M", "75, M", "76, N", "79, N", "80, O", "82, O", "83, P",
        "84, Q", "85, Q", "86, R", "90, R", "91, S", "96, S", "97, T"
    })
    void d5_divisionRangeBoundaries(String division, char expected) {
        assertThat(Industry.section(division)).contains(expected);
        assertThat(Industry.section(division + "11")).contains(expected);
        assertThat(Industry.section(expected + division + "11")).contains(expected);
        assertThat(Industry.sectionOfDivision(Integer.parseInt(division))).contains(expected);
    }

    @ParameterizedTest(name = "d5 no section for \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"00", "0011", "98", "99", "U", "Z99", "3", "C33111", "A3311", "B13", "CC", "制造业", "3311a"})
    void d5_noSectionForMalformedOrContradictoryCode(String code) {
        assertThat(Industry.section(code)).isEmpty();
    }

    @Test
    void d5_sectionOfDivisionOutsideRange() {
        assertThat(Industry.sectionOfDivision(0)).isEmpty();
        assertThat(Industry.sectionOfDivision(98)).isEmpty();
        assertThat(Industry.sectionOfDivision(-5)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void d5_namesOfSectionsAndDivisionsFromTheShippedTable() {
        org.assertj.core.api.Assertions.assertThat(Industry.name("B0610")).contains("采矿业 · 煤炭开采和洗选业");
        org.assertj.core.api.Assertions.assertThat(Industry.name("2614")).contains("制造业 · 化学原料和化学制品制造业");
        org.assertj.core.api.Assertions.assertThat(Industry.name("E")).contains("建筑业");
        org.assertj.core.api.Assertions.assertThat(Industry.name("97")).contains("国际组织 · 国际组织");
        org.assertj.core.api.Assertions.assertThat(Industry.name("A3311")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(Industry.name("99")).isEmpty();
        org.assertj.core.api.Assertions.assertThat(Industry.name(null)).isEmpty();
        for (int division = 1; division <= 97; division++) {
            org.assertj.core.api.Assertions.assertThat(Industry.name(String.format("%02d", division)))
                    .as("division %02d", division)
                    .get()
                    .asString()
                    .contains(" · ");
        }
    }
}
