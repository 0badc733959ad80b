package org.creditgraph.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgraph.model.SanctionDomain.FINANCING;
import static org.creditgraph.model.SanctionDomain.GOVERNMENT_PROCUREMENT;
import static org.creditgraph.model.SanctionDomain.HONOURS;
import static org.creditgraph.model.SanctionDomain.PUBLIC_TENDERING;
import static org.creditgraph.model.check.Scenario.BOTH;
import static org.creditgraph.model.check.Scenario.codes;
import static org.creditgraph.model.check.Scenario.datedListing;
import static org.creditgraph.model.check.Scenario.listing;
import static org.creditgraph.model.check.Scenario.measure;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.rules.ListingRegime;
import org.junit.jupiter.api.Test;

/**
 * Regimes as data (D3/D4/D7): a regime added by a file only, the World Bank debarment
 * (FOREIGN_DEBARMENT, ATTENTION) and permanence, red list and grades earning incentives.
 */
class RegimesAsDataTest {

    private static final String USCC = "91110000600037341L";
    private static final ListingRegime WORLD_BANK = ListingRegime.valueOf("WORLD_BANK_DEBARMENT");
    private static final ListingRegime RED_LIST = ListingRegime.valueOf("RED_LIST");

    // World Bank rows of the shipped measures catalogue, as measures.csv has them
    private static final List<MeasureDef> WB_MEASURES = List.of(
            measure("GP-FOREIGN-DEBARMENT", GOVERNMENT_PROCUREMENT, List.of(WORLD_BANK), BOTH),
            measure("PT-FOREIGN-DEBARMENT", PUBLIC_TENDERING, List.of(WORLD_BANK), BOTH),
            measure("FI-FOREIGN-DEBARMENT", FINANCING, List.of(WORLD_BANK), BOTH));

    private static final IncentiveDef PRIORITY =
            incentive("FI-LOAN-TERMS", FINANCING, List.of("RED_LIST"), List.of("A"));
    private static final IncentiveDef HONOURS_PRIORITY =
            incentive("HO-PRIORITY", HONOURS, List.of("RED_LIST"), List.of());
    private static final List<IncentiveDef> INCENTIVES = List.of(PRIORITY, HONOURS_PRIORITY);

    private static IncentiveDef incentive(
            String code, SanctionDomain domain, List<String> regimes, List<String> grades) {
        return new IncentiveDef(code, "激励" + code, "Incentive " + code, domain, "basis", regimes, grades, BOTH);
    }

    private static Scenario enterprise() {
        return Scenario.enterprise(USCC, 'B');
    }

    @Test
    void regimesAsData_aRegimeFromATestResourceFileRestrictsWithItsOwnPeriod() {
        // graph-model/src/test/resources/regimes/regimes.yaml: no code names this regime
        ListingRegime added = ListingRegime.parse("某省安全生产重点监管名单").orElseThrow();
        assertThat(added.name()).isEqualTo("TEST_PROVINCIAL_KEY_SUPERVISION");
        assertThat(ListingRegime.values()).contains(added, ListingRegime.BLACKLIST, RED_LIST, WORLD_BANK);
        List<MeasureDef> catalogue =
                List.of(measure("X-01", FINANCING, List.of(added), List.of(SubjectKind.ENTERPRISE)));
        Scenario s = enterprise().listed(listing("L-1", added, "2024-01-10"));
        assertThat(s.check(FINANCING, "2024-01-10", catalogue, List.of()).verdict())
                .isEqualTo(Verdict.RESTRICTED);
        assertThat(s.check(FINANCING, "2026-01-09", catalogue, List.of()).verdict())
                .isEqualTo(Verdict.RESTRICTED);
        // its default period P2Y from the file
        assertThat(s.check(FINANCING, "2026-01-10", catalogue, List.of()).verdict())
                .isEqualTo(Verdict.CLEAR);
        assertThat(s.check(FINANCING, "2024-06-01", catalogue, List.of())
                        .reasons()
                        .getFirst()
                        .inForceUntil())
                .isEqualTo(LocalDate.parse("2026-01-10"));
    }

    @Test
    void foreignDebarment_attentionInItsDomainsOnlyWhileInForce() {
        Scenario s = enterprise().listed(datedListing("WB-1", WORLD_BANK, "2020-03-01", "2025-03-01", null, null));
        for (SanctionDomain domain : List.of(GOVERNMENT_PROCUREMENT, PUBLIC_TENDERING, FINANCING)) {
            CheckResult r = s.check(domain, "2024-06-01", WB_MEASURES, List.of());
            assertThat(r.verdict()).as(domain.name()).isEqualTo(Verdict.ATTENTION);
            assertThat(codes(r)).containsExactly(ReasonCode.FOREIGN_DEBARMENT);
            assertThat(r.measures())
                    .as("ATTENTION lists no restricting measures")
                    .isEmpty();
            assertThat(r.reasons().getFirst().measures()).hasSize(1);
            assertThat(r.reasons().getFirst().inForceUntil()).isEqualTo(LocalDate.parse("2025-03-01"));
        }
        assertThat(s.check(HONOURS, "2024-06-01", WB_MEASURES, List.of()).verdict())
                .isEqualTo(Verdict.CLEAR);
        assertThat(s.check(GOVERNMENT_PROCUREMENT, "2025-03-01", WB_MEASURES, List.of())
                        .verdict())
                .isEqualTo(Verdict.CLEAR);
        assertThat(s.check(GOVERNMENT_PROCUREMENT, "2020-02-29", WB_MEASURES, List.of())
                        .verdict())
                .isEqualTo(Verdict.CLEAR);
    }

