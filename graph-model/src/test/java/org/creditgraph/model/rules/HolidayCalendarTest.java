package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.model.rules.HolidayCalendar.Kind;
import org.junit.jupiter.api.Test;

/** D10: the calendar file format, and the mistakes it refuses with file and line. */
class HolidayCalendarTest {

    static List<HolidayCalendar.Entry> parse(int year, String... lines) {
        return HolidayCalendar.parse(year, "cn-" + year + ".csv", List.of(lines));
    }

    @Test
    void d10_commentsHeaderBomAndNames() {
        var entries = parse(
                2019,
                "\uFEFF# 国务院办公厅关于2019年部分节假日安排的通知",
                "",
                "date,kind,name",
                "2018-12-29,WORKDAY,元旦调休上班",
                "2018-12-31,holiday,元旦",
                "2019-01-01,HOLIDAY,元旦, with a comma",
                "2019-02-02,WORKDAY");
        assertThat(entries).hasSize(4);
        assertThat(entries.get(0).kind()).isEqualTo(Kind.WORKDAY);
        assertThat(entries.get(1).kind()).isEqualTo(Kind.HOLIDAY);
        assertThat(entries.get(2).name()).isEqualTo("元旦, with a comma");
        assertThat(entries.get(3).name()).isEmpty();
        HolidayCalendar calendar = HolidayCalendar.empty().withYear(2019, entries);
        assertThat(calendar.covers(2019)).isTrue();
        assertThat(calendar.covers(2018)).isFalse();
        assertThat(calendar.entry(LocalDate.parse("2018-12-31")).kind()).isEqualTo(Kind.HOLIDAY);
        assertThat(calendar.years()).containsExactly(2019);
    }

    @Test
    void d10_anEmptyYearIsCoveredWithWeekendsOnly() {
        HolidayCalendar calendar = HolidayCalendar.empty().withYear(2040, parse(2040, "date,kind,name"));
        assertThat(calendar.covers(2040)).isTrue();
        assertThat(new WorkingDays(calendar).isWorkingDay(LocalDate.parse("2040-01-02")))
                .isTrue();
    }

    @Test
    void d10_mistakesNameTheFileAndLine() {
        assertThatThrownBy(() -> parse(2024, "day,type", "2024-01-01,HOLIDAY"))
                .hasMessageContaining("cn-2024.csv line 1")
                .hasMessageContaining("header");
        assertThatThrownBy(() -> parse(2024, "date,kind,name", "2024/01/01,HOLIDAY,元旦"))
                .hasMessageContaining("cn-2024.csv line 2")
                .hasMessageContaining("yyyy-MM-dd");
        assertThatThrownBy(() -> parse(2024, "date,kind,name", "2024-01-01,OFF,元旦"))
                .hasMessageContaining("HOLIDAY or WORKDAY");
        assertThatThrownBy(() -> parse(2024, "date,kind,name", "2024-02-05,WORKDAY,Monday"))
                .hasMessageContaining("line 2")
                .hasMessageContaining("only a Saturday or Sunday");
        assertThatThrownBy(() -> parse(2024, "date,kind,name", "2025-01-01,HOLIDAY,next year"))
                .hasMessageContaining("does not belong to the calendar of 2024");
        assertThatThrownBy(() -> parse(2024, "date,kind,name", "2023-11-30,HOLIDAY,last November"))
                .hasMessageContaining("does not belong");
        assertThatThrownBy(() -> parse(2024, "date,kind,name", "2024-01-01"))
                .hasMessageContaining("expected date,kind");
        assertThatThrownBy(() -> parse(2024, "# only a comment")).hasMessageContaining("no header");
    }

    @Test
    void d10_aDateListedTwiceIsRefused() {
        var entries = parse(2024, "date,kind,name", "2024-01-01,HOLIDAY,a", "2024-01-01,HOLIDAY,b");
        assertThatThrownBy(() -> HolidayCalendar.empty().withYear(2024, entries))
                .hasMessageContaining("2024-01-01 is listed twice");
        // also across files: 2023-12-31 in 2023's file and, as New Year's Eve, in 2024's
        HolidayCalendar y2023 =
                HolidayCalendar.empty().withYear(2023, parse(2023, "date,kind,name", "2023-12-31,HOLIDAY,x"));
        var y2024 = parse(2024, "date,kind,name", "2023-12-31,HOLIDAY,y");
        assertThatThrownBy(() -> y2023.withYear(2024, y2024)).hasMessageContaining("2023-12-31 is listed twice");
    }

    @Test
    void d10_aYearGivenAgainReplacesTheEarlierEntries() {
        HolidayCalendar first = HolidayCalendar.empty().withYear(2024, parse(2024, "date,kind", "2024-01-01,HOLIDAY"));
        HolidayCalendar second = first.withYear(2024, parse(2024, "date,kind", "2024-01-02,HOLIDAY"));
        assertThat(second.entry(LocalDate.parse("2024-01-01"))).isNull();
        assertThat(second.entry(LocalDate.parse("2024-01-02"))).isNotNull();
        assertThat(first.entry(LocalDate.parse("2024-01-01"))).isNotNull();
    }
}
