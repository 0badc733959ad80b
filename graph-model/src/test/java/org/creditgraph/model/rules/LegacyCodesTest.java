package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** D1: the legacy identifiers of lists published before the USCC (GB 11714, GS 15-2006). */
class LegacyCodesTest {

    @Test
    void d1_orgCodeExampleOfTheStandard() {
        // GB 11714-1997's own example: D2143569-X
        assertThat(LegacyCodes.orgCodeCheckCharacter("D2143569")).isEqualTo('X');
        assertThat(LegacyCodes.orgCode(LegacyCodes.normalise("D2143569-X")).valid())
                .isTrue();
    }

    @Test
    void d1_orgCodeEmbeddedInAValidUscc() {
        // 91110000600037341L (domain.md D1) embeds 600037341 at positions 9–17
        assertThat(LegacyCodes.orgCodeOf("91110000600037341L")).hasValue("600037341");
        assertThat(LegacyCodes.orgCode("600037341").valid()).isTrue();
    }

    @Test
    void d1_orgCodeCheckBoundaries_tenIsXElevenIsZero() {
        assertThat(LegacyCodes.orgCodeCheckCharacter("00000006")).isEqualTo('X');
        assertThat(LegacyCodes.orgCodeCheckCharacter("00000019")).isEqualTo('0');
        assertThat(LegacyCodes.orgCodeCheckCharacter("00000000")).isEqualTo('0');
        assertThat(LegacyCodes.orgCode("00000006X").valid()).isTrue();
        assertThat(LegacyCodes.orgCode("000000190").valid()).isTrue();
    }

    @Test
    void d1_orgCodeWithWrongCheckCharacterIsWellFormedButInvalid() {
        LegacyCodes.Check check = LegacyCodes.orgCode("600037342");
        assertThat(check.wellFormed()).isTrue();
        assertThat(check.checkDigitValid()).isFalse();
        assertThat(check.valid()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"60003734", "6000373410", "60003734Z", "6000-3734", ""})
    void d1_malformedOrgCodes(String code) {
        assertThat(LegacyCodes.orgCode(code).wellFormed()).isFalse();
        assertThat(LegacyCodes.orgCode(code).problem()).isPresent();
    }

    @Test
    void d1_lowerCaseFullWidthAndHyphenAreFolded() {
        assertThat(LegacyCodes.normalise(" ｄ２１４３５６９－ｘ ")).isEqualTo("D2143569X");
    }

    @Test
    void d1_registrationNumberMod1110() {
        assertThat(LegacyCodes.registrationCheckDigit("11010500000000")).isEqualTo('4');
        assertThat(LegacyCodes.registrationNumber("110105000000004").valid()).isTrue();
        assertThat(LegacyCodes.registrationNumber("110000000000009").valid()).isTrue();
    }

    @Test
    void d1_registrationNumberWithWrongCheckDigitIsKeptAsWellFormed() {
        LegacyCodes.Check check = LegacyCodes.registrationNumber("110105000000005");
        assertThat(check.wellFormed()).isTrue();
        assertThat(check.checkDigitValid()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010500000000", "1101050000000041", "11010500000000X", "1101082953931"})
    void d1_registrationNumberMustBeFifteenDigits(String number) {
        assertThat(LegacyCodes.registrationNumber(number).wellFormed()).isFalse();
    }

    @Test
    void d1_orgCodeOfAMalformedUsccIsEmpty() {
        assertThat(LegacyCodes.orgCodeOf("9111000060003734")).isEmpty();
        assertThat(LegacyCodes.orgCodeOf(null)).isEmpty();
    }
}
