package org.creditgraph.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgraph.model.SanctionDomain.FINANCING;
import static org.creditgraph.model.SanctionDomain.IMPORT_EXPORT;
import static org.creditgraph.model.SanctionDomain.PUBLIC_TENDERING;
import static org.creditgraph.model.SanctionDomain.QUALIFICATION_REVIEW;
import static org.creditgraph.model.check.ControlEdge.INVESTOR;
import static org.creditgraph.model.check.ControlEdge.LEGAL_REPRESENTATIVE;
import static org.creditgraph.model.check.ControlEdge.PRINCIPAL;
import static org.creditgraph.model.check.ControlEdge.SHAREHOLDER;
import static org.creditgraph.model.check.Scenario.FIN_BONDS;
import static org.creditgraph.model.check.Scenario.FIN_LOANS;
import static org.creditgraph.model.check.Scenario.d;
import static org.creditgraph.model.check.Scenario.edge;
import static org.creditgraph.model.check.Scenario.listing;
import static org.creditgraph.model.rules.ListingRegime.JOINT_SANCTION_TARGET;
import static org.creditgraph.model.rules.ListingRegime.SERIOUS_DISHONESTY;

import java.util.List;
import org.creditgraph.model.SubjectKind;
import org.junit.jupiter.api.Test;

class RelatedPartyTest {

    private static final String E0 = "91110000600037341L";
    private static final String AS_OF = "2024-06-15";
    private static final List<ListingFact> PERSON_LISTED =
            List.of(listing("L-P", SERIOUS_DISHONESTY, "2024-01-10", "PEN-P"));
    private static final List<ListingFact> ENTERPRISE_LISTED =
            List.of(listing("L-E", SERIOUS_DISHONESTY, "2024-02-01"));

    private static final ControlEdge P_REPRESENTS_E0 =
            edge("PER-TOP", "PERSON", E0, LEGAL_REPRESENTATIVE, null, "2020-01-01", null);
    private static final ControlEdge P_OWNS_E1 =
            edge("PER-TOP", "PERSON", "E-1", SHAREHOLDER, 60.0, "2020-01-01", null);
    private static final ControlEdge E1_OWNS_E0 = edge("E-1", "ENTERPRISE", E0, SHAREHOLDER, 30.0, "2020-01-01", null);
    private static final ControlEdge E3_OWNS_E2 = edge("E-3", "ENTERPRISE", "E-2", INVESTOR, 100.0, "2020-01-01", null);
    private static final ControlEdge E2_HEADS_E1 =
            edge("E-2", "ENTERPRISE", "E-1", PRINCIPAL, null, "2020-01-01", null);

    private static Scenario enterprise() {
        return Scenario.enterprise(E0, 'C');
    }

