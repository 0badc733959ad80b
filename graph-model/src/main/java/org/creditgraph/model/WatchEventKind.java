package org.creditgraph.model;

/**
 * What a watch event is about (contract §6): the change of a watched subject's verdict, reasons or
 * evidence, named by the kind of record that made it. Events stored before kinds existed read as
 * {@link #VERDICT_CHANGED}.
 */
public enum WatchEventKind {
    VERDICT_CHANGED,
    PENALTY_ADDED,
    ACCIDENT_ADDED,
    LISTING_ADDED,
    LISTING_ENDED,
    ROLE_CHANGED,
    GRADE_CHANGED,
    HAZARD_ADDED
}
