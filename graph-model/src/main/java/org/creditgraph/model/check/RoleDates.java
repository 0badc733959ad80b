package org.creditgraph.model.check;

import java.time.LocalDate;
import org.creditgraph.model.rules.TextNormaliser;

/** D5/D7(a): the dates of a role or shareholding in an enterprise, with an inclusive last day. */
final class RoleDates {

    private RoleDates() {}

    /** from ≤ date (an unknown from counts as open) and (to is null or date ≤ to). */
    static boolean cover(LocalDate from, LocalDate to, LocalDate date) {
        return (from == null || !from.isAfter(date)) && (to == null || !date.isAfter(to));
    }

    /** The exclusive end of a role whose last day is {@code to}; null while it is held. */
    static LocalDate exclusiveEnd(LocalDate to) {
        return to == null ? null : to.plusDays(1);
    }

    /** A role name as the store spells it, compared trimmed and upper-cased. */
    static String role(String role) {
        return TextNormaliser.code(role);
    }
}
