package org.creditgraph.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgraph.model.SanctionDomain.FINANCING;
import static org.creditgraph.model.check.PrincipalFact.LEGAL_REPRESENTATIVE;
import static org.creditgraph.model.check.PrincipalFact.PRINCIPAL;
import static org.creditgraph.model.check.Scenario.convicted;
import static org.creditgraph.model.check.Scenario.d;
import static org.creditgraph.model.check.Scenario.majorAccident;
import static org.creditgraph.model.check.Scenario.role;

import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.rules.PrincipalBan;
import org.junit.jupiter.api.Test;

class BannedPrincipalTest {

    private static final String USCC = "91110000600037341L";
    private static final String AS_OF = "2024-06-15";

    // D5: 5-year ban [2022-01-01, 2027-01-01).
    private static final ResponsibilityFact CONVICTION = convicted("ACC-1", "2022-01-01");

    @Test
    void d5_d7_principalOnTheDateWinsOverTheLegalRepresentative() {
        Scenario bannedRepresentative = Scenario.enterprise(USCC, 'C')
                .holds(role("PER-P", PRINCIPAL, "2020-01-01", null))
                .holds(role("PER-L", LEGAL_REPRESENTATIVE, "2020-01-01", null, CONVICTION));
        assertThat(bannedRepresentative.check(FINANCING, AS_OF).verdict()).isEqualTo(Verdict.CLEAR);

        Scenario bannedPrincipal = Scenario.enterprise(USCC, 'C')
                .holds(role("PER-P", PRINCIPAL, "2020-01-01", null, CONVICTION))
                .holds(role("PER-L", LEGAL_REPRESENTATIVE, "2020-01-01", null));
        CheckResult result = bannedPrincipal.check(FINANCING, AS_OF);
        assertThat(result.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(result.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ReasonCode.BANNED_PRINCIPAL);
            assertThat(r.personId()).isEqualTo("PER-P");
            assertThat(r.ban().kind()).isEqualTo(PrincipalBan.Kind.FIVE_YEAR_ANY_INDUSTRY);
            assertThat(r.inForceUntil()).isEqualTo(d("2027-01-01"));
            assertThat(r.measures()).isEmpty();
        });
        assertThat(result.measures()).isEmpty();
        assertThat(result.evidenceIds()).containsExactly("ACC-1", "PER-P");
    }

    @Test
    void d5_d7_withoutPrincipalTheLegalRepresentativeCounts() {
        Scenario enterprise = Scenario.enterprise(USCC, 'C')
                .holds(role("PER-L", LEGAL_REPRESENTATIVE, "2020-01-01", null, CONVICTION));
        CheckResult result = enterprise.check(FINANCING, AS_OF);
        assertThat(result.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(result.reasons()).singleElement().satisfies(r -> assertThat(r.personId())
                .isEqualTo("PER-L"));
    }

    @Test
    void d5_d7_principalWhoseRoleEndedTheDayBeforeDoesNotCount() {
        Scenario ended = Scenario.enterprise(USCC, 'C')
                .holds(role("PER-P", PRINCIPAL, "2020-01-01", "2024-06-14", CONVICTION))
                .holds(role("PER-L", LEGAL_REPRESENTATIVE, "2020-01-01", null));
        assertThat(ended.check(FINANCING, AS_OF).verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d5_d7_lastDayOfTheRoleIsInclusive() {
        Scenario lastDay = Scenario.enterprise(USCC, 'C')
                .holds(role("PER-P", PRINCIPAL, "2020-01-01", "2024-06-15", CONVICTION))
                .holds(role("PER-L", LEGAL_REPRESENTATIVE, "2020-01-01", null));
        CheckResult result = lastDay.check(FINANCING, AS_OF);
        assertThat(result.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(result.reasons()).singleElement().satisfies(r -> {
            assertThat(r.personId()).isEqualTo("PER-P");
            assertThat(r.inForceUntil()).isEqualTo(d("2024-06-16"));
        });
        assertThat(lastDay.check(FINANCING, "2024-06-16").verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d5_d7_principalWhoseRoleStartsAfterTheDateDoesNotCount() {
        Scenario later = Scenario.enterprise(USCC, 'C').holds(role("PER-P", PRINCIPAL, "2024-06-16", null, CONVICTION));
        assertThat(later.check(FINANCING, AS_OF).verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(later.check(FINANCING, "2024-06-16").verdict()).isEqualTo(Verdict.ATTENTION);
    }

    @Test
    void d5_d7_lifetimeBanCoversTheSameSectionOnly() {
        ResponsibilityFact major = majorAccident("ACC-7", 'B', "2015-05-05");
        CheckResult sameSection = Scenario.enterprise(USCC, 'B')
                .holds(role("PER-P", PRINCIPAL, "2020-01-01", null, major))
                .check(FINANCING, AS_OF);
        assertThat(sameSection.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(sameSection.reasons()).singleElement().satisfies(r -> {
            assertThat(r.ban().kind()).isEqualTo(PrincipalBan.Kind.LIFETIME_SAME_INDUSTRY);
            assertThat(r.inForceUntil()).isNull();
        });

        CheckResult otherSection = Scenario.enterprise(USCC, 'C')
                .holds(role("PER-P", PRINCIPAL, "2020-01-01", null, major))
                .check(FINANCING, AS_OF);
        assertThat(otherSection.verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d5_d7_fiveYearBanCoversAnySection() {
        for (Character section : new Character[] {'A', 'B', 'C', null}) {
            CheckResult result = Scenario.enterprise(USCC, section)
                    .holds(role("PER-P", PRINCIPAL, "2020-01-01", null, CONVICTION))
                    .check(FINANCING, AS_OF);
            assertThat(result.verdict()).as(String.valueOf(section)).isEqualTo(Verdict.ATTENTION);
        }
    }

    @Test
    void d5_d7_bannedPrincipalIsAttentionInEveryDomain() {
        Scenario enterprise =
                Scenario.enterprise(USCC, 'C').holds(role("PER-P", PRINCIPAL, "2020-01-01", null, CONVICTION));
        for (SanctionDomain domain : SanctionDomain.values()) {
            Verdict expected = domain.appliesTo(SubjectKind.ENTERPRISE) ? Verdict.ATTENTION : Verdict.CLEAR;
            assertThat(enterprise.check(domain, AS_OF).verdict())
                    .as(domain.name())
                    .isEqualTo(expected);
        }
    }

    @Test
    void d5_d7_banNotYetOrNoLongerInForceDoesNotCount() {
        Scenario enterprise =
                Scenario.enterprise(USCC, 'C').holds(role("PER-P", PRINCIPAL, "2015-01-01", null, CONVICTION));
        assertThat(enterprise.check(FINANCING, "2021-12-31").verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(enterprise.check(FINANCING, "2022-01-01").verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(enterprise.check(FINANCING, "2026-12-31").verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(enterprise.check(FINANCING, "2027-01-01").verdict()).isEqualTo(Verdict.CLEAR);
    }
}
