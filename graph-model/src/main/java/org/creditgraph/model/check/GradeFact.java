package org.creditgraph.model.check;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A safety-credit grade (安全生产诚信等级) of an enterprise: A, B, C or D, by a grading authority,
 * valid from {@code validFrom} through {@code validTo} (有效期止, the last day it holds; null: until
 * replaced).
 */
public record GradeFact(String key, String grade, String authorityName, LocalDate validFrom, LocalDate validTo) {

    /** The exclusive day after the grade's last day when it holds on {@code asOf}; empty otherwise. */
    public Optional<LocalDate> inForceUntil(LocalDate asOf) {
        if (validFrom == null || validFrom.isAfter(asOf) || (validTo != null && validTo.isBefore(asOf))) {
            return Optional.empty();
        }
        return Optional.of(validTo == null ? LocalDate.MAX : validTo.plusDays(1));
    }
}
