package org.creditgraph.model.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * D6: the public-disclosure window of a penalty and whether it still counts as evidence. End dates
 * are exclusive.
 */
public final class Publicity {

    /** D6: the maximum publicity period. */
    public static final int MAXIMUM_YEARS = 3;

    private Publicity() {}

    /**
     * D6: the dates of one penalty decision. {@code publicityUntil} is the source's 公示截止期, the last
     * public day (inclusive); {@code repairedOn} the credit repair (信用修复) date; {@code status} is
     * 有效|撤销|变更|确认无效 or null, effective from {@code statusOn} (null when unknown).
     */
    public record PenaltyWindow(
            LocalDate decidedOn, LocalDate publicityUntil, LocalDate repairedOn, String status, LocalDate statusOn) {
        public PenaltyWindow {
            Objects.requireNonNull(decidedOn, "decidedOn");
        }
    }

    /** D6: exclusive end: the first of 公示截止期 + 1 day, the repair date, decidedOn + 3 years. */
    public static LocalDate publicUntil(PenaltyWindow w) {
        LocalDate end = w.decidedOn().plusYears(MAXIMUM_YEARS);
        if (w.publicityUntil() != null && w.publicityUntil().plusDays(1).isBefore(end)) {
            end = w.publicityUntil().plusDays(1);
        }
        if (w.repairedOn() != null && w.repairedOn().isBefore(end)) {
            end = w.repairedOn();
        }
        return end;
    }

    /**
     * D6: decidedOn ≤ asOf &lt; {@link #publicUntil} and not withdrawn: a penalty changed or annulled
     * (变更, 撤销, 确认无效) on or before asOf, or on an unknown date, is withdrawn from public view
     * (行政处罚法 Art. 48).
     */
    public static boolean publiclyDisclosed(PenaltyWindow w, LocalDate asOf) {
        return !w.decidedOn().isAfter(asOf)
                && asOf.isBefore(publicUntil(w))
                && !(isWithdrawingStatus(w.status()) && statusApplies(w, asOf));
    }

    /**
     * D6: decidedOn ≤ asOf and not annulled (撤销, 确认无效) on or before asOf; a changed (变更)
     * penalty keeps counting as evidence, and so does one whose publicity window has ended.
     */
    public static boolean countsAsEvidence(PenaltyWindow w, LocalDate asOf) {
        return !w.decidedOn().isAfter(asOf) && !(isAnnullingStatus(w.status()) && statusApplies(w, asOf));
    }

    // D6: 撤销 and 确认无效 annul the decision.
    private static boolean isAnnullingStatus(String status) {
        String s = TextNormaliser.compact(status);
        return s.contains("撤销") || s.contains("无效");
    }

    // D6: annulment or change withdraws the decision from public view.
    private static boolean isWithdrawingStatus(String status) {
        return isAnnullingStatus(status) || TextNormaliser.compact(status).contains("变更");
    }

    private static boolean statusApplies(PenaltyWindow w, LocalDate asOf) {
        return w.statusOn() == null || !w.statusOn().isAfter(asOf);
    }
}
