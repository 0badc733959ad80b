package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dates feed the time rules D3 (listings) and D6 (decision and publicity dates). */
class DatesTest {

    private static final LocalDate JAN_5 = LocalDate.of(2023, 1, 5);

    @ParameterizedTest(name = "d3d6 \"{0}\" is 2023-01-05")
    @ValueSource(
            strings = {
                "2023-01-05",
                "2023-1-5",
                "2023/01/05",
                "2023/1/5",
                "2023.01.05",
                "20230105",
                "2023年1月5日",
                "2023年01月05日",
                "2023年1月5号",
                "2023 年 1 月 5 日",
                " 2023-01-05 ",
                "２０２３－０１－０５",
                "２０２３年１月５日",
                "2023-01-05 00:00:00",
                "2023-01-05 23:59",
                "2023-01-05T00:00",
                "2023-01-05T10:15:30.123",
                "2023/1/5 8:00",
                "20230105 00:00:00",
                "2023年1月5日 10:30"
            })
    void d3d6_acceptedFormats(String text) {
        assertThat(Dates.parse(text)).isEqualTo(JAN_5);
    }

    @Test
    void d3d6_leapDay() {
        assertThat(Dates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Dates.parse("2024年2月29日")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dates.parse("2023-02-29"))
                .withMessage("impossible date 2023-02-29");
    }

    @ParameterizedTest(name = "d3d6 impossible \"{0}\"")
    @ValueSource(strings = {"2023-02-30", "2023/2/30", "2023.02.30", "20230230", "2023年2月30日", "2023-02-30 00:00:00"})
    void d3d6_impossibleDateRejected(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dates.parse(text))
                .withMessage("impossible date 2023-02-30");
    }

    @Test
    void d3d6_impossibleMonthRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dates.parse("2023-13-01"))
                .withMessage("impossible date 2023-13-01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dates.parse("20230001"))
                .withMessage("impossible date 2023-00-01");
    }

    @ParameterizedTest(name = "d3d6 unrecognised \"{0}\"")
    @ValueSource(
            strings = {
                "abc",
                "2023-01",
                "2023-01/05",
                "23-01-05",
                "2023-001-05",
                "202315",
                "2023年1月5",
                "2023-01-05 morning"
            })
    void d3d6_unrecognisedFormatRejected(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dates.parse(text))
                .withMessage("unrecognised date format \"" + text + "\"");
    }

    @Test
    void d3d6_emptyTextIsUnrecognisedButOptionalIsEmpty() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Dates.parse(null))
                .withMessage("unrecognised date format \"\"");
        assertThatIllegalArgumentException().isThrownBy(() -> Dates.parse(" ")).withMessageStartingWith("unrecognised");
        assertThat(Dates.optional(null)).isEmpty();
        assertThat(Dates.optional("　")).isEmpty();
        assertThat(Dates.optional("2023/1/5")).contains(JAN_5);
        assertThatIllegalArgumentException().isThrownBy(() -> Dates.optional("abc"));
    }
}
