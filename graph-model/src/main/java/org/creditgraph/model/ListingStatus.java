package org.creditgraph.model;

/** D3: where a listing stands on a date (名单状态): in force (在列), expired (已届满) or removed (已移出). */
public enum ListingStatus {
    IN_FORCE,
    EXPIRED,
    REMOVED
}
