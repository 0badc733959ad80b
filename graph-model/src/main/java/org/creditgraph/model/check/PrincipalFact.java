package org.creditgraph.model.check;

import java.time.LocalDate;
import java.util.List;

/**
 * D5 evidence: one person holding the role {@value #PRINCIPAL} (主要负责人) or {@value
 * #LEGAL_REPRESENTATIVE} (法定代表人) in the checked enterprise from {@code from} to {@code to}
 * (任职结束日期, the last day, inclusive; null while the role is held), with the person's
 * responsibilities for accidents, from which the bans follow.
 */
public record PrincipalFact(
        String personId,
        String personName,
        String role,
        LocalDate from,
        LocalDate to,
        List<ResponsibilityFact> responsibilities) {

    public static final String PRINCIPAL = "PRINCIPAL";
    public static final String LEGAL_REPRESENTATIVE = "LEGAL_REPRESENTATIVE";

    public PrincipalFact {
        responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
    }

    /**
     * D5: the role is held on {@code date} when from ≤ date ≤ to. An unknown start (null) counts as
     * held since before any date checked: the role record exists, only its start is missing.
     */
    public boolean heldOn(LocalDate date) {
        return RoleDates.cover(from, to, date);
    }

    boolean hasRole(String wanted) {
        return wanted.equals(RoleDates.role(role));
    }
}
