package org.creditgraph.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgraph.model.SanctionDomain.EXIT_ENTRY;
import static org.creditgraph.model.SanctionDomain.FINANCING;
import static org.creditgraph.model.SanctionDomain.GOVERNMENT_PROCUREMENT;
import static org.creditgraph.model.SanctionDomain.IMPORT_EXPORT;
import static org.creditgraph.model.SanctionDomain.PUBLIC_TENDERING;
import static org.creditgraph.model.check.Scenario.FIN_BONDS;
import static org.creditgraph.model.check.Scenario.FIN_LOANS;
import static org.creditgraph.model.check.Scenario.d;
import static org.creditgraph.model.check.Scenario.datedListing;
import static org.creditgraph.model.check.Scenario.listing;
import static org.creditgraph.model.rules.ListingRegime.BLACKLIST;
import static org.creditgraph.model.rules.ListingRegime.JOINT_SANCTION_TARGET;
import static org.creditgraph.model.rules.ListingRegime.SERIOUS_DISHONESTY;

import java.util.List;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.junit.jupiter.api.Test;

class ListedTest {

    private static final String USCC = "91110000600037341L";

    private static Verdict verdict(ListingFact listing, SanctionDomain domain, String asOf) {
        return Scenario.enterprise(USCC, 'B')
                .listed(listing)
                .check(domain, asOf)
                .verdict();
    }

