package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgraph.model.rules.AccidentGrade.GENERAL;
import static org.creditgraph.model.rules.AccidentGrade.MAJOR;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.model.rules.ListingCriteria.AccidentFact;
import org.creditgraph.model.rules.ListingCriteria.Criterion;
import org.creditgraph.model.rules.ListingCriteria.HazardFact;
import org.creditgraph.model.rules.ListingCriteria.ResponsibleRole;
import org.junit.jupiter.api.Test;

/** D9 for principals held responsible, D9 REFUSED_HAZARD_ORDER and D13 open/overdue, at their boundaries. */
class PersonAndHazardCriteriaTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static final AccidentFact MAJOR_ONE = new AccidentFact("A1", d("2024-03-01"), MAJOR, 12, true);
    private static final AccidentFact GENERAL_ONE = new AccidentFact("A2", d("2024-03-01"), GENERAL, 1, true);

    private static List<String> personCodes(String responsibility, boolean principalThen, AccidentFact a, String asOf) {
        return ListingCriteria.personMet(
                        List.of(new ResponsibleRole(
                                a.accidentNumber(), "E1", responsibility, principalThen, List.of(a))),
                        d(asOf))
                .stream()
                .map(Criterion::code)
                .toList();
    }

    @Test
    void d9_principalWithMainOrDirectResponsibilityForACandidateAccident() {
        assertThat(personCodes("主要责任", true, MAJOR_ONE, "2024-12-01"))
                .containsExactly(ListingCriteria.RESPONSIBLE_PRINCIPAL);
        assertThat(personCodes("直接责任", true, MAJOR_ONE, "2024-12-01"))
                .containsExactly(ListingCriteria.RESPONSIBLE_PRINCIPAL);
        var criterion = ListingCriteria.personMet(
                        List.of(new ResponsibleRole("A1", "E1", "主要责任", true, List.of(MAJOR_ONE))), d("2024-12-01"))
                .getFirst();
        assertThat(criterion.recordKeys()).containsExactly("A1");
    }

    @Test
    void d9_importantOrLeadershipResponsibilityDoesNotMakeACandidate() {
        assertThat(personCodes("重要责任", true, MAJOR_ONE, "2024-12-01")).isEmpty();
        assertThat(personCodes("领导责任", true, MAJOR_ONE, "2024-12-01")).isEmpty();
    }

    @Test
    void d9_notThePrincipalOnTheAccidentDateIsNoCandidate() {
        assertThat(personCodes("主要责任", false, MAJOR_ONE, "2024-12-01")).isEmpty();
    }

    @Test
    void d9_anAccidentThatDoesNotMakeTheEnterpriseACandidateMakesNoPersonCandidate() {
        assertThat(personCodes("主要责任", true, GENERAL_ONE, "2024-12-01")).isEmpty();
    }

    @Test
    void d9_personWindowEdges() {
        // window (asOf − 1 year, asOf]: the accident of 2024-03-01 counts up to 2025-02-28 and not on 2025-03-01
        assertThat(personCodes("主要责任", true, MAJOR_ONE, "2025-02-28")).hasSize(1);
        assertThat(personCodes("主要责任", true, MAJOR_ONE, "2025-03-01")).isEmpty();
        assertThat(personCodes("主要责任", true, MAJOR_ONE, "2024-03-01")).hasSize(1);
        assertThat(personCodes("主要责任", true, MAJOR_ONE, "2024-02-29")).isEmpty();
    }

    private static List<String> hazardCodes(boolean refused, String orderedOn, String asOf) {
        return ListingCriteria.met(
                        List.of(),
                        List.of(),
                        List.of(new HazardFact("H1", refused, orderedOn == null ? null : d(orderedOn))),
                        d(asOf))
                .stream()
                .map(Criterion::code)
                .toList();
    }

    @Test
    void d9_refusedHazardOrderInTheWindowFromOrder11() {
        assertThat(hazardCodes(true, "2024-05-01", "2024-12-01")).containsExactly(ListingCriteria.REFUSED_HAZARD_ORDER);
        assertThat(hazardCodes(false, "2024-05-01", "2024-12-01")).isEmpty();
        assertThat(hazardCodes(true, null, "2024-12-01")).isEmpty();
        // ordered on asOf counts; after asOf not; a year before asOf not
        assertThat(hazardCodes(true, "2024-12-01", "2024-12-01")).hasSize(1);
        assertThat(hazardCodes(true, "2024-12-02", "2024-12-01")).isEmpty();
        assertThat(hazardCodes(true, "2023-12-01", "2024-12-01")).isEmpty();
        assertThat(hazardCodes(true, "2023-12-02", "2024-12-01")).hasSize(1);
        // 令第11号 applies from 2023-10-01
        assertThat(hazardCodes(true, "2023-09-01", "2023-09-30")).isEmpty();
        assertThat(hazardCodes(true, "2023-09-01", "2023-10-01")).hasSize(1);
    }

    @Test
    void d13_openFromListingUntilTheClosingDate() {
        LocalDate listed = d("2024-01-10");
        assertThat(HazardSupervision.open(listed, null, d("2024-01-09"))).isFalse();
        assertThat(HazardSupervision.open(listed, null, d("2024-01-10"))).isTrue();
        assertThat(HazardSupervision.open(listed, d("2024-03-01"), d("2024-02-29")))
                .isTrue();
        assertThat(HazardSupervision.open(listed, d("2024-03-01"), d("2024-03-01")))
                .isFalse();
    }

    @Test
    void d13_overdueWhenOpenAndTheDeadlineIsBefore() {
        LocalDate listed = d("2024-01-10");
        LocalDate deadline = d("2024-02-10");
        assertThat(HazardSupervision.overdue(listed, deadline, null, d("2024-02-10")))
                .isFalse();
        assertThat(HazardSupervision.overdue(listed, deadline, null, d("2024-02-11")))
                .isTrue();
        assertThat(HazardSupervision.overdue(listed, deadline, d("2024-02-11"), d("2024-02-11")))
                .isFalse();
        assertThat(HazardSupervision.overdue(listed, null, null, d("2030-01-01")))
                .isFalse();
    }
}
