package org.creditgraph.model.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * D5: bans on being the principal (主要负责人) of an enterprise, 安全生产法 2021 Art. 94 para 3 and
 * Art. 113: 5 years for any enterprise after a criminal penalty or dismissal; for life in the same
 * industry after responsibility for a MAJOR or ESPECIALLY_MAJOR accident.
 */
public final class PrincipalBan {

    /** D5: outcomes that start the 5-year ban (受刑事处罚或者撤职处分). */
    private static final Set<String> FIVE_YEAR_OUTCOMES = Set.of("刑事处罚", "撤职", "撤职处分");

    private PrincipalBan() {}

    /** D5: which ban. */
    public enum Kind {
        /** Art. 94 para 3: 五年内不得担任任何生产经营单位的主要负责人. */
        FIVE_YEAR_ANY_INDUSTRY,
        /** Art. 94 para 3: 终身不得担任本行业生产经营单位的主要负责人. */
        LIFETIME_SAME_INDUSTRY
    }

    /**
     * D5: one person's responsibility for one accident, as recorded by the investigation report.
     * {@code responsibilityType} is 直接责任|主要责任|重要责任|领导责任; {@code outcome} is
     * 刑事处罚|撤职|罚款|处分|其他; {@code industrySection} is the GB/T 4754 section of the accident's
     * enterprise (or the industry the data gives explicitly), null when unknown.
     */
    public record Responsibility(
            String accidentNumber,
            AccidentGrade grade,
            Character industrySection,
            String responsibilityType,
            String outcome,
            LocalDate outcomeOn,
            LocalDate sentenceEndOn,
            LocalDate reportApprovedOn) {}

    /** D5: a ban from {@code from} (inclusive) to {@code until} (exclusive, null for life). */
    public record Ban(Kind kind, LocalDate from, LocalDate until, Character industrySection, String accidentNumber) {
        public Ban {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(from, "from");
        }
    }

    /**
     * D5: the bans that follow from a responsibility. The 5-year ban (outcome 刑事处罚 or 撤职) runs
     * from the sentence end date, else the outcome date, else the report approval date, for 5 years.
     * The lifetime ban (grade MAJOR or worse, any responsibility type) runs from the outcome date,
     * else the report approval date. A ban whose start date is unknown is not produced (it cannot
     * be placed in time); callers should flag such records as incomplete.
     */
    public static List<Ban> bansFrom(Responsibility r) {
        List<Ban> bans = new ArrayList<>(2);
        if (r.outcome() != null && FIVE_YEAR_OUTCOMES.contains(TextNormaliser.compact(r.outcome()))) {
            LocalDate start = firstNonNull(r.sentenceEndOn(), r.outcomeOn(), r.reportApprovedOn());
            if (start != null) {
                bans.add(new Ban(Kind.FIVE_YEAR_ANY_INDUSTRY, start, start.plusYears(5), null, r.accidentNumber()));
            }
        }
        if (r.grade() != null && r.grade().atLeast(AccidentGrade.MAJOR)) {
            LocalDate start = firstNonNull(r.outcomeOn(), r.reportApprovedOn());
            if (start != null) {
                bans.add(new Ban(Kind.LIFETIME_SAME_INDUSTRY, start, null, r.industrySection(), r.accidentNumber()));
            }
        }
        return List.copyOf(bans);
    }

    /** D5: from ≤ asOf, and asOf before the exclusive end (a lifetime ban never ends). */
    public static boolean inForce(Ban ban, LocalDate asOf) {
        return !ban.from().isAfter(asOf) && (ban.until() == null || asOf.isBefore(ban.until()));
    }

    /**
     * D5: whether the ban forbids being principal of an enterprise of the given section. The 5-year
     * ban covers every enterprise. The lifetime ban covers the same section; when the section of
     * either the ban or the enterprise is unknown (null) it counts as covering, because the
     * registry cannot rule out that the industries are the same (the answer shows the evidence so a
     * person can check it).
     */
    public static boolean covers(Ban ban, Character enterpriseIndustrySection) {
        if (ban.kind() == Kind.FIVE_YEAR_ANY_INDUSTRY) {
            return true;
        }
        if (ban.industrySection() == null || enterpriseIndustrySection == null) {
            return true;
        }
        return Character.toUpperCase(ban.industrySection()) == Character.toUpperCase(enterpriseIndustrySection);
    }

    private static LocalDate firstNonNull(LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null) {
                return date;
            }
        }
        return null;
    }
}