    @Test
    void d3_d7_jointSanctionTargetInForceFromListedOnForOneYear() {
        ListingFact listing = listing("L-1", JOINT_SANCTION_TARGET, "2023-03-10");
        assertThat(verdict(listing, FINANCING, "2023-03-09")).isEqualTo(Verdict.CLEAR);
        assertThat(verdict(listing, FINANCING, "2023-03-10")).isEqualTo(Verdict.RESTRICTED);
        assertThat(verdict(listing, FINANCING, "2023-03-11")).isEqualTo(Verdict.RESTRICTED);
        assertThat(verdict(listing, FINANCING, "2024-03-09")).isEqualTo(Verdict.RESTRICTED);
        assertThat(verdict(listing, FINANCING, "2024-03-10")).isEqualTo(Verdict.CLEAR);
        assertThat(verdict(listing, FINANCING, "2024-03-11")).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d3_d7_blacklistWithGivenExpiryEndsOnThatDay() {
        ListingFact listing = datedListing("L-1", BLACKLIST, "2022-05-20", "2023-01-01", null, null);
        assertThat(verdict(listing, FINANCING, "2022-05-19")).isEqualTo(Verdict.CLEAR);
        assertThat(verdict(listing, FINANCING, "2022-05-20")).isEqualTo(Verdict.RESTRICTED);
        assertThat(verdict(listing, FINANCING, "2022-12-31")).isEqualTo(Verdict.RESTRICTED);
        assertThat(verdict(listing, FINANCING, "2023-01-01")).isEqualTo(Verdict.CLEAR);
        assertThat(verdict(listing, FINANCING, "2023-01-02")).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d3_d7_seriousDishonestyInForceForThreeYearsFromDecision() {
        ListingFact listing = listing("L-1", SERIOUS_DISHONESTY, "2023-11-01");
        assertThat(verdict(listing, FINANCING, "2023-10-31")).isEqualTo(Verdict.CLEAR);
        assertThat(verdict(listing, FINANCING, "2023-11-01")).isEqualTo(Verdict.RESTRICTED);
        assertThat(verdict(listing, FINANCING, "2023-11-02")).isEqualTo(Verdict.RESTRICTED);
        assertThat(verdict(listing, FINANCING, "2026-10-31")).isEqualTo(Verdict.RESTRICTED);
        assertThat(verdict(listing, FINANCING, "2026-11-01")).isEqualTo(Verdict.CLEAR);
        assertThat(verdict(listing, FINANCING, "2026-11-02")).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d3_d7_earlyRemovalEndsAndRestorationResumesWithOriginalExpiry() {
        ListingFact listing = datedListing("L-1", SERIOUS_DISHONESTY, "2023-11-01", null, "2024-11-05", "2025-02-01");
        assertThat(verdict(listing, FINANCING, "2024-11-04")).isEqualTo(Verdict.RESTRICTED);
        assertThat(verdict(listing, FINANCING, "2024-11-05")).isEqualTo(Verdict.CLEAR);
        assertThat(verdict(listing, FINANCING, "2025-01-31")).isEqualTo(Verdict.CLEAR);
        assertThat(verdict(listing, FINANCING, "2025-02-01")).isEqualTo(Verdict.RESTRICTED);
        assertThat(verdict(listing, FINANCING, "2026-10-31")).isEqualTo(Verdict.RESTRICTED);
        assertThat(verdict(listing, FINANCING, "2026-11-01")).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d3_d7_earlyRemovalWithoutRestorationStaysRemoved() {
        ListingFact listing = datedListing("L-1", SERIOUS_DISHONESTY, "2023-11-01", null, "2024-11-05", null);
        assertThat(verdict(listing, FINANCING, "2025-06-01")).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d7_listedReasonNamesListingMeasuresAndEnd() {
        ListingFact listing =
                datedListing("L-1", SERIOUS_DISHONESTY, "2023-11-01", null, "2024-11-05", null, "P-1", "A-1");
        CheckResult result = Scenario.enterprise(USCC, 'B').listed(listing).check(FINANCING, "2024-06-15");

        assertThat(result.verdict()).isEqualTo(Verdict.RESTRICTED);
        assertThat(result.subjectFound()).isTrue();
        assertThat(result.domain()).isEqualTo(FINANCING);
        assertThat(result.asOf()).isEqualTo(d("2024-06-15"));
        assertThat(result.reasons())
                .containsExactly(new CheckReason(
                        ReasonCode.LISTED,
                        listing,
                        null,
                        null,
                        List.of(),
                        null,
                        List.of(FIN_LOANS, FIN_BONDS),
                        d("2024-11-05")));
        assertThat(result.measures()).containsExactly(FIN_LOANS, FIN_BONDS);
        assertThat(result.evidenceIds()).containsExactly("A-1", "L-1", "P-1");
    }

    @Test
    void d4_d7_measuresFollowRegimeAndSubjectKind() {
        ListingFact joint = listing("L-1", JOINT_SANCTION_TARGET, "2024-01-10");
        CheckResult enterprise = Scenario.enterprise(USCC, 'B').listed(joint).check(FINANCING, "2024-06-15");
        assertThat(enterprise.measures()).containsExactly(FIN_LOANS);

        ListingFact serious = listing("L-2", SERIOUS_DISHONESTY, "2024-01-10");
        CheckResult person = Scenario.person("PER-1").listed(serious).check(FINANCING, "2024-06-15");
        assertThat(person.measures()).containsExactly(FIN_LOANS);
    }

    @Test
    void d7_listingInForceWithoutMeasureOfTheDomainDoesNotRestrict() {
        // PROCUREMENT applies to SERIOUS_DISHONESTY only; TENDERING to enterprises only.
        ListingFact joint = listing("L-1", JOINT_SANCTION_TARGET, "2024-01-10");
        CheckResult result = Scenario.enterprise(USCC, 'B').listed(joint).check(GOVERNMENT_PROCUREMENT, "2024-06-15");
        assertThat(result.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(result.subjectFound()).isTrue();
        assertThat(result.reasons()).isEmpty();

        ListingFact serious = listing("L-2", SERIOUS_DISHONESTY, "2024-01-10");
        assertThat(Scenario.person("PER-1")
                        .listed(serious)
                        .check(PUBLIC_TENDERING, "2024-06-15")
                        .verdict())
                .isEqualTo(Verdict.CLEAR);
        assertThat(SanctionDecision.decide(
                                Scenario.enterprise(USCC, 'B').listed(serious).evidence(),
                                FINANCING,
                                d("2024-06-15"),
                                List.of(),
                                2)
                        .verdict())
                .isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d4_d7_exitEntryForAnEnterpriseIsClear() {
        ListingFact listing = listing("L-1", SERIOUS_DISHONESTY, "2024-01-10");
        MeasureDef wrongKind = Scenario.measure("EXIT-X", EXIT_ENTRY, Scenario.ALL_REGIMES, Scenario.BOTH);
        CheckResult result = SanctionDecision.decide(
                Scenario.enterprise(USCC, 'B').listed(listing).evidence(),
                EXIT_ENTRY,
                d("2024-06-15"),
                List.of(wrongKind),
                2);
        assertThat(result.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(result.subjectFound()).isTrue();
        assertThat(result.reasons()).isEmpty();
        assertThat(result.evidenceIds()).isEmpty();
    }

    @Test
    void d4_d7_importExportForAPersonIsClear() {
        ListingFact listing = listing("L-1", SERIOUS_DISHONESTY, "2024-01-10");
        CheckResult result = Scenario.person("PER-1")
                .listed(listing)
                .responsible(Scenario.convicted("ACC-1", "2023-01-01"))
                .check(IMPORT_EXPORT, "2024-06-15");
        assertThat(result.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(result.subjectFound()).isTrue();
        assertThat(result.reasons()).isEmpty();

        assertThat(Scenario.person("PER-1")
                        .listed(listing)
                        .check(EXIT_ENTRY, "2024-06-15")
                        .verdict())
                .isEqualTo(Verdict.RESTRICTED);
    }

    @Test
    void d7_unknownSubjectIsClearAndNotFound() {
        CheckResult result = SanctionDecision.decide(
                CheckEvidence.notFound(SubjectKind.ENTERPRISE, USCC),
                FINANCING,
                d("2024-06-15"),
                Scenario.CATALOGUE,
                2);
        assertThat(result.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(result.subjectFound()).isFalse();
        assertThat(result.reasons()).isEmpty();
        assertThat(result.measures()).isEmpty();
        assertThat(result.evidenceIds()).isEmpty();

        assertThat(SanctionDecision.decide(null, FINANCING, d("2024-06-15"), Scenario.CATALOGUE, 2)
                        .subjectFound())
                .isFalse();
    }

    @Test
    void d7_knownAndCleanIsClearAndFound() {
        CheckResult result = Scenario.enterprise(USCC, 'B')
                .listed(listing("L-1", JOINT_SANCTION_TARGET, "2020-01-01"))
                .check(FINANCING, "2024-06-15");
        assertThat(result.verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(result.subjectFound()).isTrue();
        assertThat(result.evidenceIds()).isEmpty();
    }

    @Test
    void d3_d7_listingWithoutDateOrRegimeIsNeverInForce() {
        ListingFact noDate =
                new ListingFact("L-1", SERIOUS_DISHONESTY, null, null, null, null, null, null, null, null, false);
        ListingFact noRegime = listing("L-2", null, "2024-01-10");
        CheckResult result =
                Scenario.enterprise(USCC, 'B').listed(noDate).listed(noRegime).check(FINANCING, "2024-06-15");
        assertThat(result.verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d7_listingsOrderedByListingDateThenKey() {
        CheckResult result = Scenario.enterprise(USCC, 'B')
                .listed(listing("L-3", SERIOUS_DISHONESTY, "2024-02-01"))
                .listed(listing("L-2", JOINT_SANCTION_TARGET, "2024-01-10"))
                .listed(listing("L-1", BLACKLIST, "2024-02-01"))
                .check(FINANCING, "2024-06-15");
        assertThat(result.reasons().stream().map(r -> r.listing().key())).containsExactly("L-2", "L-1", "L-3");
        assertThat(result.measures()).containsExactly(FIN_LOANS, FIN_BONDS);
    }
}
