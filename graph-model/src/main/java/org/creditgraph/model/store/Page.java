package org.creditgraph.model.store;

import java.util.List;

/** One page of a Relay connection: nodes with their cursors, whether more follow, and the total. */
public record Page<T>(List<Edge<T>> edges, boolean hasNextPage, long totalCount) {

    public record Edge<T>(String cursor, T node) {}

    public String endCursor() {
        return edges.isEmpty() ? null : edges.getLast().cursor();
    }
}
