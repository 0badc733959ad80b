package org.creditgraph.model.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * D9: machine-checkable listing criteria met by one subject's records in the 12 months ending on a
 * date. Informational (a regulator's worklist and D7 ATTENTION), never a sanction.
 */
public final class ListingCriteria {

    /** D9: 应急管理部令第11号 applies to dates from this day; 安监总办〔2017〕49号 before it. */
    public static final LocalDate ORDER_11_IN_FORCE = LocalDate.of(2023, 10, 1);

    public static final String MAJOR_ACCIDENT = "MAJOR_ACCIDENT";
    public static final String TWO_LARGER_ACCIDENTS = "TWO_LARGER_ACCIDENTS";
    public static final String LARGER_ACCIDENT = "LARGER_ACCIDENT";
    public static final String THREE_FATAL_ACCIDENTS = "THREE_FATAL_ACCIDENTS";
    public static final String CONCEALED_ACCIDENT = "CONCEALED_ACCIDENT";
    public static final String REFUSED_HAZARD_ORDER = "REFUSED_HAZARD_ORDER";
    public static final String RESPONSIBLE_PRINCIPAL = "RESPONSIBLE_PRINCIPAL";

    /** D9: the responsibilities that make a principal a candidate with the enterprise (主要责任, 直接责任). */
    public static final java.util.Set<String> PRINCIPAL_RESPONSIBILITIES = java.util.Set.of("主要责任", "直接责任");

    private static final String ORDER_11 = "安全生产严重失信主体名单管理办法（应急管理部令第11号）";
    private static final String CIRCULAR_2017 = "对安全生产领域失信行为开展联合惩戒的实施办法（安监总办〔2017〕49号）";

    private ListingCriteria() {}

    /**
     * D9: an accident of the subject. {@code liability} is 是否责任事故. A null grade is derived from
     * the deaths alone (D2), the only figure given here.
     */
    public record AccidentFact(
            String accidentNumber, LocalDate occurredOn, AccidentGrade grade, int deaths, boolean liability) {
        public AccidentFact {
            Objects.requireNonNull(accidentNumber, "accidentNumber");
            Objects.requireNonNull(occurredOn, "occurredOn");
            if (grade == null) {
                grade = AccidentGrade.of(Math.max(deaths, 0), 0, null);
            }
        }
    }

    /** D9: a penalty against the subject, with its 违法行为类型. */
    public record PenaltyFact(String key, LocalDate decidedOn, String violationType) {
        public PenaltyFact {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(decidedOn, "decidedOn");
        }
    }

    /** D9, D13: a hazard under supervision of the subject: whether an order to suspend was refused, and when given. */
    public record HazardFact(String hazardNumber, boolean refused, LocalDate suspensionOrderedOn) {
        public HazardFact {
            Objects.requireNonNull(hazardNumber, "hazardNumber");
        }
    }

    /**
     * D9 for persons: a person's responsibility for an accident of an enterprise, whether the person
     * was that enterprise's principal (主要负责人) on the accident date, and the enterprise's
     * accidents (to decide whether this accident makes the enterprise a candidate).
     */
    public record ResponsibleRole(
            String accidentNumber,
            String enterpriseId,
            String responsibility,
            boolean principalThen,
            List<AccidentFact> enterpriseAccidents) {
        public ResponsibleRole {
            Objects.requireNonNull(accidentNumber, "accidentNumber");
            enterpriseAccidents = enterpriseAccidents == null ? List.of() : List.copyOf(enterpriseAccidents);
        }
    }

    /**
     * D9 (both regimes): a person recorded with 主要责任 or 直接责任 for an accident that makes its
     * enterprise a candidate on {@code asOf}, who was that enterprise's principal when it occurred.
     * Record keys: the accident numbers, by date.
     */
    public static List<Criterion> personMet(List<ResponsibleRole> roles, LocalDate asOf) {
        List<String> accidents = new ArrayList<>();
        for (ResponsibleRole role : roles) {
            if (!role.principalThen() || !PRINCIPAL_RESPONSIBILITIES.contains(role.responsibility())) {
                continue;
            }
            boolean makesCandidate = met(role.enterpriseAccidents(), List.of(), asOf).stream()
                    .anyMatch(c -> c.recordKeys().contains(role.accidentNumber()));
            if (makesCandidate && !accidents.contains(role.accidentNumber())) {
                accidents.add(role.accidentNumber());
            }
        }
        if (accidents.isEmpty()) {
            return List.of();
        }
        String basis = asOf.isBefore(ORDER_11_IN_FORCE) ? CIRCULAR_2017 : ORDER_11;
        return List.of(new Criterion(RESPONSIBLE_PRINCIPAL, basis + "：对生产安全事故负有主要责任或直接责任的主要负责人", accidents));
    }

    /** D9: a criterion that is met, its legal basis, and the keys of the records that meet it. */
    public record Criterion(String code, String legalBasis, List<String> recordKeys) {
        public Criterion {
            recordKeys = List.copyOf(recordKeys);
        }
    }

    /**
     * D9: the criteria met on {@code asOf}. The window is (asOf − 1 year, asOf]: after the same
     * calendar day one year earlier, up to and including asOf. Only liability accidents count. The
     * regime is chosen by {@code asOf}: from 2023-10-01 MAJOR_ACCIDENT and TWO_LARGER_ACCIDENTS,
     * before it LARGER_ACCIDENT and THREE_FATAL_ACCIDENTS; CONCEALED_ACCIDENT in both. Record keys
     * are ordered by date, then key, without duplicates.
     */
    public static List<Criterion> met(List<AccidentFact> accidents, List<PenaltyFact> penalties, LocalDate asOf) {
        return met(accidents, penalties, List.of(), asOf);
    }

    /**
     * As {@link #met(List, List, LocalDate)}, with hazards: from 2023-10-01, REFUSED_HAZARD_ORDER
     * (令第11号) when an order to suspend given in the window was refused (D13).
     */
    public static List<Criterion> met(
            List<AccidentFact> accidents, List<PenaltyFact> penalties, List<HazardFact> hazards, LocalDate asOf) {
        LocalDate windowStart = asOf.minusYears(1);
        Predicate<LocalDate> inWindow = d -> d.isAfter(windowStart) && !d.isAfter(asOf);
        List<AccidentFact> counted = accidents.stream()
                .filter(AccidentFact::liability)
                .filter(a -> inWindow.test(a.occurredOn()))
                .sorted(Comparator.comparing(AccidentFact::occurredOn).thenComparing(AccidentFact::accidentNumber))
                .toList();
        Predicate<AccidentFact> larger = a -> a.grade().atLeast(AccidentGrade.LARGER);
        List<Criterion> met = new ArrayList<>();
        if (!asOf.isBefore(ORDER_11_IN_FORCE)) {
            // D9 (令第11号): 发生特别重大、重大生产安全事故
            addIfAtLeast(met, 1, MAJOR_ACCIDENT, ORDER_11 + "：发生特别重大、重大生产安全事故", counted, a -> a.grade()
                    .atLeast(AccidentGrade.MAJOR));
            // D9 (令第11号): 12个月内累计发生2起以上较大生产安全事故 (a major accident is also "larger or worse")
            addIfAtLeast(met, 2, TWO_LARGER_ACCIDENTS, ORDER_11 + "：12个月内累计发生2起以上较大生产安全事故", counted, larger);
        } else {
            // D9 (2017): 发生较大及以上生产安全责任事故
            addIfAtLeast(met, 1, LARGER_ACCIDENT, CIRCULAR_2017 + "：发生较大及以上生产安全责任事故", counted, larger);
            // D9 (2017): 1年内累计发生3起及以上造成人员死亡的生产安全责任事故
            addIfAtLeast(
                    met,
                    3,
                    THREE_FATAL_ACCIDENTS,
                    CIRCULAR_2017 + "：1年内累计发生3起及以上造成人员死亡的生产安全责任事故",
                    counted,
                    a -> a.deaths() >= 1);
        }
        // D9 (both regimes): 瞒报、谎报生产安全事故
        List<String> concealed = penalties.stream()
                .filter(p -> inWindow.test(p.decidedOn()))
                .filter(p -> p.violationType() != null
                        && (p.violationType().contains("瞒报")
                                || p.violationType().contains("谎报")))
                .sorted(Comparator.comparing(PenaltyFact::decidedOn).thenComparing(PenaltyFact::key))
                .map(PenaltyFact::key)
                .distinct()
                .toList();
        if (!concealed.isEmpty()) {
            String basis = asOf.isBefore(ORDER_11_IN_FORCE) ? CIRCULAR_2017 : ORDER_11;
            met.add(new Criterion(CONCEALED_ACCIDENT, basis + "：瞒报、谎报生产安全事故", concealed));
        }
        // D9 (令第11号): 存在重大事故隐患，被责令停产停业、停止施工、停止使用相关设施设备，拒不执行
        List<String> refused = hazards.stream()
                .filter(h -> HazardSupervision.refusedOrderCounts(h.refused(), h.suspensionOrderedOn(), asOf))
                .sorted(Comparator.comparing(HazardFact::suspensionOrderedOn).thenComparing(HazardFact::hazardNumber))
                .map(HazardFact::hazardNumber)
                .distinct()
                .toList();
        if (!refused.isEmpty()) {
            met.add(new Criterion(REFUSED_HAZARD_ORDER, ORDER_11 + "：存在重大事故隐患，被责令停产停业、停止施工、停止使用相关设施设备，拒不执行", refused));
        }
        return List.copyOf(met);
    }

    private static void addIfAtLeast(
            List<Criterion> met,
            int minimum,
            String code,
            String legalBasis,
            List<AccidentFact> accidents,
            Predicate<AccidentFact> qualifies) {
        List<String> keys = accidents.stream()
                .filter(qualifies)
                .map(AccidentFact::accidentNumber)
                .distinct()
                .toList();
        if (keys.size() >= minimum) {
            met.add(new Criterion(code, legalBasis, keys));
        }
    }
}
