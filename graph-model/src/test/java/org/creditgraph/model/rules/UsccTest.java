package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    private static final String VALID = "91110000600037341L";

    @Test
    void d1_validCode() {
        Uscc.Check check = Uscc.check(VALID);
        assertThat(check.problem()).isEmpty();
        assertThat(check.wellFormed()).isTrue();
        assertThat(check.checkDigitValid()).isTrue();
        assertThat(check.valid()).isTrue();
        assertThat(check.expectedCheckCharacter()).isEqualTo('L');
        assertThat(Uscc.checkCharacter(VALID.substring(0, 17))).isEqualTo('L');
        assertThat(Uscc.withCheckCharacter(VALID.substring(0, 17))).isEqualTo(VALID);
    }

    @Test
    void d1_invalidExampleIsRejected() {
        Uscc.Check check = Uscc.check("91350100M000100Y4Z");
        assertThat(check.valid()).isFalse();
        assertThat(check.wellFormed()).isFalse();
        assertThat(check.problem())
                .hasValueSatisfying(p -> assertThat(p).contains("'Z'").contains("position 18"));
    }

    @Test
    void d1_wellFormedCodeWithWrongCheckCharacter() {
        Uscc.Check check = Uscc.check("91110000600037341A");
        assertThat(check.wellFormed()).isTrue();
        assertThat(check.checkDigitValid()).isFalse();
        assertThat(check.valid()).isFalse();
        assertThat(check.expectedCheckCharacter()).isEqualTo('L');
    }

    @Test
    void d1_normaliseFoldsCaseWidthAndSpaces() {
        assertThat(Uscc.normalise("91110000600037341l")).isEqualTo(VALID);
        assertThat(Uscc.normalise("９１１１００００６０００３７３４１Ｌ")).isEqualTo(VALID);
        assertThat(Uscc.normalise("  9111 0000 6000 3734 1L　")).isEqualTo(VALID);
        assertThat(Uscc.normalise(null)).isEmpty();
        assertThat(Uscc.check(Uscc.normalise("９１１１００００６０００３７３４１ｌ")).valid()).isTrue();
    }

    @ParameterizedTest(name = "d1 forbidden letter {0}")
    @ValueSource(strings = {"I", "O", "S", "V", "Z"})
    void d1_forbiddenLettersMakeCodeMalformed(String letter) {
        String code = "91110000" + letter + "00037341L";
        Uscc.Check check = Uscc.check(code);
        assertThat(check.wellFormed()).isFalse();
        assertThat(check.problem())
                .hasValueSatisfying(
                        p -> assertThat(p).contains("'" + letter + "'").contains("position 9"));
    }

    @ParameterizedTest(name = "d1 length of \"{0}\"")
    @ValueSource(strings = {"", "9111000060003734", "91110000600037341", "91110000600037341LL"})
    void d1_wrongLengthIsMalformed(String code) {
        Uscc.Check check = Uscc.check(code);
        assertThat(check.wellFormed()).isFalse();
        assertThat(check.problem()).contains("USCC must have 18 characters, got " + code.length());
    }

    @Test
    void d1_placeholderOfIndividualBusinessIsAbsent() {
        assertThat(Uscc.isPlaceholder("00000000000000000X")).isTrue();
        assertThat(Uscc.isPlaceholder(VALID)).isFalse();
        assertThat(Uscc.isPlaceholder(Uscc.normalise("０".repeat(17) + "ｘ"))).isTrue();
    }
}
