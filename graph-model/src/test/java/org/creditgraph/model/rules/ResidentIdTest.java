package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResidentIdTest {

    @Test
    void d1_validNumbers() {
        assertThat(ResidentId.problem("11010519491231002X")).isEmpty();
        assertThat(ResidentId.problem("440524188001010014")).isEmpty();
        assertThat(ResidentId.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentId.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThat(ResidentId.withCheckCharacter("11010519491231002")).isEqualTo("11010519491231002X");
    }

    @Test
    void d1_normaliseUpperCasesAndFolds() {
        assertThat(ResidentId.normalise(" 11010519491231002x ")).isEqualTo("11010519491231002X");
        assertThat(ResidentId.normalise("１１０１０５１９４９１２３１００２Ｘ")).isEqualTo("11010519491231002X");
        assertThat(ResidentId.normalise(null)).isEmpty();
    }

    @Test
    void d12_maskKeepsFirstSixAndLastFour() {
        assertThat(ResidentId.mask("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(ResidentId.mask("440524188001010014")).isEqualTo("440524********0014");
    }

    @Test
    void d1_impossibleBirthDateRejected() {
        String number = ResidentId.withCheckCharacter("11010519990230002");
        assertThat(ResidentId.problem(number))
                .contains("positions 7-14 of a resident ID number must be a real birth date");
    }

    @Test
    void d1_wrongCheckCharacterRejected() {
        assertThat(ResidentId.problem("110105194912310021")).contains("check character at position 18 should be X");
        assertThat(ResidentId.problem("440524188001010015")).contains("check character at position 18 should be 4");
    }

    @Test
    void d1_wrongLengthOrCharactersRejected() {
        assertThat(ResidentId.problem("11010519491231002"))
                .contains("resident ID number must have 18 characters, got 17");
        assertThat(ResidentId.problem("1101051949123100A2"))
                .contains("position 17 of a resident ID number must be a digit");
        assertThat(ResidentId.problem("11010519491231002Y"))
                .contains("position 18 of a resident ID number must be a digit or X");
    }
}
