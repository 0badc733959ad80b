package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.creditgraph.model.rules.ListingRegime.BLACKLIST;
import static org.creditgraph.model.rules.ListingRegime.JOINT_SANCTION_TARGET;
import static org.creditgraph.model.rules.ListingRegime.SERIOUS_DISHONESTY;

import java.time.LocalDate;
import org.creditgraph.model.rules.ListingPeriod.ListingDates;
import org.junit.jupiter.api.Test;

class ListingPeriodTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static ListingDates listed(String listedOn) {
        return new ListingDates(d(listedOn), null, null, null);
    }

    @Test
    void d3_defaultExpiryIsOneYearForTheJointSanctionRegime() {
        assertThat(ListingPeriod.effectiveExpiry(JOINT_SANCTION_TARGET, listed("2023-01-05")))
                .isEqualTo(d("2024-01-05"));
        assertThat(ListingPeriod.effectiveExpiry(BLACKLIST, listed("2023-01-05")))
                .isEqualTo(d("2024-01-05"));
    }

    @Test
    void d3_defaultExpiryIsThreeYearsForSeriousDishonesty() {
        assertThat(ListingPeriod.effectiveExpiry(SERIOUS_DISHONESTY, listed("2023-10-10")))
                .isEqualTo(d("2026-10-10"));
    }

    @Test
    void d3_givenExpiryWins() {
        ListingDates dates = new ListingDates(d("2023-01-05"), d("2023-07-01"), null, null);
        assertThat(ListingPeriod.effectiveExpiry(JOINT_SANCTION_TARGET, dates)).isEqualTo(d("2023-07-01"));
        assertThat(ListingPeriod.effectiveExpiry(SERIOUS_DISHONESTY, dates)).isEqualTo(d("2023-07-01"));
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2023-06-30")))
                .isTrue();
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2023-07-01")))
                .isFalse();
    }

    @Test
    void d3_jointSanctionBoundariesAroundListingAndExpiry() {
        ListingDates dates = listed("2023-01-05");
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2023-01-04")))
                .isFalse();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2023-01-05")))
                .isTrue();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2023-01-06")))
                .isTrue();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2024-01-04")))
                .isTrue();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2024-01-05")))
                .isFalse();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2024-01-06")))
                .isFalse();
    }

    @Test
    void d3_seriousDishonestyBoundariesAroundListingAndExpiry() {
        ListingDates dates = listed("2023-10-10");
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2023-10-09")))
                .isFalse();
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2023-10-10")))
                .isTrue();
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2023-10-11")))
                .isTrue();
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2026-10-09")))
                .isTrue();
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2026-10-10")))
                .isFalse();
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2026-10-11")))
                .isFalse();
    }

    @Test
    void d3_removalEndsSeriousDishonestyListing() {
        ListingDates dates = new ListingDates(d("2023-10-10"), null, d("2024-10-15"), null);
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2024-10-14")))
                .isTrue();
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2024-10-15")))
                .isFalse();
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2024-10-16")))
                .isFalse();
        assertThat(ListingPeriod.inForceUntil(SERIOUS_DISHONESTY, dates, d("2024-01-01")))
                .contains(d("2024-10-15"));
    }

    @Test
    void d3_removalEndsJointSanctionListing() {
        ListingDates dates = new ListingDates(d("2023-01-05"), null, d("2023-06-01"), null);
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2023-05-31")))
                .isTrue();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2023-06-01")))
                .isFalse();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2023-06-02")))
                .isFalse();
        assertThat(ListingPeriod.inForceUntil(JOINT_SANCTION_TARGET, dates, d("2023-05-31")))
                .contains(d("2023-06-01"));
    }

    @Test
    void d3_removalAfterExpiryChangesNothing() {
        ListingDates dates = new ListingDates(d("2023-01-05"), null, d("2024-03-01"), null);
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2024-01-04")))
                .isTrue();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2024-01-05")))
                .isFalse();
        assertThat(ListingPeriod.inForceUntil(JOINT_SANCTION_TARGET, dates, d("2023-06-01")))
                .contains(d("2024-01-05"));
    }

    @Test
    void d3_restoredSeriousDishonestyListingIsInForceFromRestorationUntilOriginalExpiry() {
        ListingDates dates = new ListingDates(d("2023-10-10"), null, d("2024-10-15"), d("2025-03-01"));
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2024-10-14")))
                .isTrue();
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2024-10-15")))
                .isFalse();
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2025-02-28")))
                .isFalse();
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2025-03-01")))
                .isTrue();
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2025-03-02")))
                .isTrue();
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2026-10-09")))
                .isTrue();
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2026-10-10")))
                .isFalse();
        assertThat(ListingPeriod.inForceUntil(SERIOUS_DISHONESTY, dates, d("2025-03-01")))
                .contains(d("2026-10-10"));
        assertThat(ListingPeriod.inForceUntil(SERIOUS_DISHONESTY, dates, d("2024-01-01")))
                .contains(d("2024-10-15"));
        assertThat(ListingPeriod.inForceUntil(SERIOUS_DISHONESTY, dates, d("2025-02-28")))
                .isEmpty();
    }

    @Test
    void d3_restoredJointSanctionListingKeepsOriginalExpiry() {
        ListingDates dates = new ListingDates(d("2023-01-05"), null, d("2023-06-01"), d("2023-09-01"));
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2023-08-31")))
                .isFalse();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2023-09-01")))
                .isTrue();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2023-09-02")))
                .isTrue();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2024-01-04")))
                .isTrue();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2024-01-05")))
                .isFalse();
        assertThat(ListingPeriod.effectiveExpiry(JOINT_SANCTION_TARGET, dates)).isEqualTo(d("2024-01-05"));
    }

    @Test
    void d3_restorationAfterExpiryNeverExtends() {
        ListingDates dates = new ListingDates(d("2023-01-05"), null, d("2023-06-01"), d("2024-02-01"));
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2024-01-31")))
                .isFalse();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2024-02-01")))
                .isFalse();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2024-02-02")))
                .isFalse();
        assertThat(ListingPeriod.inForceUntil(JOINT_SANCTION_TARGET, dates, d("2024-02-01")))
                .isEmpty();
    }

    @Test
    void d3_leapDayPlusOneYearIs28February() {
        ListingDates dates = listed("2024-02-29");
        assertThat(ListingPeriod.effectiveExpiry(JOINT_SANCTION_TARGET, dates)).isEqualTo(d("2025-02-28"));
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2024-02-28")))
                .isFalse();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2024-02-29")))
                .isTrue();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2025-02-27")))
                .isTrue();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2025-02-28")))
                .isFalse();
        assertThat(ListingPeriod.inForce(JOINT_SANCTION_TARGET, dates, d("2025-03-01")))
                .isFalse();
    }

    @Test
    void d3_leapDayPlusThreeYearsIs28February() {
        ListingDates dates = listed("2024-02-29");
        assertThat(ListingPeriod.effectiveExpiry(SERIOUS_DISHONESTY, dates)).isEqualTo(d("2027-02-28"));
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2027-02-27")))
                .isTrue();
        assertThat(ListingPeriod.inForce(SERIOUS_DISHONESTY, dates, d("2027-02-28")))
                .isFalse();
    }

    @Test
    void d3_inForceUntilIsEmptyOutsideThePeriod() {
        ListingDates dates = listed("2023-01-05");
        assertThat(ListingPeriod.inForceUntil(JOINT_SANCTION_TARGET, dates, d("2023-01-04")))
                .isEmpty();
        assertThat(ListingPeriod.inForceUntil(JOINT_SANCTION_TARGET, dates, d("2023-01-05")))
                .contains(d("2024-01-05"));
        assertThat(ListingPeriod.inForceUntil(JOINT_SANCTION_TARGET, dates, d("2024-01-05")))
                .isEmpty();
    }

    @Test
    void d3_listedOnIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new ListingDates(null, null, null, null));
    }
}
