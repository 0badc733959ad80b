package org.creditgraph.api.correction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.watch.ChangeDetector;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.Corrections;
import org.creditgraph.model.store.CorrectionStore;
import org.creditgraph.model.store.CorrectionStore.Correction;
import org.creditgraph.model.store.CorrectionStore.ListingRecord;
import org.creditgraph.model.store.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Corrections a regulator makes through the API (issue 7): early removal and restoration of a
 * listing (D3), annulment of a penalty (D6). ADMIN callers only. Each is checked against the
 * stored record ({@link Corrections}), written with its audit trail and a new data version
 * ({@link CorrectionStore}), and then change detection rechecks the record's subjects and what
 * they control ({@link ChangeDetector#afterCorrection}), so watchers get their events at once.
 */
@Service
public class CorrectionService {

    private static final Logger log = LoggerFactory.getLogger(CorrectionService.class);

    /** A correction and the number of watchlist events it caused at once (null when left to the worker). */
    public record Outcome(Correction correction, Long eventsRecorded) {}

    private final CorrectionStore store;
    private final ChangeDetector detector;
    private final EventStore events;

    public CorrectionService(CorrectionStore store, ChangeDetector detector, EventStore events) {
        this.store = store;
        this.detector = detector;
        this.events = events;
    }

    public Outcome removeListingEarly(String listingId, LocalDate removedOn, String reason, Viewer viewer) {
        String by = admin(viewer, "removeListingEarly");
        ListingRecord listing = listing(listingId);
        String why = reason(reason);
        problem(Corrections.earlyRemovalProblem(listing.regime(), listing.dates(), removedOn), "removedOn");
        return detect(store.removeListingEarly(listing, removedOn, why, by));
    }

    public Outcome restoreListing(String listingId, LocalDate restoredOn, String reason, Viewer viewer) {
        String by = admin(viewer, "restoreListing");
        ListingRecord listing = listing(listingId);
        String why = reason(reason);
        problem(Corrections.restorationProblem(listing.regime(), listing.dates(), restoredOn), "restoredOn");
        return detect(store.restoreListing(listing, restoredOn, why, by));
    }

    public Outcome annulPenalty(String penaltyId, LocalDate annulledOn, String reason, Viewer viewer) {
        String by = admin(viewer, "annulPenalty");
        var penalty = store.penalty(penaltyId.strip())
                .orElseThrow(() -> notFound("penaltyId", "no penalty with key " + penaltyId.strip()));
        String why = reason(reason);
        problem(Corrections.annulmentProblem(penalty.decidedOn(), penalty.status(), annulledOn), "annulledOn");
        return detect(store.annulPenalty(penalty, annulledOn, why, by));
    }

    public Outcome repairPenalty(String key, LocalDate repairedOn, String reason, Viewer viewer) {
        String by = admin(viewer, "repairPenalty");
        var penalty =
                store.penalty(key.strip()).orElseThrow(() -> notFound("key", "no penalty with key " + key.strip()));
        String why = reason(reason);
        problem(
                Corrections.repairProblem(penalty.decidedOn(), penalty.status(), penalty.repairedOn(), repairedOn),
                "repairedOn");
        return detect(store.repairPenalty(penalty, repairedOn, why, by));
    }

    public List<Correction> recent(String targetKey, int limit, Viewer viewer) {
        admin(viewer, "corrections");
        return store.recent(targetKey == null || targetKey.isBlank() ? null : targetKey.strip(), limit);
    }

    /**
     * The correction is committed with its run marked processed; when detection fails here the run
     * is handed to the background worker, so the events come later but none is lost.
     */
    private Outcome detect(Correction c) {
        try {
            return new Outcome(c, detector.afterCorrection(c.subjectIds()));
        } catch (RuntimeException e) {
            log.warn("Change detection after correction {} left to the worker: {}", c.id(), e.toString());
            try {
                events.runPending(c.dataVersion());
            } catch (RuntimeException again) {
                log.warn("Correction run {} not handed to the worker: {}", c.dataVersion(), again.toString());
            }
            return new Outcome(c, null);
        }
    }

    private ListingRecord listing(String listingId) {
        ListingRecord listing = store.listing(listingId.strip())
                .orElseThrow(() -> notFound("listingId", "no listing with key " + listingId.strip()));
        if (listing.regime() == null || listing.dates().listedOn() == null) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT,
                    "listing " + listing.key() + " has no known regime or listing date; correct it by a load run (D3)",
                    Map.of("field", "listingId"));
        }
        return listing;
    }

    private static String admin(Viewer viewer, String operation) {
        if (viewer.role() != Viewer.Role.ADMIN) {
            throw new ApiException(ErrorCode.FORBIDDEN, operation + " is for ADMIN callers");
        }
        return viewer.role().name() + ":" + viewer.name();
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT, "reason must not be empty: say why", Map.of("field", "reason"));
        }
        return reason.strip();
    }

    private static void problem(Optional<String> problem, String field) {
        problem.ifPresent(p -> {
            throw new ApiException(ErrorCode.BAD_USER_INPUT, p, Map.of("field", field));
        });
    }

    /** Contract §2 has no NOT_FOUND code: BAD_USER_INPUT, marked {@code notFound} in the extensions. */
    private static ApiException notFound(String field, String message) {
        return new ApiException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field, "notFound", true));
    }
}
