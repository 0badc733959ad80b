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

    static final java.util.Map<String, org.creditgraph.api.relay.GlobalId.Type> TYPES = java.util.Map.of(
            "L1", org.creditgraph.api.relay.GlobalId.Type.Listing,
            "L2", org.creditgraph.api.relay.GlobalId.Type.Listing,
            "P1", org.creditgraph.api.relay.GlobalId.Type.Penalty,
            "A1", org.creditgraph.api.relay.GlobalId.Type.Accident,
            "H1", org.creditgraph.api.relay.GlobalId.Type.Hazard);

    @Test
    void aListingNewInTheEvidenceIsListingAddedAndNamesIt() {
        RecordChange change = RecordChange.between(
                state(Verdict.CLEAR, List.of(), List.of()),
                state(Verdict.RESTRICTED, List.of("LISTED"), List.of("L1", "P1", "91110000600037341L")),
                TYPES);
        assertThat(change.kind()).isEqualTo(org.creditgraph.model.WatchEventKind.LISTING_ADDED);
        assertThat(change.recordKey()).isEqualTo("L1");
        assertThat(change.recordId()).isEqualTo("Listing:L1");
    }

    @Test
    void aListingGoneFromTheEvidenceIsListingEnded() {
        RecordChange change = RecordChange.between(
                state(Verdict.RESTRICTED, List.of("LISTED", "LISTED"), List.of("L1", "L2")),
                state(Verdict.RESTRICTED, List.of("LISTED"), List.of("L2")),
                TYPES);
        assertThat(change.kind()).isEqualTo(org.creditgraph.model.WatchEventKind.LISTING_ENDED);
        assertThat(change.recordKey()).isEqualTo("L1");
    }

    @Test
    void newRecordsOfOtherTypesAreNamedByTheirType() {
        State clear = state(Verdict.CLEAR, List.of(), List.of());
        assertThat(RecordChange.between(
                                clear, state(Verdict.ATTENTION, List.of("LISTING_CRITERIA_MET"), List.of("H1")), TYPES)
                        .kind())
                .isEqualTo(org.creditgraph.model.WatchEventKind.HAZARD_ADDED);
        assertThat(RecordChange.between(
                                clear,
                                state(Verdict.ATTENTION, List.of("LISTING_CRITERIA_MET"), List.of("A1", "P1")),
                                TYPES)
                        .kind())
                .isEqualTo(org.creditgraph.model.WatchEventKind.ACCIDENT_ADDED);
        assertThat(RecordChange.between(
                                clear, state(Verdict.ATTENTION, List.of("LISTING_CRITERIA_MET"), List.of("P1")), TYPES)
                        .recordId())
                .isEqualTo("Penalty:P1");
    }

    @Test
    void aRecordLeavingTheEvidenceOtherThanAListingIsAVerdictChangeNamingIt() {
        RecordChange change = RecordChange.between(
                state(Verdict.ATTENTION, List.of("LISTING_CRITERIA_MET"), List.of("P1")),
                state(Verdict.CLEAR, List.of(), List.of()),
                TYPES);
        assertThat(change.kind()).isEqualTo(org.creditgraph.model.WatchEventKind.VERDICT_CHANGED);
        assertThat(change.recordKey()).isEqualTo("P1");
    }

    @Test
    void aChangeWithoutAKnownRecordIsAVerdictChangeNamingNone() {
        RecordChange change = RecordChange.between(
                state(Verdict.ATTENTION, List.of("BANNED_PRINCIPAL"), List.of("Pabc")),
                state(Verdict.CLEAR, List.of(), List.of()),
                TYPES);
        assertThat(change.kind()).isEqualTo(org.creditgraph.model.WatchEventKind.VERDICT_CHANGED);
        assertThat(change.recordId()).isNull();
        assertThat(change.recordKey()).isNull();
    }
}
