package org.creditgraph.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgraph.model.rules.PrincipalBan.Kind.FIVE_YEAR_ANY_INDUSTRY;
import static org.creditgraph.model.rules.PrincipalBan.Kind.LIFETIME_SAME_INDUSTRY;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.model.rules.PrincipalBan.Ban;
import org.creditgraph.model.rules.PrincipalBan.Responsibility;
import org.junit.jupiter.api.Test;

class PrincipalBanTest {

    private static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Responsibility responsibility(
            AccidentGrade grade,
            Character section,
            String outcome,
            String outcomeOn,
            String sentenceEndOn,
            String approvedOn) {
        return new Responsibility(
                "ACC-1", grade, section, "主要责任", outcome, d(outcomeOn), d(sentenceEndOn), d(approvedOn));
    }

    @Test
    void d5_criminalPenaltyBanRunsFiveYearsFromSentenceEnd() {
        List<Ban> bans = PrincipalBan.bansFrom(
                responsibility(AccidentGrade.LARGER, 'B', "刑事处罚", "2022-01-10", "2025-06-30", "2021-12-01"));
        assertThat(bans)
                .containsExactly(new Ban(FIVE_YEAR_ANY_INDUSTRY, d("2025-06-30"), d("2030-06-30"), null, "ACC-1"));
    }

    @Test
    void d5_criminalPenaltyWithoutSentenceEndRunsFromOutcomeDate() {
        List<Ban> bans = PrincipalBan.bansFrom(
                responsibility(AccidentGrade.GENERAL, null, "刑事处罚", "2022-01-10", null, "2021-12-01"));
        assertThat(bans)
                .containsExactly(new Ban(FIVE_YEAR_ANY_INDUSTRY, d("2022-01-10"), d("2027-01-10"), null, "ACC-1"));
    }

    @Test
    void d5_dismissalBanFallsBackToReportApproval() {
        assertThat(PrincipalBan.bansFrom(responsibility(AccidentGrade.LARGER, 'C', "撤职", "2023-03-15", null, null)))
                .containsExactly(new Ban(FIVE_YEAR_ANY_INDUSTRY, d("2023-03-15"), d("2028-03-15"), null, "ACC-1"));
        assertThat(PrincipalBan.bansFrom(responsibility(AccidentGrade.LARGER, 'C', "撤职处分", null, null, "2023-02-01")))
                .containsExactly(new Ban(FIVE_YEAR_ANY_INDUSTRY, d("2023-02-01"), d("2028-02-01"), null, "ACC-1"));
    }

    @Test
    void d5_otherOutcomesGiveNoBanBelowMajor() {
        for (String outcome : new String[] {"罚款", "处分", "其他", "免予刑事处罚", null}) {
            assertThat(PrincipalBan.bansFrom(
                            responsibility(AccidentGrade.LARGER, 'C', outcome, "2023-03-15", null, null)))
                    .as(String.valueOf(outcome))
                    .isEmpty();
        }
    }

    @Test
    void d5_majorAccidentGivesLifetimeSameIndustryBanForAnyOutcome() {
        assertThat(PrincipalBan.bansFrom(
                        responsibility(AccidentGrade.MAJOR, 'B', "罚款", "2023-03-15", null, "2023-01-20")))
                .containsExactly(new Ban(LIFETIME_SAME_INDUSTRY, d("2023-03-15"), null, 'B', "ACC-1"));
        assertThat(PrincipalBan.bansFrom(responsibility(AccidentGrade.MAJOR, 'B', "其他", null, null, "2023-01-20")))
                .containsExactly(new Ban(LIFETIME_SAME_INDUSTRY, d("2023-01-20"), null, 'B', "ACC-1"));
    }

    @Test
    void d5_lifetimeBanForAnyResponsibilityType() {
        for (String type : new String[] {"直接责任", "主要责任", "重要责任", "领导责任"}) {
            Responsibility r = new Responsibility(
                    "ACC-9", AccidentGrade.ESPECIALLY_MAJOR, 'C', type, "处分", d("2024-05-01"), null, null);
            assertThat(PrincipalBan.bansFrom(r))
                    .as(type)
                    .containsExactly(new Ban(LIFETIME_SAME_INDUSTRY, d("2024-05-01"), null, 'C', "ACC-9"));
        }
    }

