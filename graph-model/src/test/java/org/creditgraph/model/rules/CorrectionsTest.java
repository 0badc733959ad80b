package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgraph.model.rules.ListingRegime.JOINT_SANCTION_TARGET;
import static org.creditgraph.model.rules.ListingRegime.SERIOUS_DISHONESTY;

import java.time.LocalDate;
import org.creditgraph.model.rules.ListingPeriod.ListingDates;
import org.junit.jupiter.api.Test;

class CorrectionsTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static final ListingDates LISTED_2024 = new ListingDates(d("2024-03-01"), null, null, null);
    private static final ListingDates REMOVED = new ListingDates(d("2024-03-01"), null, d("2025-06-01"), null);

    @Test
    void d3_earlyRemovalOfASeriousDishonestyListingOnlyAfterTwelveMonths() {
        assertThat(Corrections.earlyRemovalProblem(SERIOUS_DISHONESTY, LISTED_2024, d("2025-02-28")))
                .hasValueSatisfying(p -> assertThat(p).contains("12 months").contains("2025-03-01"));
        assertThat(Corrections.earlyRemovalProblem(SERIOUS_DISHONESTY, LISTED_2024, d("2025-03-01")))
                .isEmpty();
    }

    @Test
    void d3_earlyRemovalOfA2017ListingAnyDayWithinItsPeriod() {
        assertThat(Corrections.earlyRemovalProblem(JOINT_SANCTION_TARGET, LISTED_2024, d("2024-03-02")))
                .isEmpty();
    }

    @Test
    void d3_earlyRemovalMustFallAfterListingAndBeforeExpiry() {
        assertThat(Corrections.earlyRemovalProblem(JOINT_SANCTION_TARGET, LISTED_2024, d("2024-03-01")))
                .hasValueSatisfying(p -> assertThat(p).contains("after the listing date"));
        assertThat(Corrections.earlyRemovalProblem(JOINT_SANCTION_TARGET, LISTED_2024, d("2024-02-01")))
                .isPresent();
        // the 1-year period ends 2025-03-01 (exclusive): removal then is no early removal
        assertThat(Corrections.earlyRemovalProblem(JOINT_SANCTION_TARGET, LISTED_2024, d("2025-03-01")))
                .hasValueSatisfying(p -> assertThat(p).contains("2025-03-01"));
    }

    @Test
    void d3_aRestoredListingIsNotRemovedAgain() {
        ListingDates restored = new ListingDates(d("2024-03-01"), null, d("2025-06-01"), d("2025-08-01"));
        assertThat(Corrections.earlyRemovalProblem(SERIOUS_DISHONESTY, restored, d("2025-09-01")))
                .hasValueSatisfying(p -> assertThat(p).contains("restored"));
    }

    @Test
    void d3_restorationNeedsAnEarlyRemovalAndFallsBetweenRemovalAndOriginalExpiry() {
        assertThat(Corrections.restorationProblem(SERIOUS_DISHONESTY, LISTED_2024, d("2025-01-01")))
                .hasValueSatisfying(p -> assertThat(p).contains("no early removal"));
        assertThat(Corrections.restorationProblem(SERIOUS_DISHONESTY, REMOVED, d("2025-05-31")))
                .hasValueSatisfying(p -> assertThat(p).contains("before the removal date"));
        assertThat(Corrections.restorationProblem(SERIOUS_DISHONESTY, REMOVED, d("2025-06-01")))
                .isEmpty();
        // 3 years from 2024-03-01: a restoration on 2027-03-01 would extend nothing
        assertThat(Corrections.restorationProblem(SERIOUS_DISHONESTY, REMOVED, d("2027-03-01")))
                .hasValueSatisfying(p -> assertThat(p).contains("does not extend"));
        ListingDates restored = new ListingDates(d("2024-03-01"), null, d("2025-06-01"), d("2025-08-01"));
        assertThat(Corrections.restorationProblem(SERIOUS_DISHONESTY, restored, d("2025-09-01")))
                .hasValueSatisfying(p -> assertThat(p).contains("already restored"));
    }

    @Test
    void d3_aRemovalAtOrAfterExpiryIsNoEarlyRemovalToRevoke() {
        ListingDates expired = new ListingDates(d("2024-03-01"), null, d("2025-03-01"), null);
        assertThat(Corrections.restorationProblem(JOINT_SANCTION_TARGET, expired, d("2025-03-01")))
                .hasValueSatisfying(p -> assertThat(p).contains("no early removal"));
    }

    @Test
    void d6_annulmentOnOrAfterTheDecisionOfAPenaltyNotAnnulledYet() {
        assertThat(Corrections.annulmentProblem(d("2025-01-10"), null, d("2025-01-09")))
                .hasValueSatisfying(p -> assertThat(p).contains("before the decision date"));
        assertThat(Corrections.annulmentProblem(d("2025-01-10"), "有效", d("2025-01-10")))
                .isEmpty();
        assertThat(Corrections.annulmentProblem(d("2025-01-10"), "变更", d("2025-02-01")))
                .isEmpty();
        assertThat(Corrections.annulmentProblem(d("2025-01-10"), "撤销", d("2025-02-01")))
                .isPresent();
        assertThat(Corrections.annulmentProblem(d("2025-01-10"), "确认无效", d("2025-02-01")))
                .isPresent();
    }
}
