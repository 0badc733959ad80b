package org.creditgraph.model.check;

import java.time.LocalDate;

/**
 * An incentive in force for the subject on asOf, with what earned it: a rewarding listing (red
 * list) or a credit grade. {@code inForceUntil} is exclusive, null when open-ended.
 */
public record IncentiveGrant(IncentiveDef incentive, ListingFact listing, GradeFact grade, LocalDate inForceUntil) {}
