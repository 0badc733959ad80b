package org.creditgraph.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.IntStream;
import org.creditgraph.model.rules.HolidayCalendar;
import org.creditgraph.model.rules.WorkingDays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** D10: the shipped calendar files for 2015–2026, and a regulator's own directory. */
class CalendarFilesTest {

    static final HolidayCalendar SHIPPED = CalendarFiles.load(Optional.empty()).calendar();
    static final WorkingDays DAYS = new WorkingDays(SHIPPED);

    static boolean works(String iso) {
        return DAYS.isWorkingDay(LocalDate.parse(iso));
    }

    @Test
    void d10_shippedYears() {
        assertThat(SHIPPED.years())
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(2015, 2026).boxed().toList());
    }

    @Test
    void d10_shippedDaysFromTheNotices() {
        // 2024 Spring Festival: 02-10..17 off, Sunday 02-04 and Sunday 02-18 worked, 除夕 02-09 worked
        assertThat(works("2024-02-04")).isTrue();
        assertThat(works("2024-02-09")).isTrue();
        assertThat(works("2024-02-12")).isFalse();
        assertThat(works("2024-02-18")).isTrue();
        // 2020 Spring Festival extended to 02-02 (国办发明电〔2020〕1号): 01-31 off, Saturday 02-01 not worked
        assertThat(works("2020-01-31")).isFalse();
        assertThat(works("2020-02-01")).isFalse();
        assertThat(works("2020-02-03")).isTrue();
        assertThat(works("2020-01-19")).isTrue();
        // 2019 New Year in the 2019 notice: Saturday 2018-12-29 worked, Monday 2018-12-31 off
        assertThat(works("2018-12-29")).isTrue();
        assertThat(works("2018-12-31")).isFalse();
        // 2019 Labour Day as amended: 05-01..04 off, Sunday 04-28 and Sunday 05-05 worked
        assertThat(works("2019-05-02")).isFalse();
        assertThat(works("2019-05-05")).isTrue();
        // 2015: 70th anniversary of the victory, 09-03..05 off, Sunday 09-06 worked
        assertThat(works("2015-09-04")).isFalse();
        assertThat(works("2015-09-06")).isTrue();
        // 2025: 除夕 a holiday under the amended rules
        assertThat(works("2025-01-28")).isFalse();
        // 2026: nine days of Spring Festival, Saturdays 02-14 and 02-28 worked
        assertThat(works("2026-02-23")).isFalse();
        assertThat(works("2026-02-14")).isTrue();
        assertThat(works("2026-02-28")).isTrue();
        assertThat(works("2026-09-20")).isTrue();
    }

    /**
     * A check of the data against the law rather than against itself: every statutory holiday
     * (全国年节及纪念日放假办法) costs exactly one weekday, directly or by 补休, and 调休 moves days
     * without changing their number. So weekday holidays minus weekend workdays is 11 per year
     * (13 from 2025, when 除夕 and 5月2日 were added), plus 1 in 2015 (9月3日 anniversary) and 2 in
     * 2020 (the extended Spring Festival).
     */
    @Test
    void d10_eachYearCostsTheStatutoryNumberOfWeekdays() {
        for (int year = 2015; year <= 2026; year++) {
            int net = 0;
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (weekend == DAYS.isWorkingDay(d)) {
                    net += weekend ? -1 : 1;
                }
            }
            int expected = (year >= 2025 ? 13 : 11) + (year == 2015 ? 1 : 0) + (year == 2020 ? 2 : 0);
            assertThat(net).as("year " + year).isEqualTo(expected);
        }
    }

    @Test
    void d10_aDirectoryAddsAYearAndReplacesAShippedOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("cn-2027.csv"), "# a regulator's file\ndate,kind,name\n2027-01-01,HOLIDAY,元旦\n");
        Files.writeString(dir.resolve("cn-2024.csv"), "date,kind,name\n2024-01-02,HOLIDAY,corrected\n");
        Files.writeString(dir.resolve("README.txt"), "ignored");
        var loaded = CalendarFiles.load(Optional.of(dir));
        HolidayCalendar calendar = loaded.calendar();
        assertThat(calendar.covers(2027)).isTrue();
        assertThat(calendar.entry(LocalDate.parse("2027-01-01")).kind()).isEqualTo(HolidayCalendar.Kind.HOLIDAY);
        assertThat(calendar.entry(LocalDate.parse("2024-02-12"))).isNull();
        assertThat(calendar.entry(LocalDate.parse("2024-01-02")).name()).isEqualTo("corrected");
        assertThat(loaded.sources())
                .anySatisfy(s -> assertThat(s.location()).endsWith("cn-2027.csv"))
                .anySatisfy(s -> assertThat(s.location()).startsWith("classpath:calendar/cn-2015"));
    }

    @Test
    void d10_aBadFileOrMissingDirectoryStopsTheStart(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> CalendarFiles.load(Optional.of(dir.resolve("nope"))))
                .hasMessageContaining("is not a directory");
        Files.writeString(dir.resolve("cn-2027.csv"), "date,kind,name\n2027-01-04,WORKDAY,Monday\n");
        assertThatThrownBy(() -> CalendarFiles.load(Optional.of(dir)))
                .hasMessageContaining("cn-2027.csv line 2")
                .hasMessageContaining("Saturday or Sunday");
    }
}
