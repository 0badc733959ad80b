package org.creditgraph.model.timeliness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.creditgraph.model.Authority;
import org.creditgraph.model.rules.WorkingDays;

/**
 * D10, the disclosure-timeliness report: a pure function from the penalty decisions of a period (by
 * decision date) to, per deciding authority, how many were published within {@link
 * WorkingDays#PENALTY_DEADLINE} working days.
 *
 * <ul>
 *   <li>Publication date: the source's 公示日期 ({@link PublicationSource#SOURCE}) or, failing that, the
 *       day the record was first loaded ({@link PublicationSource#FIRST_LOADED}), an upper bound: the
 *       record was public at the latest when it was loaded. A penalty with neither is counted in
 *       {@code publicationDateUnknown} and neither on time nor late. (The graph only holds decisions
 *       that were published in a source file, so "never published" cannot be observed: every penalty
 *       the loaders wrote has its first-load time.)
 *   <li>On time / late and working days late: {@link WorkingDays#assess}.
 *   <li>Every decision counts, also one changed or annulled later (撤销, 变更, 确认无效) or past its
 *       publicity window: the duty to publish arose with the decision. The details of a late
 *       publication are listed only when the caller may see that penalty ({@link
 *       DisclosureFact#listable}, D6); the others are counted in {@code lateNotListed}.
 *   <li>Authorities with the most late publications first, then by USCC; late publications with the
 *       longest delay first, then by decision date and number.
 * </ul>
 */
public final class TimelinessReport {

    /** Where the publication date of a decision came from. */
    public enum PublicationSource {
        /** 公示日期 given by the source. */
        SOURCE,
        /** The first time the record was loaded into the graph. */
        FIRST_LOADED
    }

    /** One publication after the deadline. */
    public record LatePublication(
            String decisionNumber,
            LocalDate decidedOn,
            LocalDate publishedOn,
            PublicationSource publicationSource,
            LocalDate deadline,
            int workingDaysTaken,
            int workingDaysLate,
            boolean publiclyDisclosed) {}

    /** The figures of one deciding authority. */
    public record AuthorityTimeliness(
            Authority authority,
            int decisions,
            int publishedOnTime,
            int publishedLate,
            int publicationDateUnknown,
            int publishedOnFromSource,
            int publishedOnFromFirstLoad,
            Integer maxWorkingDaysLate,
            Double averageWorkingDaysLate,
            Double onTimeShare,
            List<LatePublication> late,
            int lateNotListed) {}

    /** The whole report. */
    public record Report(
            LocalDate from,
            LocalDate to,
            int deadlineWorkingDays,
            int decisions,
            int publishedOnTime,
            int publishedLate,
            int publicationDateUnknown,
            List<AuthorityTimeliness> authorities,
            List<Integer> missingCalendarYears) {}

    private TimelinessReport() {}

    /** D10: the report over {@code facts}, all decided in {@code [from, to]}. */
    public static Report build(LocalDate from, LocalDate to, List<DisclosureFact> facts, WorkingDays workingDays) {
        Objects.requireNonNull(workingDays, "workingDays");
        int n = WorkingDays.PENALTY_DEADLINE;
        Map<String, Tally> byAuthority = new LinkedHashMap<>();
        TreeSet<Integer> missing = new TreeSet<>();
        for (DisclosureFact f : facts) {
            Tally t = byAuthority.computeIfAbsent(f.authorityUscc(), uscc -> new Tally(uscc, f.authorityName()));
            t.decisions++;
            LocalDate published;
            PublicationSource source;
            if (f.publishedOn() != null) {
                published = f.publishedOn();
                source = PublicationSource.SOURCE;
                t.fromSource++;
            } else if (f.firstLoadedOn() != null) {
                published = f.firstLoadedOn();
                source = PublicationSource.FIRST_LOADED;
                t.fromFirstLoad++;
            } else {
                t.unknown++;
                continue;
            }
            WorkingDays.Assessment a = workingDays.assess(f.decidedOn(), published, n);
            missing.addAll(a.missingCalendarYears());
            if (a.onTime()) {
                t.onTime++;
                continue;
            }
            t.lateDays.add(a.workingDaysLate());
            if (f.listable() && f.decisionNumber() != null) {
                t.late.add(new LatePublication(
                        f.decisionNumber(),
                        f.decidedOn(),
                        published,
                        source,
                        a.deadline(),
                        a.workingDaysTaken(),
                        a.workingDaysLate(),
                        f.publiclyDisclosed()));
            } else {
                t.lateNotListed++;
            }
        }
        List<AuthorityTimeliness> authorities = new ArrayList<>();
        int decisions = 0;
        int onTime = 0;
        int late = 0;
        int unknown = 0;
        for (Tally t : byAuthority.values()) {
            authorities.add(t.result());
            decisions += t.decisions;
            onTime += t.onTime;
            late += t.lateDays.size();
            unknown += t.unknown;
        }
        authorities.sort(Comparator.comparingInt(AuthorityTimeliness::publishedLate)
                .reversed()
                .thenComparing(a -> a.authority().uscc()));
        return new Report(
                from, to, n, decisions, onTime, late, unknown, List.copyOf(authorities), List.copyOf(missing));
    }

    /** A share or average rounded to 4 decimal places; null when there is nothing to divide by. */
    static Double ratio(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator)
                .divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static final class Tally {
        final String uscc;
        final String name;
        int decisions;
        int onTime;
        int unknown;
        int fromSource;
        int fromFirstLoad;
        int lateNotListed;
        final List<Integer> lateDays = new ArrayList<>();
        final List<LatePublication> late = new ArrayList<>();

        Tally(String uscc, String name) {
            this.uscc = uscc;
            this.name = name;
        }

        AuthorityTimeliness result() {
            late.sort(Comparator.comparingInt(LatePublication::workingDaysLate)
                    .reversed()
                    .thenComparing(LatePublication::decidedOn)
                    .thenComparing(LatePublication::decisionNumber));
            int max = lateDays.stream().mapToInt(Integer::intValue).max().orElse(0);
            long sum = lateDays.stream().mapToLong(Integer::longValue).sum();
            return new AuthorityTimeliness(
                    new Authority(uscc, name),
                    decisions,
                    onTime,
                    lateDays.size(),
                    unknown,
                    fromSource,
                    fromFirstLoad,
                    lateDays.isEmpty() ? null : max,
                    ratio(sum, lateDays.size()),
                    ratio(onTime, onTime + lateDays.size()),
                    List.copyOf(late),
                    lateNotListed);
        }
    }
}
