package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.creditgraph.model.rules.Publicity.PenaltyWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicityTest {

    private static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static PenaltyWindow window(String decided, String until, String repaired, String status, String statusOn) {
        // no known type: the three-year maximum applies
        return new PenaltyWindow(d(decided), d(until), d(repaired), status, d(statusOn), java.util.Set.of());
    }

    @Test
    void d6_maximumIsThreeYears() {
        PenaltyWindow w = window("2023-05-10", null, null, null, null);
        assertThat(Publicity.publicUntil(w)).isEqualTo(d("2026-05-10"));
        assertThat(Publicity.publiclyDisclosed(w, d("2023-05-09"))).isFalse();
        assertThat(Publicity.publiclyDisclosed(w, d("2023-05-10"))).isTrue();
        assertThat(Publicity.publiclyDisclosed(w, d("2023-05-11"))).isTrue();
        assertThat(Publicity.publiclyDisclosed(w, d("2026-05-09"))).isTrue();
        assertThat(Publicity.publiclyDisclosed(w, d("2026-05-10"))).isFalse();
    }

    private static PenaltyWindow graded(String decided, PenaltyType... types) {
        return new PenaltyWindow(d(decided), null, null, null, null, java.util.Set.of(types));
    }

    @Test
    void d6_gradedPeriodsApplyToDecisionsFromTheFirstOfApril2026() {
        assertThat(Publicity.publicUntil(graded("2026-03-31", PenaltyType.FINE)))
                .isEqualTo(d("2029-03-31"));
        assertThat(Publicity.publicUntil(graded("2026-04-01", PenaltyType.FINE)))
                .isEqualTo(d("2027-04-01"));
        PenaltyWindow general = graded("2026-04-01", PenaltyType.FINE);
        assertThat(Publicity.publiclyDisclosed(general, d("2027-03-31"))).isTrue();
        assertThat(Publicity.publiclyDisclosed(general, d("2027-04-01"))).isFalse();
    }

    @Test
    void d6_seriousWhenAnyTypeIsSerious() {
        assertThat(Publicity.publicUntil(graded("2026-05-10", PenaltyType.FINE, PenaltyType.SUSPENSION_OF_PRODUCTION)))
                .isEqualTo(d("2029-05-10"));
        assertThat(Publicity.publicUntil(graded("2026-05-10", PenaltyType.LICENCE_REVOCATION)))
                .isEqualTo(d("2029-05-10"));
        assertThat(Publicity.publicUntil(graded("2026-05-10", PenaltyType.CLOSURE)))
                .isEqualTo(d("2029-05-10"));
    }

    @Test
    void d6_minorOnlyWhenEveryTypeIsMinor() {
        assertThat(Publicity.publicUntil(graded("2026-05-10", PenaltyType.WARNING)))
                .isEqualTo(d("2026-08-10"));
        assertThat(Publicity.publicUntil(graded("2026-05-10", PenaltyType.WARNING, PenaltyType.FINE)))
                .isEqualTo(d("2027-05-10"));
    }

    @Test
    void d6_penaltyOfNoKnownTypeKeepsThreeYears() {
        assertThat(Publicity.publicUntil(graded("2026-05-10"))).isEqualTo(d("2029-05-10"));
    }

    @Test
    void d6_sourceDeadlineAndRepairStillEndAGradedPeriodEarlier() {
        PenaltyWindow w = new PenaltyWindow(
                d("2026-05-10"), d("2026-09-30"), null, null, null, java.util.Set.of(PenaltyType.FINE));
        assertThat(Publicity.publicUntil(w)).isEqualTo(d("2026-10-01"));
        PenaltyWindow repaired = new PenaltyWindow(
                d("2026-05-10"), null, d("2026-11-01"), null, null, java.util.Set.of(PenaltyType.CLOSURE));
        assertThat(Publicity.publicUntil(repaired)).isEqualTo(d("2026-11-01"));
    }

    @Test
    void d6_aRegulatorsCatalogueReplacesTheShippedGrading() throws java.io.IOException {
        PublicityGrades catalogue = PublicityGrades.parse(new java.io.StringReader("""
                        grade,zh,penalty_types,minimum_months,maximum_months
                        SERIOUS,严重,CLOSURE FINE,12,24
                        GENERAL,一般,,3,6
                        MINOR,轻微,WARNING,0,0
                        """), "catalogue");
        assertThat(catalogue.maximumMonths(d("2026-05-10"), java.util.List.of(PenaltyType.FINE)))
                .isEqualTo(24);
        assertThat(catalogue.maximumMonths(d("2026-05-10"), java.util.List.of(PenaltyType.CONFISCATION)))
                .isEqualTo(6);
        assertThat(catalogue.maximumMonths(d("2026-03-31"), java.util.List.of(PenaltyType.CONFISCATION)))
                .isEqualTo(36);
        assertThat(catalogue.grade(java.util.List.of(PenaltyType.WARNING))).contains(PublicityGrades.Grade.MINOR);
    }

    @Test
    void d6_aBrokenCatalogueNamesItsLine() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PublicityGrades.parse(
                        new java.io.StringReader("grade,zh,penalty_types,minimum_months,maximum_months\n"
                                + "SERIOUS,严重,CLOSURE,12,24\nGENERAL,一般,,3,1\nMINOR,轻微,WARNING,0,3\n"),
                        "catalogue.csv"))
                .hasMessageContaining("catalogue.csv line 3");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PublicityGrades.parse(
                        new java.io.StringReader("grade,zh,penalty_types,minimum_months,maximum_months\n"
                                + "SERIOUS,严重,CLOSURE,12,24\n"),
                        "catalogue.csv"))
                .hasMessageContaining("no row for GENERAL");
    }

    @Test
    void d6_sourceDeadlineIsTheLastPublicDay() {
        PenaltyWindow w = window("2023-05-10", "2024-05-09", null, "有效", null);
        assertThat(Publicity.publicUntil(w)).isEqualTo(d("2024-05-10"));
        assertThat(Publicity.publiclyDisclosed(w, d("2024-05-08"))).isTrue();
        assertThat(Publicity.publiclyDisclosed(w, d("2024-05-09"))).isTrue();
        assertThat(Publicity.publiclyDisclosed(w, d("2024-05-10"))).isFalse();
    }

    @Test
    void d6_sourceDeadlineBeyondThreeYearsIsCapped() {
        PenaltyWindow w = window("2023-05-10", "2030-01-01", null, null, null);
        assertThat(Publicity.publicUntil(w)).isEqualTo(d("2026-05-10"));
        PenaltyWindow lastDay = window("2023-05-10", "2026-05-09", null, null, null);
        assertThat(Publicity.publicUntil(lastDay)).isEqualTo(d("2026-05-10"));
    }

    @Test
    void d6_repairEndsPublicityOnTheRepairDate() {
        PenaltyWindow w = window("2023-05-10", "2024-05-09", "2023-11-20", null, null);
        assertThat(Publicity.publicUntil(w)).isEqualTo(d("2023-11-20"));
        assertThat(Publicity.publiclyDisclosed(w, d("2023-11-19"))).isTrue();
        assertThat(Publicity.publiclyDisclosed(w, d("2023-11-20"))).isFalse();
        assertThat(Publicity.publiclyDisclosed(w, d("2023-11-21"))).isFalse();
    }

    @Test
    void d6_repairAfterDeadlineChangesNothing() {
        PenaltyWindow w = window("2023-05-10", "2024-05-09", "2025-01-01", null, null);
        assertThat(Publicity.publicUntil(w)).isEqualTo(d("2024-05-10"));
    }

    @Test
    void d6_leapDayDecisionEndsOn28February() {
        assertThat(Publicity.publicUntil(window("2024-02-29", null, null, null, null)))
                .isEqualTo(d("2027-02-28"));
    }

    @ParameterizedTest(name = "d6 status {0} withdraws from public view")
    @ValueSource(strings = {"撤销", "变更", "确认无效", "已撤销"})
    void d6_changedOrAnnulledPenaltyIsWithdrawnFromItsStatusDate(String status) {
        PenaltyWindow w = window("2023-05-10", null, null, status, "2024-01-01");
        assertThat(Publicity.publiclyDisclosed(w, d("2023-12-31"))).isTrue();
        assertThat(Publicity.publiclyDisclosed(w, d("2024-01-01"))).isFalse();
        assertThat(Publicity.publiclyDisclosed(w, d("2024-01-02"))).isFalse();
    }

    @Test
    void d6_withdrawalWithUnknownDateWithdrawsAtOnce() {
        PenaltyWindow w = window("2023-05-10", null, null, "撤销", null);
        assertThat(Publicity.publiclyDisclosed(w, d("2023-05-10"))).isFalse();
        assertThat(Publicity.countsAsEvidence(w, d("2023-05-10"))).isFalse();
    }

    @Test
    void d6_validStatusKeepsPenaltyPublic() {
        PenaltyWindow w = window("2023-05-10", null, null, "有效", "2023-05-10");
        assertThat(Publicity.publiclyDisclosed(w, d("2024-05-10"))).isTrue();
        assertThat(Publicity.countsAsEvidence(w, d("2024-05-10"))).isTrue();
    }

    @ParameterizedTest(name = "d6 status {0} annuls the evidence")
    @ValueSource(strings = {"撤销", "确认无效"})
    void d6_annulledPenaltyStopsCountingOnItsAnnulmentDate(String status) {
        PenaltyWindow w = window("2023-05-10", null, null, status, "2024-01-01");
        assertThat(Publicity.countsAsEvidence(w, d("2023-05-09"))).isFalse();
        assertThat(Publicity.countsAsEvidence(w, d("2023-05-10"))).isTrue();
        assertThat(Publicity.countsAsEvidence(w, d("2023-12-31"))).isTrue();
        assertThat(Publicity.countsAsEvidence(w, d("2024-01-01"))).isFalse();
        assertThat(Publicity.countsAsEvidence(w, d("2024-01-02"))).isFalse();
    }

    @Test
    void d6_changedPenaltyStillCountsAsEvidence() {
        PenaltyWindow w = window("2023-05-10", null, null, "变更", "2024-01-01");
        assertThat(Publicity.countsAsEvidence(w, d("2024-01-01"))).isTrue();
        assertThat(Publicity.countsAsEvidence(w, d("2025-01-01"))).isTrue();
        assertThat(Publicity.publiclyDisclosed(w, d("2024-01-01"))).isFalse();
    }

    @Test
    void d6_evidenceOutlivesThePublicityWindow() {
        PenaltyWindow w = window("2023-05-10", "2023-11-09", "2023-08-01", null, null);
        assertThat(Publicity.publiclyDisclosed(w, d("2023-08-01"))).isFalse();
        assertThat(Publicity.countsAsEvidence(w, d("2023-08-01"))).isTrue();
        assertThat(Publicity.countsAsEvidence(w, d("2030-01-01"))).isTrue();
    }

    @Test
    void d6_publicViewEndsAtTheWithdrawalWhenThatComesFirst() {
        assertThat(Publicity.publicViewEnds(window("2026-01-10", null, null, "撤销", "2026-03-01")))
                .isEqualTo(d("2026-03-01"));
        assertThat(Publicity.publicViewEnds(window("2026-01-10", null, "2026-02-01", "撤销", "2026-03-01")))
                .isEqualTo(d("2026-02-01"));
        assertThat(Publicity.publicViewEnds(window("2026-01-10", null, null, "变更", null)))
                .isEqualTo(d("2026-01-10"));
        assertThat(Publicity.publicViewEnds(window("2026-01-10", null, null, "有效", null)))
                .isEqualTo(d("2029-01-10"));
    }

    @Test
    void d6_removalShownToPublicOnlyWhenItsViewEndedNoEarlierThanTheFirstLoadDay() {
        PenaltyWindow repaired = window("2026-01-10", null, "2026-03-01", null, null);
        assertThat(Publicity.removalShownToPublic(repaired, d("2026-02-28"))).isTrue();
        assertThat(Publicity.removalShownToPublic(repaired, d("2026-03-01"))).isTrue();
        assertThat(Publicity.removalShownToPublic(repaired, d("2026-03-02"))).isFalse();
        // loaded past its three years: never public while held
        PenaltyWindow old = window("2020-01-10", null, null, "有效", null);
        assertThat(Publicity.removalShownToPublic(old, d("2023-01-10"))).isTrue();
        assertThat(Publicity.removalShownToPublic(old, d("2023-01-11"))).isFalse();
        // withdrawn with an unknown date: never public
        assertThat(Publicity.removalShownToPublic(window("2026-01-10", null, null, "撤销", null), d("2026-01-10")))
                .isFalse();
        assertThat(Publicity.removalShownToPublic(repaired, null)).isFalse();
    }
}
