package org.creditgraph.api.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.check.Verdict;
import org.creditgraph.model.store.WatchlistStore.State;
import org.junit.jupiter.api.Test;

/** Issue 7: what counts as a verdict or reason change between a stored state and a recomputed one. */
class ChangeComparisonTest {

    static State state(Verdict verdict, List<String> reasons, List<String> evidence) {
        return new State(
                "91110000600037341L",
                SubjectKind.ENTERPRISE,
                SanctionDomain.FINANCING,
                verdict,
                reasons,
                evidence,
                "fingerprint",
                LocalDate.of(2026, 1, 1));
    }

    @Test
    void theSameReasonsAndEvidenceInAnotherOrderAreNoChange() {
        State before = state(Verdict.RESTRICTED, List.of("LISTED", "LISTING_CRITERIA_MET"), List.of("a", "b", "c"));
        State now = state(Verdict.RESTRICTED, List.of("LISTING_CRITERIA_MET", "LISTED"), List.of("c", "a", "b"));
        assertThat(ChangeDetector.changed(before, now)).isFalse();
    }

    @Test
    void anotherVerdictReasonOrEvidenceIsAChange() {
        State before = state(Verdict.ATTENTION, List.of("RELATED_PARTY_RESTRICTED"), List.of("a"));
        assertThat(ChangeDetector.changed(
                        before, state(Verdict.RESTRICTED, List.of("RELATED_PARTY_RESTRICTED"), List.of("a"))))
                .isTrue();
        assertThat(ChangeDetector.changed(
                        before,
                        state(
                                Verdict.ATTENTION,
                                List.of("RELATED_PARTY_RESTRICTED", "RELATED_PARTY_RESTRICTED"),
                                List.of("a"))))
                .isTrue();
        assertThat(ChangeDetector.changed(
                        before, state(Verdict.ATTENTION, List.of("RELATED_PARTY_RESTRICTED"), List.of("a", "b"))))
                .isTrue();
    }
}
