package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.creditgraph.model.calendar.CalendarFiles;
import org.creditgraph.model.rules.HolidayCalendar.Entry;
import org.creditgraph.model.rules.HolidayCalendar.Kind;
import org.junit.jupiter.api.Test;

/**
 * D10 over a hand-made calendar (not the shipped files): a Spring Festival break with a Sunday
 * before and a Saturday after worked, a New Year moved into the previous December, and a year with
 * no calendar at all.
 */
class WorkingDaysTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Entry holiday(String iso) {
        return new Entry(d(iso), Kind.HOLIDAY, "test");
    }

    static Entry workday(String iso) {
        return new Entry(d(iso), Kind.WORKDAY, "test");
    }

    /**
     * 2030 (made up): Spring Festival off Mon 2030-02-04 .. Sun 2030-02-10 with Sunday 02-03 and
     * Saturday 02-16 worked; a one-day holiday on Wednesday 2030-05-01. 2031: New Year off Sat
     * 2030-12-28 .. Wed 2031-01-01 with Sunday 2030-12-22 worked (moved into December 2030 by the
     * 2031 notice). 2032 has no calendar.
     */
    static final HolidayCalendar CALENDAR = HolidayCalendar.empty()
            .withYear(
                    2030,
                    List.of(
                            workday("2030-02-03"),
                            holiday("2030-02-04"),
                            holiday("2030-02-05"),
                            holiday("2030-02-06"),
                            holiday("2030-02-07"),
                            holiday("2030-02-08"),
                            holiday("2030-02-09"),
                            holiday("2030-02-10"),
                            workday("2030-02-16"),
                            holiday("2030-05-01")))
            .withYear(
                    2031,
                    List.of(
                            workday("2030-12-22"),
                            holiday("2030-12-28"),
                            holiday("2030-12-29"),
                            holiday("2030-12-30"),
                            holiday("2030-12-31"),
                            holiday("2031-01-01")));

    static final WorkingDays DAYS = new WorkingDays(CALENDAR);

    @Test
    void d10_weekdaysWorkWeekendsDoNot() {
        assertThat(DAYS.isWorkingDay(d("2030-03-01"))).isTrue(); // Friday
        assertThat(DAYS.isWorkingDay(d("2030-03-02"))).isFalse(); // Saturday
        assertThat(DAYS.isWorkingDay(d("2030-03-03"))).isFalse(); // Sunday
        assertThat(DAYS.isWorkingDay(d("2030-03-04"))).isTrue(); // Monday
    }

    @Test
    void d10_holidaysOnWeekdaysDoNotWorkAndAdjustedWeekendDaysDo() {
        assertThat(DAYS.isWorkingDay(d("2030-02-04"))).isFalse(); // Monday, Spring Festival
        assertThat(DAYS.isWorkingDay(d("2030-05-01"))).isFalse(); // Wednesday, Labour Day
        assertThat(DAYS.isWorkingDay(d("2030-02-03"))).isTrue(); // Sunday worked (调休)
        assertThat(DAYS.isWorkingDay(d("2030-02-16"))).isTrue(); // Saturday worked (调休)
        assertThat(DAYS.isWorkingDay(d("2030-02-17"))).isFalse(); // the Sunday after is off
    }

    @Test
    void d10_workingDaysBetweenCountsAfterTheFirstDateUpToAndIncludingTheSecond() {
        // Mon 03-04 .. Mon 03-11: Tue..Fri (4) + Mon (1)
        assertThat(DAYS.workingDaysBetween(d("2030-03-04"), d("2030-03-11"))).isEqualTo(5);
        assertThat(DAYS.workingDaysBetween(d("2030-03-04"), d("2030-03-04"))).isZero();
        assertThat(DAYS.workingDaysBetween(d("2030-03-04"), d("2030-03-05"))).isEqualTo(1);
        assertThat(DAYS.workingDaysBetween(d("2030-03-05"), d("2030-03-04"))).isZero();
        // Fri 03-01 to Sun 03-03: the weekend adds nothing
        assertThat(DAYS.workingDaysBetween(d("2030-03-01"), d("2030-03-03"))).isZero();
    }

    @Test
    void d10_holidaySpanAndAdjustedDaysInACount() {
        // Fri 02-01 .. Mon 02-18: Sun 02-03 (worked), the break 02-04..02-10 (off), Mon 02-11 .. Fri
        // 02-15 (5), Sat 02-16 (worked), Mon 02-18 (1) = 1 + 5 + 1 + 1
        assertThat(DAYS.workingDaysBetween(d("2030-02-01"), d("2030-02-18"))).isEqualTo(8);
    }

    @Test
    void d10_deadlineAcrossTheSpringFestival() {
        // decided Thu 01-31: Fri 02-01 (1), Sun 02-03 worked (2), break, Mon 02-11 .. Fri 02-15 (3..7)
        LocalDate deadline = DAYS.deadline(d("2030-01-31"), 7);
        assertThat(deadline).isEqualTo(d("2030-02-15"));
        // weekends only would have given Mon 02-11
        assertThat(new WorkingDays(HolidayCalendar.empty()).deadline(d("2030-01-31"), 7))
                .isEqualTo(d("2030-02-11"));
    }

    @Test
    void d10_dayBeforeOfAndAfterTheDeadline() {
        LocalDate decided = d("2030-01-31");
        var before = DAYS.assess(decided, d("2030-02-14"), 7);
        var of = DAYS.assess(decided, d("2030-02-15"), 7);
        var after = DAYS.assess(decided, d("2030-02-16"), 7); // the Saturday worked
        assertThat(before.onTime()).isTrue();
        assertThat(before.workingDaysTaken()).isEqualTo(6);
        assertThat(before.workingDaysLate()).isZero();
        assertThat(of.onTime()).isTrue();
        assertThat(of.workingDaysTaken()).isEqualTo(7);
        assertThat(after.onTime()).isFalse();
        assertThat(after.workingDaysTaken()).isEqualTo(8);
        assertThat(after.workingDaysLate()).isEqualTo(1);
        assertThat(after.deadline()).isEqualTo(d("2030-02-15"));
    }

    @Test
    void d10_aSaturdayWorkedCountsLikeAnyWorkingDay() {
        // decided Fri 02-15: Sat 02-16 worked is day 1, Mon 02-18 day 2
        assertThat(DAYS.deadline(d("2030-02-15"), 1)).isEqualTo(d("2030-02-16"));
        assertThat(DAYS.deadline(d("2030-02-15"), 2)).isEqualTo(d("2030-02-18"));
        assertThat(DAYS.workingDaysBetween(d("2030-02-15"), d("2030-02-16"))).isEqualTo(1);
    }

    @Test
    void d10_aPublicationOnANonWorkingDayCountsOnTheNextWorkingDay() {
        // decided Mon 03-04, deadline Wed 03-13; published Sat 03-16 after it: counted on Mon 03-18
        LocalDate decided = d("2030-03-04");
        assertThat(DAYS.deadline(decided, 7)).isEqualTo(d("2030-03-13"));
        var saturday = DAYS.assess(decided, d("2030-03-16"), 7);
        assertThat(saturday.onTime()).isFalse();
        assertThat(saturday.workingDaysTaken()).isEqualTo(10);
        assertThat(saturday.workingDaysLate()).isEqualTo(3);
        // decided Mon 03-04, published Sat 03-09 before the deadline: on time
        var early = DAYS.assess(decided, d("2030-03-09"), 7);
        assertThat(early.onTime()).isTrue();
        assertThat(early.workingDaysTaken()).isEqualTo(5);
        // decided Wed 03-06, deadline Fri 03-15, published on the Saturday after: one working day late
        var justAfter = DAYS.assess(d("2030-03-06"), d("2030-03-16"), 7);
        assertThat(justAfter.deadline()).isEqualTo(d("2030-03-15"));
        assertThat(justAfter.onTime()).isFalse();
        assertThat(justAfter.workingDaysLate()).isEqualTo(1);
    }

    @Test
    void d10_publicationOnOrBeforeTheDecisionDayTookNoWorkingDay() {
        var same = DAYS.assess(d("2030-03-04"), d("2030-03-04"), 7);
        assertThat(same.onTime()).isTrue();
        assertThat(same.workingDaysTaken()).isZero();
        var before = DAYS.assess(d("2030-03-04"), d("2030-03-01"), 7);
        assertThat(before.onTime()).isTrue();
        assertThat(before.workingDaysTaken()).isZero();
    }

    @Test
    void d10_yearBoundaryWithTheNewYearMovedIntoDecember() {
        assertThat(DAYS.isWorkingDay(d("2030-12-22"))).isTrue(); // Sunday worked, listed in 2031's file
        assertThat(DAYS.isWorkingDay(d("2030-12-30"))).isFalse(); // Monday off
        assertThat(DAYS.isWorkingDay(d("2031-01-02"))).isTrue(); // Thursday
        // decided Tue 12-24: Wed 25, Thu 26, Fri 27 (3), break to 01-01, Thu 01-02 (4), Fri 01-03 (5),
        // Mon 01-06 (6), Tue 01-07 (7)
        assertThat(DAYS.deadline(d("2030-12-24"), 7)).isEqualTo(d("2031-01-07"));
        assertThat(DAYS.workingDaysBetween(d("2030-12-24"), d("2031-01-07"))).isEqualTo(7);
        var a = DAYS.assess(d("2030-12-24"), d("2031-01-08"), 7);
        assertThat(a.workingDaysLate()).isEqualTo(1);
        assertThat(a.missingCalendarYears()).isEmpty();
    }

    @Test
    void d10_aYearWithoutCalendarIsCountedMondayToFridayAndNamed() {
        assertThat(CALENDAR.covers(2032)).isFalse();
        // decided Fri 2031-12-26 (2031 covered); the count runs into 2032, which has no calendar
        var a = DAYS.assess(d("2031-12-26"), d("2032-01-02"), 7);
        assertThat(a.missingCalendarYears()).containsExactly(2032);
        assertThat(a.deadline()).isEqualTo(d("2032-01-06"));
        assertThat(a.onTime()).isTrue();
        assertThat(DAYS.assess(d("2031-03-03"), d("2031-03-05"), 7).missingCalendarYears())
                .isEmpty();
        assertThat(CALENDAR.missingYears(d("2029-06-01"), d("2032-01-01"))).containsExactly(2029, 2032);
    }

    @Test
    void d10_twentyWorkingDaysForOtherDecisions() {
        // decided Mon 03-04: 20 working days = four full weeks, Mon 04-01
        assertThat(DAYS.deadline(d("2030-03-04"), WorkingDays.OTHER_DECISIONS_DEADLINE))
                .isEqualTo(d("2030-04-01"));
        assertThatThrownBy(() -> DAYS.deadline(d("2030-03-04"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void d10_countAgreesWithADayByDayCountOverTheShippedCalendar() {
        WorkingDays shipped =
                new WorkingDays(CalendarFiles.load(java.util.Optional.empty()).calendar());
        Random random = new Random(10);
        LocalDate start = d("2014-12-01");
        for (int i = 0; i < 500; i++) {
            LocalDate from = start.plusDays(random.nextInt(4500));
            LocalDate to = from.plusDays(random.nextInt(800) - 20);
            int naive = 0;
            for (LocalDate x = from.plusDays(1); !x.isAfter(to); x = x.plusDays(1)) {
                if (shipped.isWorkingDay(x)) {
                    naive++;
                }
            }
            assertThat(shipped.workingDaysBetween(from, to))
                    .as(from + ".." + to)
                    .isEqualTo(naive);
        }
    }
}
