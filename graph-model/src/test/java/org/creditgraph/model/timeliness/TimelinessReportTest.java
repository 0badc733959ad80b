package org.creditgraph.model.timeliness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.model.rules.HolidayCalendar;
import org.creditgraph.model.rules.HolidayCalendar.Entry;
import org.creditgraph.model.rules.HolidayCalendar.Kind;
import org.creditgraph.model.rules.WorkingDays;
import org.creditgraph.model.timeliness.TimelinessReport.PublicationSource;
import org.junit.jupiter.api.Test;

/** D10: the report over hand-made facts and a hand-made calendar. */
class TimelinessReportTest {

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    /** 2030 (made up): Monday 2030-03-11 .. Wednesday 03-13 off, Saturday 03-16 worked. */
    static final WorkingDays DAYS = new WorkingDays(HolidayCalendar.empty()
            .withYear(
                    2030,
                    List.of(
                            new Entry(d("2030-03-11"), Kind.HOLIDAY, "t"),
                            new Entry(d("2030-03-12"), Kind.HOLIDAY, "t"),
                            new Entry(d("2030-03-13"), Kind.HOLIDAY, "t"),
                            new Entry(d("2030-03-16"), Kind.WORKDAY, "t"))));

    static DisclosureFact fact(String authority, String number, String decided, String published, String loaded) {
        return new DisclosureFact(
                authority,
                authority + " name",
                number,
                d(decided),
                published == null ? null : d(published),
                loaded == null ? null : d(loaded),
                true,
                true);
    }

    @Test
    void d10_perAuthorityOnTimeLateAndSources() {
        // decided Mon 2030-03-04: T5 W6 T7 F8 (4), 11..13 off, T14 (5) F15 (6) S16 worked (7): deadline 03-16
        var facts = List.of(
                fact("A", "A-1", "2030-03-04", "2030-03-16", null), // on the deadline, a Saturday worked
                fact("A", "A-2", "2030-03-04", "2030-03-18", null), // 1 late
                fact("A", "A-3", "2030-03-04", null, "2030-03-20"), // first loaded: 3 late
                fact("A", "A-4", "2030-03-04", null, null), // unknown
                fact("B", "B-1", "2030-03-05", "2030-03-05", "2030-04-01"), // same day; the source wins
                new DisclosureFact("A", "A name", null, d("2030-03-04"), d("2030-03-19"), null, false, false));
        var report = TimelinessReport.build(d("2030-03-01"), d("2030-03-31"), facts, DAYS);
        assertThat(report.deadlineWorkingDays()).isEqualTo(7);
        assertThat(report.decisions()).isEqualTo(6);
        assertThat(report.publishedOnTime()).isEqualTo(2);
        assertThat(report.publishedLate()).isEqualTo(3);
        assertThat(report.publicationDateUnknown()).isEqualTo(1);
        assertThat(report.missingCalendarYears()).isEmpty();

        var a = report.authorities().getFirst();
        assertThat(a.authority().uscc()).isEqualTo("A");
        assertThat(a.authority().name()).isEqualTo("A name");
        assertThat(a.decisions()).isEqualTo(5);
        assertThat(a.publishedOnTime()).isEqualTo(1);
        assertThat(a.publishedLate()).isEqualTo(3);
        assertThat(a.publicationDateUnknown()).isEqualTo(1);
        assertThat(a.publishedOnFromSource()).isEqualTo(3);
        assertThat(a.publishedOnFromFirstLoad()).isEqualTo(1);
        assertThat(a.maxWorkingDaysLate()).isEqualTo(3);
        assertThat(a.averageWorkingDaysLate()).isEqualTo(2.0); // (1 + 3 + 2) / 3
        assertThat(a.onTimeShare()).isEqualTo(0.25);
        // the hidden one (D6) is counted, not listed
        assertThat(a.lateNotListed()).isEqualTo(1);
        assertThat(a.late())
                .extracting(TimelinessReport.LatePublication::decisionNumber)
                .containsExactly("A-3", "A-2");
        var worst = a.late().getFirst();
        assertThat(worst.publicationSource()).isEqualTo(PublicationSource.FIRST_LOADED);
        assertThat(worst.publishedOn()).isEqualTo(d("2030-03-20"));
        assertThat(worst.deadline()).isEqualTo(d("2030-03-16"));
        assertThat(worst.workingDaysTaken()).isEqualTo(10);
        assertThat(worst.workingDaysLate()).isEqualTo(3);
        assertThat(a.late().get(1).publicationSource()).isEqualTo(PublicationSource.SOURCE);

        var b = report.authorities().get(1);
        assertThat(b.publishedOnTime()).isEqualTo(1);
        assertThat(b.publishedLate()).isZero();
        assertThat(b.maxWorkingDaysLate()).isNull();
        assertThat(b.averageWorkingDaysLate()).isNull();
        assertThat(b.onTimeShare()).isEqualTo(1.0);
        assertThat(b.publishedOnFromSource()).isEqualTo(1);
        assertThat(b.publishedOnFromFirstLoad()).isZero();
    }

    @Test
    void d10_mostLateFirstThenByUscc() {
        var facts = List.of(
                fact("C", "C-1", "2030-03-04", "2030-03-04", null),
                fact("B", "B-1", "2030-03-04", "2030-03-04", null),
                fact("Z", "Z-1", "2030-03-04", "2030-04-30", null));
        var report = TimelinessReport.build(d("2030-03-01"), d("2030-03-31"), facts, DAYS);
        assertThat(report.authorities()).extracting(x -> x.authority().uscc()).containsExactly("Z", "B", "C");
    }

    @Test
    void d10_yearsWithoutCalendarAreNamed() {
        var facts = List.of(fact("A", "A-1", "2031-01-06", "2031-01-08", null));
        var report = TimelinessReport.build(d("2031-01-01"), d("2031-01-31"), facts, DAYS);
        assertThat(report.missingCalendarYears()).containsExactly(2031);
        assertThat(TimelinessReport.build(d("2031-01-01"), d("2031-01-31"), List.of(), DAYS)
                        .authorities())
                .isEmpty();
    }
}
