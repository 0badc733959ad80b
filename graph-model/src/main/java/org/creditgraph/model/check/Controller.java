package org.creditgraph.model.check;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.model.SubjectKind;

/**
 * D7(a) evidence: a candidate controller of the checked enterprise, with the path from the
 * controller down to the enterprise (top edge first) and the controller's own listings. The store
 * returns candidates without filtering by date or share; {@link #controlsOn} does that.
 */
public record Controller(List<ControlEdge> path, List<ListingFact> listings, SubjectKind kind) {

    public Controller {
        path = path == null ? List.of() : List.copyOf(path);
        listings = listings == null ? List.of() : List.copyOf(listings);
    }

    /**
     * D7(a): the controller controls the enterprise on {@code date} through this path when the path
     * has 1..maxDepth edges and every edge is a control edge on that date.
     */
    public boolean controlsOn(LocalDate date, int maxDepth) {
        return !path.isEmpty() && path.size() <= maxDepth && path.stream().allMatch(e -> e.controlsOn(date));
    }

    /** The controller's id: the start of the top edge. */
    public String controllerId() {
        return path.isEmpty() ? null : path.getFirst().fromId();
    }

    /** D7(a): the exclusive date on which the first edge of the path ends; null when none ends. */
    LocalDate pathEndsOn() {
        return path.stream()
                .map(e -> RoleDates.exclusiveEnd(e.to()))
                .filter(d -> d != null)
                .min(LocalDate::compareTo)
                .orElse(null);
    }
}
