package org.creditgraph.model.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * D10: working days (工作日) under a {@link HolidayCalendar}, and the disclosure deadline of a
 * decision.
 *
 * <p>Legal source: 安全生产法 (2021) Art. 78 para 2, "对生产经营单位作出处罚决定后七个工作日内在监督管理部门公示系统予以公开曝光";
 * 国办发〔2015〕51号, "自作出行政决定之日起7个工作日内上网公开"; 国办发〔2018〕118号, penalty decisions
 * within 7 working days, other enforcement decisions (行政执法决定) within 20 working days. As for every
 * period in days (民法典 Art. 201), the day of the decision does not count: the period is the first N
 * working days after the decision date, and ends with the last of them.
 *
 * <ul>
 *   <li>{@link #deadline}(decision, 7) is the 7th working day after the decision date; a publication on
 *       or before it is on time, one after it is late.
 *   <li>{@link #workingDaysBetween}(decision, publication) counts the working days after the decision
 *       date up to and including the publication date.
 *   <li>{@link #assess} gives the working days a publication took: a publication dated on a non-working
 *       day counts on the next working day (the period closes at the end of its last working day, so
 *       publishing on the Saturday after a Friday deadline is one working day late). Then "on time" is
 *       exactly "took at most N working days", and the working days late are "took − N".
 * </ul>
 *
 * Only the 7-day rule for penalties is applied by the report: the graph holds penalty decisions
 * only; {@link #OTHER_DECISIONS_DEADLINE} is here for the 20-day rule when other decisions are loaded.
 */
public final class WorkingDays {

    /** D10: penalties (行政处罚) are published within 7 working days of the decision. */
    public static final int PENALTY_DEADLINE = 7;

    /** D10: other enforcement decisions within 20 working days (国办发〔2018〕118号); not modelled yet. */
    public static final int OTHER_DECISIONS_DEADLINE = 20;

    private final HolidayCalendar calendar;

    public WorkingDays(HolidayCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    /** D10: a listed HOLIDAY is not a working day, a listed WORKDAY is; otherwise Monday to Friday. */
    public boolean isWorkingDay(LocalDate date) {
        HolidayCalendar.Entry e = calendar.entry(date);
        if (e != null) {
            return e.kind() == HolidayCalendar.Kind.WORKDAY;
        }
        return !HolidayCalendar.weekend(date);
    }

    /**
     * D10: the number of working days {@code d} with {@code from < d ≤ to}; 0 when {@code to} is not
     * after {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long count = weekdaysAfterUpTo(from, to);
        for (HolidayCalendar.Entry e : calendar.entriesAfterUpTo(from, to)) {
            boolean weekend = HolidayCalendar.weekend(e.date());
            if (e.kind() == HolidayCalendar.Kind.HOLIDAY && !weekend) {
                count--;
            } else if (e.kind() == HolidayCalendar.Kind.WORKDAY && weekend) {
                count++;
            }
        }
        return Math.toIntExact(count);
    }

    /** D10: the {@code n}-th working day after {@code decision} (the decision day not counted), n ≥ 1. */
    public LocalDate deadline(LocalDate decision, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a deadline needs at least 1 working day, got " + n);
        }
        LocalDate d = decision;
        int found = 0;
        while (found < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                found++;
            }
        }
        return d;
    }

    /** The date itself when it is a working day, else the next working day. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * D10: how long the publication of a decision took against a deadline of {@code n} working days.
     *
     * @param workingDaysTaken working days after the decision date up to the publication date, a
     *     publication on a non-working day counted on the next working day; 0 for a publication on
     *     or before the decision date
     * @param workingDaysLate {@code workingDaysTaken − n} when late, else 0
     * @param missingCalendarYears years between the decision and the later of deadline and
     *     publication with no holiday calendar: counted Monday to Friday there
     */
    public record Assessment(
            LocalDate deadline,
            int workingDaysTaken,
            boolean onTime,
            int workingDaysLate,
            List<Integer> missingCalendarYears) {}

    /** D10: see {@link Assessment}. */
    public Assessment assess(LocalDate decision, LocalDate publication, int n) {
        LocalDate deadline = deadline(decision, n);
        LocalDate counted = publication.isAfter(decision) ? nextWorkingDayOnOrAfter(publication) : decision;
        int taken = workingDaysBetween(decision, counted);
        boolean onTime = !publication.isAfter(deadline);
        LocalDate last = counted.isAfter(deadline) ? counted : deadline;
        return new Assessment(deadline, taken, onTime, onTime ? 0 : taken - n, calendar.missingYears(decision, last));
    }

    /** Mondays to Fridays in {@code (from, to]}, from &lt; to. */
    private static long weekdaysAfterUpTo(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        long count = days / 7 * 5;
        LocalDate d = from.plusDays(days / 7 * 7);
        while (d.isBefore(to)) {
            d = d.plusDays(1);
            if (!HolidayCalendar.weekend(d)) {
                count++;
            }
        }
        return count;
    }
}
