package org.creditgraph.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgraph.model.SanctionDomain.FINANCING;
import static org.creditgraph.model.SanctionDomain.GOVERNMENT_PROCUREMENT;
import static org.creditgraph.model.check.ControlEdge.SHAREHOLDER;
import static org.creditgraph.model.check.Scenario.FIN_BONDS;
import static org.creditgraph.model.check.Scenario.FIN_LOANS;
import static org.creditgraph.model.check.Scenario.accident;
import static org.creditgraph.model.check.Scenario.codes;
import static org.creditgraph.model.check.Scenario.convicted;
import static org.creditgraph.model.check.Scenario.d;
import static org.creditgraph.model.check.Scenario.edge;
import static org.creditgraph.model.check.Scenario.listing;
import static org.creditgraph.model.check.Scenario.role;
import static org.creditgraph.model.rules.AccidentGrade.MAJOR;
import static org.creditgraph.model.rules.ListingRegime.JOINT_SANCTION_TARGET;
import static org.creditgraph.model.rules.ListingRegime.SERIOUS_DISHONESTY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.creditgraph.model.SubjectKind;
import org.junit.jupiter.api.Test;

class SeveralReasonsTest {

    private static final String E0 = "91110000600037341L";
    private static final String AS_OF = "2024-06-15";

    private static Scenario troubled() {
        return Scenario.enterprise(E0, 'B')
                .listed(listing("L-OWN", SERIOUS_DISHONESTY, "2024-01-10", "PEN-1", "ACC-0"))
                .listed(listing("L-OLD", JOINT_SANCTION_TARGET, "2021-01-10", "PEN-0"))
                .controlledBy(
                        SubjectKind.ENTERPRISE,
                        List.of(listing("L-PARENT", JOINT_SANCTION_TARGET, "2024-03-01", "PEN-9")),
                        edge("E-PARENT", "ENTERPRISE", E0, SHAREHOLDER, 51.0, "2019-01-01", null))
                .holds(role("PER-P", PrincipalFact.PRINCIPAL, "2020-01-01", null, convicted("ACC-5", "2022-01-01")))
                .accident(accident("ACC-7", "2024-04-01", MAJOR));
    }

    @Test
    void d7_allReasonsAreReturnedInOrderAndRestrictedWins() {
        CheckResult result = troubled().check(FINANCING, AS_OF);
        assertThat(result.verdict()).isEqualTo(Verdict.RESTRICTED);
        assertThat(codes(result))
                .containsExactly(
                        ReasonCode.LISTED,
                        ReasonCode.RELATED_PARTY_RESTRICTED,
                        ReasonCode.BANNED_PRINCIPAL,
                        ReasonCode.LISTING_CRITERIA_MET);
        assertThat(result.reasons().getFirst().listing().key()).isEqualTo("L-OWN");
        assertThat(result.reasons().get(1).listing().key()).isEqualTo("L-PARENT");
        assertThat(result.reasons().get(1).inForceUntil()).isEqualTo(d("2025-03-01"));
        // Only RESTRICTED reasons contribute measures to the answer.
        assertThat(result.measures()).containsExactly(FIN_LOANS, FIN_BONDS);
    }

    @Test
    void d7_evidenceIdsAreEveryListingRecordAndPersonUsedSortedAndDistinct() {
        CheckResult result = troubled().check(FINANCING, AS_OF);
        assertThat(result.evidenceIds())
                .containsExactly("ACC-0", "ACC-5", "ACC-7", "E-PARENT", "L-OWN", "L-PARENT", "PEN-1", "PEN-9", "PER-P");
        assertThat(result.evidenceIds()).doesNotContain("L-OLD", "PEN-0", E0);
    }

    @Test
    void d7_withoutAMeasureTheRestAreAttention() {
        // PROCUREMENT covers SERIOUS_DISHONESTY only: L-OWN restricts, L-PARENT (2017 regime) does not expose.
        CheckResult result = troubled().check(GOVERNMENT_PROCUREMENT, AS_OF);
        assertThat(codes(result))
                .containsExactly(ReasonCode.LISTED, ReasonCode.BANNED_PRINCIPAL, ReasonCode.LISTING_CRITERIA_MET);

        // 2026-12-31: the ban (until 2027-01-01) and L-OWN (until 2027-01-10) hold; ACC-7 left the window.
        assertThat(codes(troubled().check(GOVERNMENT_PROCUREMENT, "2026-12-31")))
                .containsExactly(ReasonCode.LISTED, ReasonCode.BANNED_PRINCIPAL);
        assertThat(codes(troubled().check(GOVERNMENT_PROCUREMENT, "2027-01-09")))
                .containsExactly(ReasonCode.LISTED);
        assertThat(troubled().check(GOVERNMENT_PROCUREMENT, "2027-01-10").verdict())
                .isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d7_sameEvidenceInAnyOrderGivesTheSameAnswer() {
        CheckEvidence evidence = troubled()
                .listed(listing("L-B", SERIOUS_DISHONESTY, "2024-01-10"))
                .listed(listing("L-A", SERIOUS_DISHONESTY, "2024-01-10"))
                .evidence();
        CheckResult expected = SanctionDecision.decide(evidence, FINANCING, d(AS_OF), Scenario.CATALOGUE, 2);
        Random random = new Random(7);
        for (int i = 0; i < 5; i++) {
            List<ListingFact> listings = new ArrayList<>(evidence.listings());
            List<MeasureDef> catalogue = new ArrayList<>(Scenario.CATALOGUE);
            Collections.shuffle(listings, random);
            Collections.shuffle(catalogue, random);
            CheckEvidence shuffled = new CheckEvidence(
                    true,
                    evidence.kind(),
                    evidence.subjectId(),
                    evidence.industrySection(),
                    listings,
                    evidence.ownResponsibilities(),
                    evidence.roleHolders(),
                    evidence.controllers(),
                    evidence.criteria(),
                    evidence.grades());
            assertThat(SanctionDecision.decide(shuffled, FINANCING, d(AS_OF), catalogue, 2))
                    .isEqualTo(expected);
        }
        assertThat(expected.reasons().stream()
                        .filter(r -> r.code() == ReasonCode.LISTED)
                        .map(r -> r.listing().key()))
                .containsExactly("L-A", "L-B", "L-OWN");
    }

    @Test
    void d7_duplicateEvidenceGivesOneReason() {
        ListingFact listing = listing("L-1", SERIOUS_DISHONESTY, "2024-01-10");
        CheckResult result =
                Scenario.enterprise(E0, 'B').listed(listing).listed(listing).check(FINANCING, AS_OF);
        assertThat(result.reasons()).hasSize(1);
    }
}
