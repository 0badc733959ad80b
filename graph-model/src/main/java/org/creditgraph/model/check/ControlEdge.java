package org.creditgraph.model.check;

import java.time.LocalDate;

/**
 * D7(a) evidence: one upstream edge from a person or enterprise ({@code fromKind} ENTERPRISE|PERSON)
 * to the enterprise {@code toId}, in role LEGAL_REPRESENTATIVE, PRINCIPAL, SHAREHOLDER or INVESTOR,
 * held from {@code from} to {@code to} (the last day, inclusive). {@code sharePercent} is in
 * percent (25.0 = 25 %), for shareholders and investors.
 */
public record ControlEdge(
        String fromId,
        String fromName,
        String fromKind,
        String toId,
        String role,
        Double sharePercent,
        LocalDate from,
        LocalDate to) {

    public static final String LEGAL_REPRESENTATIVE = "LEGAL_REPRESENTATIVE";
    public static final String PRINCIPAL = "PRINCIPAL";
    public static final String SHAREHOLDER = "SHAREHOLDER";
    public static final String INVESTOR = "INVESTOR";

    /** D7(a): a shareholder or investor controls from this share (in percent), inclusive. */
    public static final double CONTROLLING_SHARE_PERCENT = 25.0;

    /**
     * D7(a): a control edge on {@code date}: legal representative or principal of the enterprise,
     * or shareholder/investor holding ≥ 25 %, held on that date (from ≤ date ≤ to; an unknown from
     * counts as open). A shareholding with an unknown share does not control.
     */
    public boolean controlsOn(LocalDate date) {
        if (!RoleDates.cover(from, to, date)) {
            return false;
        }
        return switch (RoleDates.role(role)) {
            case LEGAL_REPRESENTATIVE, PRINCIPAL -> true;
            case SHAREHOLDER, INVESTOR -> sharePercent != null && sharePercent >= CONTROLLING_SHARE_PERCENT;
            default -> false;
        };
    }
}