    @Test
    void foreignDebarment_permanentNeverExpires() {
        ListingFact permanent = new ListingFact(
                "WB-2",
                WORLD_BANK,
                LocalDate.parse("2016-01-14"),
                null,
                null,
                null,
                null,
                null,
                "1.14",
                List.of(),
                true);
        CheckResult r =
                enterprise().listed(permanent).check(GOVERNMENT_PROCUREMENT, "2999-12-31", WB_MEASURES, List.of());
        assertThat(codes(r)).containsExactly(ReasonCode.FOREIGN_DEBARMENT);
        assertThat(r.reasons().getFirst().inForceUntil()).as("open-ended").isNull();
    }

    @Test
    void foreignDebarment_ofAControllerDoesNotTaintTheEnterprise() {
        ListingFact debarred = datedListing("WB-3", WORLD_BANK, "2020-03-01", "2030-03-01", null, null);
        CheckResult r = enterprise()
                .controlledBy(
                        SubjectKind.ENTERPRISE,
                        List.of(debarred),
                        Scenario.edge(
                                "91110000000000001X", "ENTERPRISE", USCC, "SHAREHOLDER", 60.0, "2019-01-01", null))
                .check(GOVERNMENT_PROCUREMENT, "2024-06-01", WB_MEASURES, List.of());
        assertThat(r.verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void incentives_redListEarnsTheIncentivesOfTheDomain() {
        Scenario s = enterprise().listed(datedListing("R-1", RED_LIST, "2024-01-01", "2026-01-01", null, null));
        CheckResult r = s.check(FINANCING, "2024-06-01", Scenario.CATALOGUE, INCENTIVES);
        assertThat(r.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(r.incentives()).extracting(g -> g.incentive().code()).containsExactly("FI-LOAN-TERMS");
        assertThat(r.incentives().getFirst().listing().key()).isEqualTo("R-1");
        assertThat(r.incentives().getFirst().inForceUntil()).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(r.evidenceIds()).contains("R-1");
        assertThat(s.check(HONOURS, "2024-06-01", Scenario.CATALOGUE, INCENTIVES)
                        .incentives())
                .extracting(g -> g.incentive().code())
                .containsExactly("HO-PRIORITY");
        assertThat(s.check(FINANCING, "2026-01-01", Scenario.CATALOGUE, INCENTIVES)
                        .incentives())
                .isEmpty();
    }

    @Test
    void incentives_gradeAInForceEarnsThem_gradeBOrExpiredDoNot() {
        assertThat(enterprise()
                        .graded("A", "2024-01-01", "2024-12-31")
                        .check(FINANCING, "2024-12-31", Scenario.CATALOGUE, INCENTIVES)
                        .incentives())
                .extracting(g -> g.incentive().code())
                .containsExactly("FI-LOAN-TERMS");
        assertThat(enterprise()
                        .graded("A", "2024-01-01", "2024-12-31")
                        .check(FINANCING, "2025-01-01", Scenario.CATALOGUE, INCENTIVES)
                        .incentives())
                .isEmpty();
        assertThat(enterprise()
                        .graded("B", "2024-01-01", null)
                        .check(FINANCING, "2024-06-01", Scenario.CATALOGUE, INCENTIVES)
                        .incentives())
                .isEmpty();
    }

    @Test
    void incentives_aListedSubjectGetsNoneWhateverItsGrade() {
        // restricted in FINANCING by a serious-dishonesty listing, yet graded A and on the red list
        Scenario listed = enterprise()
                .graded("A", "2024-01-01", null)
                .listed(datedListing("R-1", RED_LIST, "2024-01-01", null, null, null))
                .listed(listing("L-1", ListingRegime.SERIOUS_DISHONESTY, "2024-02-01"));
        CheckResult financing = listed.check(FINANCING, "2024-06-01", Scenario.CATALOGUE, INCENTIVES);
        assertThat(financing.verdict()).isEqualTo(Verdict.RESTRICTED);
        assertThat(financing.incentives()).isEmpty();
        // HONOURS has no measure in this catalogue: CLEAR there, but a listed subject still earns nothing
        CheckResult honours = listed.check(HONOURS, "2024-06-01", Scenario.CATALOGUE, INCENTIVES);
        assertThat(honours.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(honours.incentives()).isEmpty();
        // a foreign debarment counts too
        CheckResult debarred = enterprise()
                .graded("A", "2024-01-01", null)
                .listed(datedListing("WB-1", WORLD_BANK, "2020-03-01", "2030-03-01", null, null))
                .check(FINANCING, "2024-06-01", WB_MEASURES, INCENTIVES);
        assertThat(debarred.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(debarred.incentives()).isEmpty();
        // once the listing has expired, the grade earns its incentives again
        assertThat(listed.check(FINANCING, "2027-02-01", Scenario.CATALOGUE, INCENTIVES)
                        .incentives())
                .extracting(g -> g.incentive().code())
                .containsExactly("FI-LOAN-TERMS");
    }
}
