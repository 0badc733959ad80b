package org.creditgraph.model.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgraph.model.SanctionDomain.FINANCING;
import static org.creditgraph.model.SanctionDomain.HONOURS;
import static org.creditgraph.model.check.Scenario.accident;
import static org.creditgraph.model.check.Scenario.codes;
import static org.creditgraph.model.check.Scenario.datedListing;
import static org.creditgraph.model.check.Scenario.listing;
import static org.creditgraph.model.rules.AccidentGrade.LARGER;
import static org.creditgraph.model.rules.AccidentGrade.MAJOR;
import static org.creditgraph.model.rules.ListingRegime.SERIOUS_DISHONESTY;

import org.creditgraph.model.rules.ListingCriteria;
import org.junit.jupiter.api.Test;

class ListingCriteriaMetTest {

    private static final String USCC = "91110000600037341L";

    private static Scenario withMajorAccident() {
        return Scenario.enterprise(USCC, 'B').accident(accident("ACC-1", "2024-03-01", MAJOR));
    }

    @Test
    void d7_d9_criterionMetInsideTheTwelveMonthWindowIsAttention() {
        CheckResult result = withMajorAccident().check(FINANCING, "2024-06-15");
        assertThat(result.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(result.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(ReasonCode.LISTING_CRITERIA_MET);
            assertThat(r.criterion().code()).isEqualTo(ListingCriteria.MAJOR_ACCIDENT);
            assertThat(r.criterion().recordKeys()).containsExactly("ACC-1");
            assertThat(r.measures()).isEmpty();
            assertThat(r.inForceUntil()).isNull();
        });
        assertThat(result.measures()).isEmpty();
        assertThat(result.evidenceIds()).containsExactly("ACC-1");
    }

    @Test
    void d7_d9_criterionOutsideTheWindowIsClear() {
        assertThat(withMajorAccident().check(FINANCING, "2024-02-29").verdict()).isEqualTo(Verdict.CLEAR);
        assertThat(withMajorAccident().check(FINANCING, "2024-03-01").verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(withMajorAccident().check(FINANCING, "2025-02-28").verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(withMajorAccident().check(FINANCING, "2025-03-01").verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d7_d9_suppressedByAListingDecidedOnOrBeforeAsOfBasedOnTheRecords() {
        Scenario listed = withMajorAccident().listed(listing("L-1", SERIOUS_DISHONESTY, "2024-06-15", "ACC-1"));
        CheckResult result = listed.check(FINANCING, "2024-06-15");
        assertThat(result.verdict()).isEqualTo(Verdict.RESTRICTED);
        assertThat(codes(result)).containsExactly(ReasonCode.LISTED);

        // HONOURS has no measure in the test catalogue: the listing does not restrict, and still suppresses.
        assertThat(listed.check(HONOURS, "2024-06-15").verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d7_d9_suppressedEvenWhenTheListingIsNoLongerInForce() {
        Scenario removed = withMajorAccident()
                .listed(datedListing("L-1", SERIOUS_DISHONESTY, "2024-04-01", null, "2024-05-01", null, "ACC-1"));
        assertThat(removed.check(FINANCING, "2024-06-15").verdict()).isEqualTo(Verdict.CLEAR);
    }

    @Test
    void d7_d9_notSuppressedByAListingDecidedAfterAsOf() {
        Scenario listedLater = withMajorAccident().listed(listing("L-1", SERIOUS_DISHONESTY, "2024-06-16", "ACC-1"));
        CheckResult result = listedLater.check(FINANCING, "2024-06-15");
        assertThat(result.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(codes(result)).containsExactly(ReasonCode.LISTING_CRITERIA_MET);
        assertThat(result.evidenceIds()).containsExactly("ACC-1");
    }

    @Test
    void d7_d9_notSuppressedByAListingBasedOnOtherRecords() {
        Scenario otherBasis = withMajorAccident().listed(listing("L-1", SERIOUS_DISHONESTY, "2020-01-01", "ACC-0"));
        assertThat(codes(otherBasis.check(FINANCING, "2024-06-15"))).containsExactly(ReasonCode.LISTING_CRITERIA_MET);
    }

    @Test
    void d7_d9_recordsAlreadyListedDoNotCountAgain() {
        // ACC-1 and ACC-2 are two LARGER accidents; the listing rests on ACC-1, so ACC-2 alone is one short.
        Scenario enterprise = Scenario.enterprise(USCC, 'B')
                .accident(accident("ACC-1", "2024-01-10", LARGER))
                .accident(accident("ACC-2", "2024-04-10", LARGER))
                .listed(datedListing("L-1", SERIOUS_DISHONESTY, "2024-02-01", "2024-02-02", null, null, "ACC-1"));
        assertThat(enterprise.check(FINANCING, "2024-06-15").verdict()).isEqualTo(Verdict.CLEAR);

        // A later, unlisted MAJOR accident meets the criterion on its own.
        enterprise.accident(accident("ACC-3", "2024-05-10", MAJOR));
        CheckResult result = enterprise.check(FINANCING, "2024-06-15");
        assertThat(result.reasons())
                .extracting(r -> r.criterion().code())
                .containsExactly(ListingCriteria.MAJOR_ACCIDENT, ListingCriteria.TWO_LARGER_ACCIDENTS);
        assertThat(result.reasons())
                .allSatisfy(r -> assertThat(r.criterion().recordKeys()).doesNotContain("ACC-1"));
    }

    @Test
    void d7_d9_concealmentPenaltyOfAPersonIsAttention() {
        Scenario person = Scenario.person("PER-1").penalty("PEN-1", "2024-05-01", "瞒报生产安全事故");
        CheckResult result = person.check(FINANCING, "2024-06-15");
        assertThat(result.verdict()).isEqualTo(Verdict.ATTENTION);
        assertThat(result.reasons())
                .singleElement()
                .satisfies(r -> assertThat(r.criterion().code()).isEqualTo(ListingCriteria.CONCEALED_ACCIDENT));
        assertThat(result.evidenceIds()).containsExactly("PEN-1");

        person.listed(listing("L-1", SERIOUS_DISHONESTY, "2024-06-01", "PEN-1"));
        assertThat(codes(person.check(FINANCING, "2024-06-15"))).containsExactly(ReasonCode.LISTED);
    }
}
