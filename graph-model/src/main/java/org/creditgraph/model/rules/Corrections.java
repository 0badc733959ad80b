package org.creditgraph.model.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Corrections a regulator makes through the API (issue 7): which early removals, restorations
 * (D3) and annulments (D6) make sense for the record as stored. Each check returns the problem in
 * words, or empty when the correction may be made.
 */
public final class Corrections {

    /** D3: under 应急管理部令第11号 a listing may be removed early only after 12 months. */
    public static final int SERIOUS_DISHONESTY_MINIMUM_MONTHS = 12;

    private Corrections() {}

    /**
     * D3 early removal (移出): after the listing date, before the listing expires by itself (else it
     * is no early removal), for a SERIOUS_DISHONESTY listing not before 12 months from listing; not
     * for a listing already restored (the dates hold one removal, and a restoration revokes it for good).
     */
    public static Optional<String> earlyRemovalProblem(
            ListingRegime regime, ListingPeriod.ListingDates dates, LocalDate removedOn) {
        Objects.requireNonNull(removedOn, "removedOn");
        if (dates.restoredOn() != null) {
            return Optional.of("the listing was restored on " + dates.restoredOn()
                    + " after an earlier removal; a restored listing stays until it expires (D3)");
        }
        if (!removedOn.isAfter(dates.listedOn())) {
            return Optional.of("removedOn " + removedOn + " must be after the listing date " + dates.listedOn());
        }
        LocalDate expiry = ListingPeriod.effectiveExpiry(regime, dates);
        if (!removedOn.isBefore(expiry)) {
            return Optional.of("removedOn " + removedOn + " is not before the end of the management period " + expiry
                    + ": the listing ends then by itself (D3)");
        }
        LocalDate earliest = dates.listedOn().plusMonths(SERIOUS_DISHONESTY_MINIMUM_MONTHS);
        if (regime == ListingRegime.SERIOUS_DISHONESTY && removedOn.isBefore(earliest)) {
            return Optional.of("a SERIOUS_DISHONESTY listing may be removed early only after 12 months, on or after "
                    + earliest + " (D3, 应急管理部令第11号)");
        }
        return Optional.empty();
    }

    /**
     * D3 restoration (恢复): revokes an early removal obtained by fraud; needs an early removal, on or
     * after the removal date and before the original expiry (restoration never extends the period).
     */
    public static Optional<String> restorationProblem(
            ListingRegime regime, ListingPeriod.ListingDates dates, LocalDate restoredOn) {
        Objects.requireNonNull(restoredOn, "restoredOn");
        LocalDate expiry = ListingPeriod.effectiveExpiry(regime, dates);
        if (dates.removedOn() == null || !dates.removedOn().isBefore(expiry)) {
            return Optional.of("the listing has no early removal to revoke (D3)");
        }
        if (dates.restoredOn() != null) {
            return Optional.of("the listing was already restored on " + dates.restoredOn());
        }
        if (restoredOn.isBefore(dates.removedOn())) {
            return Optional.of(
                    "restoredOn " + restoredOn + " is before the removal date " + dates.removedOn() + " (D3)");
        }
        if (!restoredOn.isBefore(expiry)) {
            return Optional.of("restoredOn " + restoredOn + " is not before the original end of the management period "
                    + expiry + "; a restoration does not extend it (D3)");
        }
        return Optional.empty();
    }

    /**
     * D6 annulment (撤销): on or after the decision date, of a penalty not annulled already. From the
     * annulment date the penalty is withdrawn from public view and never counts as evidence.
     */
    /**
     * D6 credit repair (信用修复): ends public disclosure from {@code repairedOn}. Not for a penalty
     * annulled already (it is withdrawn anyway), repaired already, or before its decision date.
     */
    public static Optional<String> repairProblem(
            LocalDate decidedOn, String status, LocalDate alreadyRepairedOn, LocalDate repairedOn) {
        Objects.requireNonNull(repairedOn, "repairedOn");
        String s = TextNormaliser.compact(status);
        if (s.contains("撤销") || s.contains("无效")) {
            return Optional.of("the penalty is annulled (状态 " + s + "): it is withdrawn from view without repair");
        }
        if (alreadyRepairedOn != null) {
            return Optional.of("the penalty was repaired already on " + alreadyRepairedOn);
        }
        if (decidedOn != null && repairedOn.isBefore(decidedOn)) {
            return Optional.of("repairedOn " + repairedOn + " is before the decision date " + decidedOn);
        }
        return Optional.empty();
    }

    public static Optional<String> annulmentProblem(LocalDate decidedOn, String status, LocalDate annulledOn) {
        Objects.requireNonNull(annulledOn, "annulledOn");
        String s = TextNormaliser.compact(status);
        if (s.contains("撤销") || s.contains("无效")) {
            return Optional.of("the penalty is annulled already (状态 " + s + ")");
        }
        if (decidedOn != null && annulledOn.isBefore(decidedOn)) {
            return Optional.of("annulledOn " + annulledOn + " is before the decision date " + decidedOn);
        }
        return Optional.empty();
    }
}
