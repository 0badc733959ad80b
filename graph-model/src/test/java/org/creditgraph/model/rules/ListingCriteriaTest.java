package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgraph.model.rules.AccidentGrade.ESPECIALLY_MAJOR;
import static org.creditgraph.model.rules.AccidentGrade.GENERAL;
import static org.creditgraph.model.rules.AccidentGrade.LARGER;
import static org.creditgraph.model.rules.AccidentGrade.MAJOR;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.model.rules.ListingCriteria.AccidentFact;
import org.creditgraph.model.rules.ListingCriteria.Criterion;
import org.creditgraph.model.rules.ListingCriteria.PenaltyFact;
import org.junit.jupiter.api.Test;

class ListingCriteriaTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static AccidentFact accident(String number, String occurredOn, AccidentGrade grade, int deaths) {
        return new AccidentFact(number, d(occurredOn), grade, deaths, true);
    }

    private static List<String> codes(List<Criterion> criteria) {
        return criteria.stream().map(Criterion::code).toList();
    }

    private static List<Criterion> met(List<AccidentFact> accidents, String asOf) {
        return ListingCriteria.met(accidents, List.of(), d(asOf));
    }

    @Test
    void d9_majorAccidentWindowEdges() {
        String asOf = "2024-06-15";
        assertThat(met(List.of(accident("A", "2023-06-14", MAJOR, 10)), asOf)).isEmpty();
        assertThat(met(List.of(accident("A", "2023-06-15", MAJOR, 10)), asOf)).isEmpty();
        assertThat(met(List.of(accident("A", "2023-06-16", MAJOR, 10)), asOf))
                .containsExactly(
                        new Criterion("MAJOR_ACCIDENT", "安全生产严重失信主体名单管理办法（应急管理部令第11号）：发生特别重大、重大生产安全事故", List.of("A")));
        assertThat(codes(met(List.of(accident("A", "2024-06-15", MAJOR, 10)), asOf)))
                .containsExactly("MAJOR_ACCIDENT");
        assertThat(met(List.of(accident("A", "2024-06-16", MAJOR, 10)), asOf)).isEmpty();
    }

    @Test
    void d9_onlyLiabilityAccidentsCount() {
        AccidentFact notLiable = new AccidentFact("A", d("2024-01-01"), ESPECIALLY_MAJOR, 40, false);
        assertThat(met(List.of(notLiable), "2024-06-15")).isEmpty();
    }

    @Test
    void d9_twoLargerAccidentsUnderOrder11() {
        List<AccidentFact> two =
                List.of(accident("B", "2024-03-01", LARGER, 3), accident("A", "2023-09-01", LARGER, 4));
        assertThat(met(two, "2024-06-15"))
                .containsExactly(new Criterion(
                        "TWO_LARGER_ACCIDENTS",
                        "安全生产严重失信主体名单管理办法（应急管理部令第11号）：12个月内累计发生2起以上较大生产安全事故",
                        List.of("A", "B")));
        assertThat(met(List.of(accident("A", "2024-03-01", LARGER, 3)), "2024-06-15"))
                .isEmpty();
    }

    @Test
    void d9_secondLargerAccidentOutsideWindowDoesNotCount() {
        List<AccidentFact> two =
                List.of(accident("A", "2023-06-15", LARGER, 3), accident("B", "2024-03-01", LARGER, 3));
        assertThat(met(two, "2024-06-15")).isEmpty();
        assertThat(codes(met(two, "2024-06-14"))).containsExactly("TWO_LARGER_ACCIDENTS");
    }

    @Test
    void d9_majorAccidentAlsoCountsTowardsTwoLarger() {
        List<AccidentFact> accidents =
                List.of(accident("M", "2024-01-10", MAJOR, 12), accident("L", "2024-02-10", LARGER, 3));
        List<Criterion> criteria = met(accidents, "2024-06-15");
        assertThat(codes(criteria)).containsExactly("MAJOR_ACCIDENT", "TWO_LARGER_ACCIDENTS");
        assertThat(criteria.get(0).recordKeys()).containsExactly("M");
        assertThat(criteria.get(1).recordKeys()).containsExactly("M", "L");
    }

    @Test
    void d9_generalFatalAccidentsDoNotCountUnderOrder11() {
        List<AccidentFact> three = List.of(
                accident("A", "2024-01-01", GENERAL, 1),
                accident("B", "2024-02-01", GENERAL, 2),
                accident("C", "2024-03-01", GENERAL, 1));
        assertThat(met(three, "2024-06-15")).isEmpty();
    }

    @Test
    void d9_largerAccidentUnder2017Regime() {
        assertThat(met(List.of(accident("A", "2023-02-01", LARGER, 3)), "2023-09-30"))
                .containsExactly(new Criterion(
                        "LARGER_ACCIDENT", "对安全生产领域失信行为开展联合惩戒的实施办法（安监总办〔2017〕49号）：发生较大及以上生产安全责任事故", List.of("A")));
    }

    @Test
    void d9_threeFatalAccidentsUnder2017Regime() {
        List<AccidentFact> three = List.of(
                accident("A", "2022-10-01", GENERAL, 1),
                accident("B", "2023-02-01", GENERAL, 2),
                accident("C", "2023-09-30", GENERAL, 1),
                accident("D", "2023-05-01", GENERAL, 0));
        assertThat(met(three, "2023-09-30"))
                .containsExactly(new Criterion(
                        "THREE_FATAL_ACCIDENTS",
                        "对安全生产领域失信行为开展联合惩戒的实施办法（安监总办〔2017〕49号）：1年内累计发生3起及以上造成人员死亡的生产安全责任事故",
                        List.of("A", "B", "C")));
        assertThat(met(three.subList(1, 4), "2023-09-30")).isEmpty();
        // 2022-09-30 is the same calendar day one year earlier: outside the window
        List<AccidentFact> edge = List.of(
                accident("A", "2022-09-30", GENERAL, 1),
                accident("B", "2023-02-01", GENERAL, 2),
                accident("C", "2023-09-30", GENERAL, 1));
        assertThat(met(edge, "2023-09-30")).isEmpty();
    }

    @Test
    void d9_regimeChangesOn1October2023() {
        List<AccidentFact> oneLarger = List.of(accident("A", "2023-09-01", LARGER, 3));
        assertThat(codes(met(oneLarger, "2023-09-30"))).containsExactly("LARGER_ACCIDENT");
        assertThat(met(oneLarger, "2023-10-01")).isEmpty();

        List<AccidentFact> oneMajor = List.of(accident("A", "2023-09-01", MAJOR, 10));
        assertThat(codes(met(oneMajor, "2023-09-30"))).containsExactly("LARGER_ACCIDENT");
        assertThat(codes(met(oneMajor, "2023-10-01"))).containsExactly("MAJOR_ACCIDENT");

        List<AccidentFact> threeFatal = List.of(
                accident("A", "2023-01-01", GENERAL, 1),
                accident("B", "2023-02-01", GENERAL, 1),
                accident("C", "2023-03-01", GENERAL, 1));
        assertThat(codes(met(threeFatal, "2023-09-30"))).containsExactly("THREE_FATAL_ACCIDENTS");
        assertThat(met(threeFatal, "2023-10-01")).isEmpty();
    }

    @Test
    void d9_concealmentPenaltyInWindow() {
        List<PenaltyFact> penalties = List.of(
                new PenaltyFact("P2", d("2024-05-01"), "谎报生产安全事故"),
                new PenaltyFact("P1", d("2023-06-16"), "瞒报事故"),
                new PenaltyFact("P0", d("2023-06-15"), "瞒报事故"),
                new PenaltyFact("P3", d("2024-06-16"), "瞒报事故"),
                new PenaltyFact("P4", d("2024-01-01"), "迟报事故"),
                new PenaltyFact("P5", d("2024-01-01"), null));
        assertThat(ListingCriteria.met(List.of(), penalties, d("2024-06-15")))
                .containsExactly(new Criterion(
                        "CONCEALED_ACCIDENT", "安全生产严重失信主体名单管理办法（应急管理部令第11号）：瞒报、谎报生产安全事故", List.of("P1", "P2")));
    }

    @Test
    void d9_concealmentCountsUnder2017RegimeToo() {
        List<PenaltyFact> penalties = List.of(new PenaltyFact("P1", d("2023-09-30"), "瞒报"));
        List<Criterion> criteria = ListingCriteria.met(List.of(), penalties, d("2023-09-30"));
        assertThat(codes(criteria)).containsExactly("CONCEALED_ACCIDENT");
        assertThat(criteria.get(0).legalBasis()).startsWith("对安全生产领域失信行为开展联合惩戒的实施办法（安监总办〔2017〕49号）");
        assertThat(criteria.get(0).recordKeys()).containsExactly("P1");
    }

    @Test
    void d9_leapDayWindow() {
        // asOf 2025-02-28: one year earlier is 2024-02-28, so 29 Feb 2024 is inside the window
        assertThat(codes(met(List.of(accident("A", "2024-02-29", MAJOR, 10)), "2025-02-28")))
                .containsExactly("MAJOR_ACCIDENT");
        assertThat(met(List.of(accident("A", "2024-02-28", MAJOR, 10)), "2025-02-28"))
                .isEmpty();
        // asOf 2024-02-29: one year earlier is clamped to 2023-02-28
        assertThat(met(List.of(accident("A", "2023-02-28", MAJOR, 10)), "2024-02-29"))
                .isEmpty();
        assertThat(codes(met(List.of(accident("A", "2023-03-01", MAJOR, 10)), "2024-02-29")))
                .containsExactly("MAJOR_ACCIDENT");
    }

    @Test
    void d9_missingGradeIsDerivedFromDeaths() {
        assertThat(codes(met(List.of(accident("A", "2024-01-01", null, 10)), "2024-06-15")))
                .containsExactly("MAJOR_ACCIDENT");
        assertThat(met(List.of(accident("A", "2024-01-01", null, 9)), "2024-06-15"))
                .isEmpty();
    }

    @Test
    void d9_sameAccidentListedTwiceCountsOnce() {
        List<AccidentFact> duplicate =
                List.of(accident("A", "2024-01-01", LARGER, 3), accident("A", "2024-01-01", LARGER, 3));
        assertThat(met(duplicate, "2024-06-15")).isEmpty();
    }

    @Test
    void d9_allCriteriaTogether() {
        List<AccidentFact> accidents =
                List.of(accident("A", "2024-01-01", ESPECIALLY_MAJOR, 35), accident("B", "2024-02-01", LARGER, 5));
        List<PenaltyFact> penalties = List.of(new PenaltyFact("P", d("2024-03-01"), "瞒报、谎报事故"));
        assertThat(codes(ListingCriteria.met(accidents, penalties, d("2024-06-15"))))
                .containsExactly("MAJOR_ACCIDENT", "TWO_LARGER_ACCIDENTS", "CONCEALED_ACCIDENT");
    }
}
