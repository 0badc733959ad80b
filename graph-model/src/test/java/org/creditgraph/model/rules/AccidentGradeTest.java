package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccidentGradeTest {

    @Test
    void d2_deathsThreeIsLarger() {
        assertThat(AccidentGrade.of(2, 0, BigDecimal.ZERO)).isEqualTo(AccidentGrade.GENERAL);
        assertThat(AccidentGrade.of(3, 0, BigDecimal.ZERO)).isEqualTo(AccidentGrade.LARGER);
    }

    @ParameterizedTest(name = "d2 deaths {0} -> {1}")
    @CsvSource({
        "0, GENERAL",
        "2, GENERAL",
        "3, LARGER",
        "9, LARGER",
        "10, MAJOR",
        "29, MAJOR",
        "30, ESPECIALLY_MAJOR",
        "500, ESPECIALLY_MAJOR"
    })
    void d2_deathBoundaries(int deaths, AccidentGrade expected) {
        assertThat(AccidentGrade.of(deaths, 0, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "d2 serious injuries {0} -> {1}")
    @CsvSource({"9, GENERAL", "10, LARGER", "49, LARGER", "50, MAJOR", "99, MAJOR", "100, ESPECIALLY_MAJOR"})
    void d2_seriousInjuryBoundaries(int injuries, AccidentGrade expected) {
        assertThat(AccidentGrade.of(0, injuries, null)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "d2 loss {0} -> {1}")
    @CsvSource({
        "9999999.99, GENERAL",
        "10000000, LARGER",
        "10000000.00, LARGER",
        "49999999.99, LARGER",
        "50000000, MAJOR",
        "99999999.99, MAJOR",
        "100000000, ESPECIALLY_MAJOR"
    })
    void d2_directLossBoundaries(String loss, AccidentGrade expected) {
        assertThat(AccidentGrade.of(0, 0, new BigDecimal(loss))).isEqualTo(expected);
    }

    @Test
    void d2_highestMeasureWins() {
        assertThat(AccidentGrade.of(1, 55, BigDecimal.ZERO)).isEqualTo(AccidentGrade.MAJOR);
        assertThat(AccidentGrade.of(30, 0, BigDecimal.ZERO)).isEqualTo(AccidentGrade.ESPECIALLY_MAJOR);
        assertThat(AccidentGrade.of(0, 0, new BigDecimal("100000000"))).isEqualTo(AccidentGrade.ESPECIALLY_MAJOR);
        assertThat(AccidentGrade.of(2, 9, new BigDecimal("50000000"))).isEqualTo(AccidentGrade.MAJOR);
    }

    @Test
    void d2_lossGivenInWanIsConvertedFirst() {
        assertThat(AccidentGrade.of(0, 0, Money.wanToYuan("999.99"))).isEqualTo(AccidentGrade.GENERAL);
        assertThat(AccidentGrade.of(0, 0, Money.wanToYuan("1000"))).isEqualTo(AccidentGrade.LARGER);
        assertThat(AccidentGrade.of(0, 0, Money.wanToYuan("10,000"))).isEqualTo(AccidentGrade.ESPECIALLY_MAJOR);
    }

    @Test
    void d2_nullsCountAsZero() {
        assertThat(AccidentGrade.of(0, 0, null)).isEqualTo(AccidentGrade.GENERAL);
        assertThat(AccidentGrade.ofNullable(null, null, null)).isEqualTo(AccidentGrade.GENERAL);
        assertThat(AccidentGrade.ofNullable(null, 10, null)).isEqualTo(AccidentGrade.LARGER);
        assertThat(AccidentGrade.ofNullable(10, null, null)).isEqualTo(AccidentGrade.MAJOR);
    }

    @Test
    void d2_negativeFiguresRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AccidentGrade.of(-1, 0, null))
                .withMessageContaining("deaths");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AccidentGrade.of(0, 0, new BigDecimal("-1")))
                .withMessageContaining("loss");
    }

    @Test
    void d2_atLeastOrdersBySeverity() {
        assertThat(AccidentGrade.MAJOR.atLeast(AccidentGrade.MAJOR)).isTrue();
        assertThat(AccidentGrade.MAJOR.atLeast(AccidentGrade.LARGER)).isTrue();
        assertThat(AccidentGrade.MAJOR.atLeast(AccidentGrade.ESPECIALLY_MAJOR)).isFalse();
        assertThat(AccidentGrade.GENERAL.atLeast(AccidentGrade.LARGER)).isFalse();
        assertThat(AccidentGrade.ESPECIALLY_MAJOR.atLeast(AccidentGrade.GENERAL))
                .isTrue();
    }

    @Test
    void d2_chineseNames() {
        assertThat(AccidentGrade.GENERAL.zh()).isEqualTo("一般");
        assertThat(AccidentGrade.LARGER.zh()).isEqualTo("较大");
        assertThat(AccidentGrade.MAJOR.zh()).isEqualTo("重大");
        assertThat(AccidentGrade.ESPECIALLY_MAJOR.zh()).isEqualTo("特别重大");
    }

    @ParameterizedTest(name = "d2 claimed \"{0}\" -> {1}")
    @CsvSource({
        "一般, GENERAL",
        "一般事故, GENERAL",
        "较大, LARGER",
        "较大事故, LARGER",
        "重大, MAJOR",
        "重大事故, MAJOR",
        "重大生产安全事故, MAJOR",
        "特别重大, ESPECIALLY_MAJOR",
        "特别重大事故, ESPECIALLY_MAJOR",
        "' 特别重大　事故 ', ESPECIALLY_MAJOR",
        "ESPECIALLY_MAJOR, ESPECIALLY_MAJOR",
        "larger, LARGER"
    })
    void d2_parseClaimedGrade(String text, AccidentGrade expected) {
        assertThat(AccidentGrade.parseClaimed(text)).contains(expected);
    }

    @Test
    void d2_parseClaimedRejectsUnknownText() {
        assertThat(AccidentGrade.parseClaimed(null)).isEmpty();
        assertThat(AccidentGrade.parseClaimed("")).isEmpty();
        assertThat(AccidentGrade.parseClaimed("严重")).isEmpty();
        assertThat(AccidentGrade.parseClaimed("重大隐患")).isEmpty();
        assertThat(AccidentGrade.parseClaimed("事故")).isEmpty();
    }
}
