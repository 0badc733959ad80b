package org.creditgraph.model.store;

import java.util.List;

/**
 * One page of a Relay connection: nodes with their cursors, whether more follow, whether this page
 * started after a cursor, and the total ({@link #NOT_COUNTED} when the caller did not ask for it).
 */
public record Page<T>(List<Edge<T>> edges, boolean hasNextPage, boolean hasPreviousPage, long totalCount) {

    public static final long NOT_COUNTED = -1;

    public record Edge<T>(String cursor, T node) {}

    /** A first page (nothing before it). */
    public Page(List<Edge<T>> edges, boolean hasNextPage, long totalCount) {
        this(edges, hasNextPage, false, totalCount);
    }

    public String startCursor() {
        return edges.isEmpty() ? null : edges.getFirst().cursor();
    }

    public String endCursor() {
        return edges.isEmpty() ? null : edges.getLast().cursor();
    }
}
