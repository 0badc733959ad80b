package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest(name = "d11 {0} 万元 = {1} 元")
    @CsvSource({
        "5, 50000",
        "1.5, 15000",
        "0.0001, 1",
        "0.00001, 0.1",
        "1.23456789, 12345.6789",
        "'1,234.5678', 12345678",
        "'１２３', 1230000",
        "' 12 3 ', 1230000",
        "'１，０００．５', 10005000",
        "0, 0",
        "0.00, 0",
        "+2, 20000",
        ".5, 5000"
    })
    void d11_wanToYuanIsExact(String text, String expected) {
        BigDecimal yuan = Money.wanToYuan(text);
        assertThat(yuan.toString()).isEqualTo(expected);
        assertThat(yuan).isEqualByComparingTo(expected);
    }

    @Test
    void d11_resultNeverRendersInScientificNotation() {
        BigDecimal yuan = Money.wanToYuan("5");
        assertThat(yuan.toString()).isEqualTo("50000");
        assertThat(yuan.scale()).isZero();
        assertThat(yuan).isEqualTo(new BigDecimal("50000"));
        assertThat(Money.wanToYuan("100").toString()).isEqualTo("1000000");
    }

    @Test
    void d11_explicitUnitInTheCellIsHonoured() {
        assertThat(Money.wanToYuan("5万元")).isEqualTo(new BigDecimal("50000"));
        assertThat(Money.wanToYuan("5万")).isEqualTo(new BigDecimal("50000"));
        assertThat(Money.wanToYuan("500元")).isEqualTo(new BigDecimal("500"));
        assertThat(Money.yuan("人民币5000元")).isEqualTo(new BigDecimal("5000"));
        assertThat(Money.yuan("3万元")).isEqualTo(new BigDecimal("30000"));
        assertThat(Money.yuan("￥1,000.50")).isEqualTo(new BigDecimal("1000.5"));
    }

    @Test
    void d11_yuanKeepsTheAmount() {
        assertThat(Money.yuan("20000").toString()).isEqualTo("20000");
        assertThat(Money.yuan("20000.00").toString()).isEqualTo("20000");
        assertThat(Money.yuan("0.01").toString()).isEqualTo("0.01");
        assertThat(Money.yuan("１２,３４５.６").toString()).isEqualTo("12345.6");
    }

    @ParameterizedTest(name = "d11 negative \"{0}\" rejected")
    @ValueSource(strings = {"-1", "－1", "-0.5万元", " -3 "})
    void d11_negativeRejected(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.wanToYuan(text))
                .withMessageContaining("negative")
                .withMessageContaining(text);
    }

    @ParameterizedTest(name = "d11 non-numeric \"{0}\" rejected")
    @ValueSource(strings = {"abc", "1.2.3", "1e5", "五万", "12元整", "1..2"})
    void d11_nonNumericRejected(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.wanToYuan(text))
                .withMessage("amount is not a number: \"" + text + "\" (expected 万元)");
    }

    @ParameterizedTest(name = "d11 bad grouping \"{0}\" rejected")
    @ValueSource(strings = {"12,34", "1,2345", ",123"})
    void d11_misplacedThousandsSeparatorRejected(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.yuan(text))
                .withMessageContaining("thousands separator");
    }

    @ParameterizedTest(name = "d11 empty \"{0}\" rejected")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "　"})
    void d11_emptyRejected(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Money.wanToYuan(text))
                .withMessageContaining("empty");
    }

    @Test
    void d11_toPlainString() {
        assertThat(Money.toPlainString(new BigDecimal("5E+4"))).isEqualTo("50000");
        assertThat(Money.toPlainString(new BigDecimal("1234.5000"))).isEqualTo("1234.5");
        assertThat(Money.toPlainString(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(Money.toPlainString(null)).isNull();
        assertThat(Money.canonical(new BigDecimal("1E+8")).toString()).isEqualTo("100000000");
    }
}
