package org.creditgraph.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgraph.model.SanctionDomain.FINANCING;
import static org.creditgraph.model.SanctionDomain.QUALIFICATION_REVIEW;
import static org.creditgraph.model.check.Scenario.QUALIFICATION;
import static org.creditgraph.model.check.Scenario.convicted;
import static org.creditgraph.model.check.Scenario.d;

import java.util.List;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.rules.PrincipalBan;
import org.junit.jupiter.api.Test;

class BannedPersonTest {

    // D5: sentence ended 2020-06-30, so the 5-year ban runs [2020-06-30, 2025-06-30).
    private static final Scenario CONVICTED = Scenario.person("PER-1").responsible(convicted("ACC-1", "2020-06-30"));

    @Test
    void d5_d7_fiveYearBanRestrictsInQualificationReviewOnly() {
        CheckResult result = CONVICTED.check(QUALIFICATION_REVIEW, "2024-06-15");
        assertThat(result.verdict()).isEqualTo(Verdict.RESTRICTED);
        PrincipalBan.Ban ban = new PrincipalBan.Ban(
                PrincipalBan.Kind.FIVE_YEAR_ANY_INDUSTRY, d("2020-06-30"), d("2025-06-30"), null, "ACC-1");
        assertThat(result.reasons())
                .containsExactly(new CheckReason(
                        ReasonCode.BANNED_PERSON,
                        null,
                        ban,
                        null,
                        List.of(),
                        null,
                        List.of(QUALIFICATION),
                        d("2025-06-30")));
        assertThat(result.measures()).containsExactly(QUALIFICATION);
        assertThat(result.evidenceIds()).containsExactly("ACC-1");

        for (SanctionDomain domain : SanctionDomain.values()) {
            if (domain != QUALIFICATION_REVIEW) {
                assertThat(CONVICTED.check(domain, "2024-06-15").verdict())
                        .as(domain.name())
                        .isEqualTo(Verdict.CLEAR);
            }
        }
        assertThat(CONVICTED.check(FINANCING, "2024-06-15").reasons()).isEmpty();
    }

    @Test
    void d5_d7_banEndIsExclusive() {
        assertThat(CONVICTED.check(QUALIFICATION_REVIEW, "2020-06-29").verdict())
                .isEqualTo(Verdict.CLEAR);
        assertThat(CONVICTED.check(QUALIFICATION_REVIEW, "2020-06-30").verdict())
                .isEqualTo(Verdict.RESTRICTED);
        assertThat(CONVICTED.check(QUALIFICATION_REVIEW, "2025-06-29").verdict())
                .isEqualTo(Verdict.RESTRICTED);
        assertThat(CONVICTED.check(QUALIFICATION_REVIEW, "2025-06-30").verdict())
                .isEqualTo(Verdict.CLEAR);
        assertThat(CONVICTED.check(QUALIFICATION_REVIEW, "2025-07-01").verdict())
                .isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d5_d7_banRestrictsEvenWithoutAnyMeasureInTheCatalogue() {
        CheckResult result =
                SanctionDecision.decide(CONVICTED.evidence(), QUALIFICATION_REVIEW, d("2024-06-15"), List.of(), 2);
        assertThat(result.verdict()).isEqualTo(Verdict.RESTRICTED);
        assertThat(result.reasons()).singleElement().satisfies(r -> assertThat(r.measures())
                .isEmpty());
        assertThat(result.measures()).isEmpty();
    }

    @Test
    void d5_d7_lifetimeBanRestrictsForEver() {
        Scenario person = Scenario.person("PER-2").responsible(Scenario.majorAccident("ACC-9", 'B', "2010-03-01"));
        CheckResult result = person.check(QUALIFICATION_REVIEW, "2040-01-01");
        assertThat(result.verdict()).isEqualTo(Verdict.RESTRICTED);
        assertThat(result.reasons()).singleElement().satisfies(r -> {
            assertThat(r.ban().kind()).isEqualTo(PrincipalBan.Kind.LIFETIME_SAME_INDUSTRY);
            assertThat(r.inForceUntil()).isNull();
        });
        assertThat(person.check(QUALIFICATION_REVIEW, "2010-02-28").verdict()).isEqualTo(Verdict.CLEAR);
    }
}
