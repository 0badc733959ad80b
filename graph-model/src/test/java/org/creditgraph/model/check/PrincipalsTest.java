package org.creditgraph.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgraph.model.check.PrincipalFact.LEGAL_REPRESENTATIVE;
import static org.creditgraph.model.check.PrincipalFact.PRINCIPAL;
import static org.creditgraph.model.check.Scenario.d;
import static org.creditgraph.model.check.Scenario.role;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrincipalsTest {

    private static List<String> on(String date, PrincipalFact... holders) {
        return Principals.on(List.of(holders), d(date)).stream()
                .map(Principals.Principal::personId)
                .toList();
    }

    @Test
    void d5_allPrincipalsOnTheDate() {
        assertThat(on(
                        "2024-06-15",
                        role("B", PRINCIPAL, "2024-01-01", null),
                        role("A", PRINCIPAL, "2023-01-01", "2024-06-15"),
                        role("C", PRINCIPAL, "2020-01-01", "2024-06-14"),
                        role("L", LEGAL_REPRESENTATIVE, "2020-01-01", null)))
                .containsExactly("A", "B");
    }

    @Test
    void d5_legalRepresentativeStandsInWhenNoPrincipal() {
        assertThat(on(
                        "2024-06-15",
                        role("C", PRINCIPAL, "2020-01-01", "2024-06-14"),
                        role("L", LEGAL_REPRESENTATIVE, "2020-01-01", null),
                        role("M", LEGAL_REPRESENTATIVE, "2010-01-01", "2019-12-31")))
                .containsExactly("L");
        assertThat(on("2024-06-15", role("M", LEGAL_REPRESENTATIVE, "2010-01-01", "2019-12-31")))
                .isEmpty();
    }

    @Test
    void d5_standInEndsWhenTheNextPrincipalStarts() {
        List<Principals.Principal> principals = Principals.on(
                List.of(
                        role("L", LEGAL_REPRESENTATIVE, "2020-01-01", "2025-12-31"),
                        role("P", PRINCIPAL, "2024-09-01", null)),
                d("2024-06-15"));
        assertThat(principals).singleElement().satisfies(p -> {
            assertThat(p.personId()).isEqualTo("L");
            assertThat(p.role()).isEqualTo(LEGAL_REPRESENTATIVE);
            assertThat(p.until()).isEqualTo(d("2024-09-01"));
        });
    }

    @Test
    void d5_overlappingRecordsOfOnePersonMakeOnePrincipal() {
        ResponsibilityFact r = Scenario.convicted("ACC-1", "2022-01-01");
        List<Principals.Principal> principals = Principals.on(
                List.of(
                        role("P", PRINCIPAL, "2020-01-01", "2024-12-31", r),
                        role("P", PRINCIPAL, "2024-01-01", "2025-06-30", r)),
                d("2024-06-15"));
        assertThat(principals).singleElement().satisfies(p -> {
            assertThat(p.until()).isEqualTo(d("2025-07-01"));
            assertThat(p.responsibilities()).containsExactly(r);
        });
    }

    @Test
    void d5_roleWithUnknownStartCountsAsHeld() {
        assertThat(on("2024-06-15", role("P", PRINCIPAL, null, null))).containsExactly("P");
    }
}