    @Test
    void d7_listedControllerAtDepthOneIsAttentionWithPath() {
        CheckResult result = enterprise()
                .controlledBy(SubjectKind.PERSON, PERSON_LISTED, P_REPRESENTS_E0)
                .check(FINANCING, AS_OF);
        assertThat(result.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(result.reasons())
                .containsExactly(new CheckReason(
                        ReasonCode.RELATED_PARTY_RESTRICTED,
                        PERSON_LISTED.getFirst(),
                        null,
                        null,
                        List.of(P_REPRESENTS_E0),
                        null,
                        List.of(FIN_LOANS),
                        d("2027-01-10")));
        assertThat(result.measures()).isEmpty();
        assertThat(result.evidenceIds()).containsExactly("L-P", "PEN-P", "PER-TOP");
    }

    @Test
    void d7_exposureAtDepthTwoIsReportedByDefault() {
        CheckResult result = enterprise()
                .controlledBy(SubjectKind.PERSON, PERSON_LISTED, P_OWNS_E1, E1_OWNS_E0)
                .check(FINANCING, AS_OF);
        assertThat(result.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(result.reasons()).singleElement().satisfies(r -> assertThat(r.path())
                .containsExactly(P_OWNS_E1, E1_OWNS_E0));
        assertThat(result.evidenceIds()).containsExactly("E-1", "L-P", "PEN-P", "PER-TOP");
    }

    @Test
    void d7_exposureAtDepthThreeOnlyWithMaxDepthThree() {
        Scenario deep = enterprise()
                .controlledBy(SubjectKind.ENTERPRISE, ENTERPRISE_LISTED, E3_OWNS_E2, E2_HEADS_E1, E1_OWNS_E0);
        assertThat(deep.check(FINANCING, AS_OF, 2).verdict()).isEqualTo(Verdict.CLEAR);
        CheckResult result = deep.check(FINANCING, AS_OF, 3);
        assertThat(result.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(result.reasons()).singleElement().satisfies(r -> {
            assertThat(r.path()).hasSize(3);
            assertThat(r.measures()).containsExactly(FIN_LOANS, FIN_BONDS);
        });
        assertThat(deep.check(FINANCING, AS_OF, 0).verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d7_shareholdingControlsFrom25Percent() {
        ControlEdge below = edge("E-1", "ENTERPRISE", E0, SHAREHOLDER, 24.9, "2020-01-01", null);
        ControlEdge at = edge("E-1", "ENTERPRISE", E0, SHAREHOLDER, 25.0, "2020-01-01", null);
        ControlEdge unknown = edge("E-1", "ENTERPRISE", E0, INVESTOR, null, "2020-01-01", null);
        assertThat(enterprise()
                        .controlledBy(SubjectKind.ENTERPRISE, ENTERPRISE_LISTED, below)
                        .check(FINANCING, AS_OF)
                        .verdict())
                .isEqualTo(Verdict.CLEAR);
        assertThat(enterprise()
                        .controlledBy(SubjectKind.ENTERPRISE, ENTERPRISE_LISTED, at)
                        .check(FINANCING, AS_OF)
                        .verdict())
                .isEqualTo(Verdict.ATTENTION);
        assertThat(enterprise()
                        .controlledBy(SubjectKind.ENTERPRISE, ENTERPRISE_LISTED, unknown)
                        .check(FINANCING, AS_OF)
                        .verdict())
                .isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d7_belowThresholdEdgeAnywhereOnThePathBreaksIt() {
        ControlEdge weak = edge("PER-TOP", "PERSON", "E-1", SHAREHOLDER, 10.0, "2020-01-01", null);
        assertThat(enterprise()
                        .controlledBy(SubjectKind.PERSON, PERSON_LISTED, weak, E1_OWNS_E0)
                        .check(FINANCING, AS_OF)
                        .verdict())
                .isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d7_expiredShareholdingDoesNotControl() {
        ControlEdge expired = edge("E-1", "ENTERPRISE", E0, SHAREHOLDER, 30.0, "2020-01-01", "2024-06-14");
        ControlEdge lastDay = edge("E-1", "ENTERPRISE", E0, SHAREHOLDER, 30.0, "2020-01-01", "2024-06-15");
        ControlEdge future = edge("E-1", "ENTERPRISE", E0, SHAREHOLDER, 30.0, "2024-06-16", null);
        assertThat(enterprise()
                        .controlledBy(SubjectKind.PERSON, PERSON_LISTED, P_OWNS_E1, expired)
                        .check(FINANCING, AS_OF)
                        .verdict())
                .isEqualTo(Verdict.CLEAR);
        assertThat(enterprise()
                        .controlledBy(SubjectKind.PERSON, PERSON_LISTED, P_OWNS_E1, future)
                        .check(FINANCING, AS_OF)
                        .verdict())
                .isEqualTo(Verdict.CLEAR);
        CheckResult result = enterprise()
                .controlledBy(SubjectKind.PERSON, PERSON_LISTED, P_OWNS_E1, lastDay)
                .check(FINANCING, AS_OF);
        assertThat(result.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(result.reasons()).singleElement().satisfies(r -> assertThat(r.inForceUntil())
                .isEqualTo(d("2024-06-16")));
    }

    @Test
    void d7_controllerWhoseListingExpiredDoesNotExpose() {
        List<ListingFact> expired = List.of(listing("L-OLD", JOINT_SANCTION_TARGET, "2023-01-01"));
        Scenario enterprise = enterprise().controlledBy(SubjectKind.PERSON, expired, P_REPRESENTS_E0);
        assertThat(enterprise.check(FINANCING, "2023-12-31").verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(enterprise.check(FINANCING, "2024-01-01").verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(enterprise.check(FINANCING, AS_OF).verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d7_controllerMustBeRestrictedForItsOwnKindInTheSameDomain() {
        // TENDERING applies to enterprises only: a listed person does not restrict there.
        assertThat(enterprise()
                        .controlledBy(SubjectKind.PERSON, PERSON_LISTED, P_REPRESENTS_E0)
                        .check(PUBLIC_TENDERING, AS_OF)
                        .verdict())
                .isEqualTo(Verdict.CLEAR);
        // IMPORT_EXPORT does not apply to persons at all; it applies to the enterprise checked.
        assertThat(enterprise()
                        .controlledBy(SubjectKind.PERSON, PERSON_LISTED, P_REPRESENTS_E0)
                        .check(IMPORT_EXPORT, AS_OF)
                        .verdict())
                .isEqualTo(Verdict.CLEAR);
        assertThat(enterprise()
                        .controlledBy(SubjectKind.ENTERPRISE, ENTERPRISE_LISTED, E1_OWNS_E0)
                        .check(IMPORT_EXPORT, AS_OF)
                        .verdict())
                .isEqualTo(Verdict.ATTENTION);
    }

    @Test
    void d7_controllerKindFallsBackToTheTopEdge() {
        assertThat(enterprise()
                        .controlledBy(null, PERSON_LISTED, P_REPRESENTS_E0)
                        .check(PUBLIC_TENDERING, AS_OF)
                        .verdict())
                .isEqualTo(Verdict.CLEAR);
        assertThat(enterprise()
                        .controlledBy(null, ENTERPRISE_LISTED, E1_OWNS_E0)
                        .check(PUBLIC_TENDERING, AS_OF)
                        .verdict())
                .isEqualTo(Verdict.ATTENTION);
    }

    @Test
    void d5_d7_bansOfAControllerDoNotPropagate() {
        // A banned person who is legal representative but not principal, while a principal exists.
        Scenario enterprise = enterprise()
                .controlledBy(SubjectKind.PERSON, List.of(), P_REPRESENTS_E0)
                .holds(Scenario.role("PER-X", PrincipalFact.PRINCIPAL, "2020-01-01", null))
                .holds(Scenario.role(
                        "PER-TOP",
                        PrincipalFact.LEGAL_REPRESENTATIVE,
                        "2020-01-01",
                        null,
                        Scenario.convicted("ACC-1", "2022-01-01")));
        assertThat(enterprise.check(QUALIFICATION_REVIEW, AS_OF).verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d7_eachControlPathIsItsOwnReason() {
        CheckResult result = enterprise()
                .controlledBy(SubjectKind.PERSON, PERSON_LISTED, P_REPRESENTS_E0)
                .controlledBy(SubjectKind.PERSON, PERSON_LISTED, P_OWNS_E1, E1_OWNS_E0)
                .check(FINANCING, AS_OF);
        assertThat(result.reasons()).extracting(r -> r.path().size()).containsExactly(1, 2);
    }
}
