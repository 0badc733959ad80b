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
        return new PenaltyWindow(d(decided), d(until), d(repaired), status, d(statusOn));
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
}