    @Test
    void d5_criminalPenaltyForMajorAccidentGivesBothBans() {
        List<Ban> bans = PrincipalBan.bansFrom(
                responsibility(AccidentGrade.ESPECIALLY_MAJOR, 'B', "刑事处罚", "2022-01-10", "2026-01-09", "2021-11-30"));
        assertThat(bans)
                .containsExactly(
                        new Ban(FIVE_YEAR_ANY_INDUSTRY, d("2026-01-09"), d("2031-01-09"), null, "ACC-1"),
                        new Ban(LIFETIME_SAME_INDUSTRY, d("2022-01-10"), null, 'B', "ACC-1"));
    }

    @Test
    void d5_noBanWithoutAnyStartDate() {
        assertThat(PrincipalBan.bansFrom(responsibility(AccidentGrade.MAJOR, 'B', "刑事处罚", null, null, null)))
                .isEmpty();
        assertThat(PrincipalBan.bansFrom(responsibility(AccidentGrade.MAJOR, 'B', "刑事处罚", null, "2030-01-01", null)))
                .containsExactly(new Ban(FIVE_YEAR_ANY_INDUSTRY, d("2030-01-01"), d("2035-01-01"), null, "ACC-1"));
    }

    @Test
    void d5_leapDayStartEndsOn28February() {
        assertThat(PrincipalBan.bansFrom(responsibility(AccidentGrade.GENERAL, null, "撤职", "2024-02-29", null, null)))
                .containsExactly(new Ban(FIVE_YEAR_ANY_INDUSTRY, d("2024-02-29"), d("2029-02-28"), null, "ACC-1"));
    }

    @Test
    void d5_fiveYearBanBoundaries() {
        Ban ban = new Ban(FIVE_YEAR_ANY_INDUSTRY, d("2023-03-15"), d("2028-03-15"), null, "ACC-1");
        assertThat(PrincipalBan.inForce(ban, d("2023-03-14"))).isFalse();
        assertThat(PrincipalBan.inForce(ban, d("2023-03-15"))).isTrue();
        assertThat(PrincipalBan.inForce(ban, d("2023-03-16"))).isTrue();
        assertThat(PrincipalBan.inForce(ban, d("2028-03-14"))).isTrue();
        assertThat(PrincipalBan.inForce(ban, d("2028-03-15"))).isFalse();
        assertThat(PrincipalBan.inForce(ban, d("2028-03-16"))).isFalse();
    }

    @Test
    void d5_lifetimeBanNeverEnds() {
        Ban ban = new Ban(LIFETIME_SAME_INDUSTRY, d("2023-03-15"), null, 'B', "ACC-1");
        assertThat(PrincipalBan.inForce(ban, d("2023-03-14"))).isFalse();
        assertThat(PrincipalBan.inForce(ban, d("2023-03-15"))).isTrue();
        assertThat(PrincipalBan.inForce(ban, d("2123-03-15"))).isTrue();
    }

    @Test
    void d5_fiveYearBanCoversEveryIndustry() {
        Ban ban = new Ban(FIVE_YEAR_ANY_INDUSTRY, d("2023-03-15"), d("2028-03-15"), null, "ACC-1");
        assertThat(PrincipalBan.covers(ban, 'B')).isTrue();
        assertThat(PrincipalBan.covers(ban, 'Q')).isTrue();
        assertThat(PrincipalBan.covers(ban, null)).isTrue();
    }

    @Test
    void d5_lifetimeBanCoversSameSectionOrUnknown() {
        Ban ban = new Ban(LIFETIME_SAME_INDUSTRY, d("2023-03-15"), null, 'B', "ACC-1");
        assertThat(PrincipalBan.covers(ban, 'B')).isTrue();
        assertThat(PrincipalBan.covers(ban, 'b')).isTrue();
        assertThat(PrincipalBan.covers(ban, 'C')).isFalse();
        assertThat(PrincipalBan.covers(ban, null)).isTrue();
        Ban unknownIndustry = new Ban(LIFETIME_SAME_INDUSTRY, d("2023-03-15"), null, null, "ACC-1");
        assertThat(PrincipalBan.covers(unknownIndustry, 'C')).isTrue();
        assertThat(PrincipalBan.covers(unknownIndustry, null)).isTrue();
    }
}
