package org.creditgraph.model.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * D3: when a listing is in force. All end dates are exclusive: a listing that expires on
 * 2024-01-05 is in force on 2024-01-04 and not on 2024-01-05.
 */
public final class ListingPeriod {

    private ListingPeriod() {}

    /**
     * D3: the dates of one listing. {@code expiresOn} is the source's expiry (exclusive), or null for
     * the regime's default; {@code removedOn} the (early) removal date 移出日期; {@code restoredOn} the
     * date an early removal was revoked and the listing restored. {@code permanent}: the source marks
     * the listing as never expiring (World Bank: To = 2999-12-31).
     */
    public record ListingDates(
            LocalDate listedOn, LocalDate expiresOn, LocalDate removedOn, LocalDate restoredOn, boolean permanent) {
        public ListingDates {
            Objects.requireNonNull(listedOn, "listedOn");
        }

        public ListingDates(LocalDate listedOn, LocalDate expiresOn, LocalDate removedOn, LocalDate restoredOn) {
            this(listedOn, expiresOn, removedOn, restoredOn, false);
        }
    }

    /**
     * D3: the given expiry, else listedOn + the regime's period (29 Feb + 1 year = 28 Feb); null (no
     * expiry) for a permanent listing or a regime without a default period.
     */
    public static LocalDate effectiveExpiry(ListingRegime regime, ListingDates dates) {
        if (dates.permanent()) {
            return null;
        }
        if (dates.expiresOn() != null) {
            return dates.expiresOn();
        }
        return regime.defaultPeriod() == null ? null : dates.listedOn().plus(regime.defaultPeriod());
    }

    /**
     * D3: in force on {@code asOf} when listedOn ≤ asOf &lt; expiry and the listing is not removed on
     * asOf. A removal stops to count from the restoration date (a revoked early removal); the
     * restored listing keeps its ORIGINAL expiry, restoration never extends it.
     */
    public static boolean inForce(ListingRegime regime, ListingDates dates, LocalDate asOf) {
        return inForceUntil(regime, dates, asOf).isPresent();
    }

    /**
     * D3: when the listing is in force on {@code asOf}, the exclusive date on which it stops being in
     * force as far as the dates tell (the removal date if one is pending, else the expiry, else
     * {@link LocalDate#MAX} for a listing without expiry); empty when it is not in force on {@code asOf}.
     */
    public static Optional<LocalDate> inForceUntil(ListingRegime regime, ListingDates dates, LocalDate asOf) {
        LocalDate expiry = effectiveExpiry(regime, dates);
        if (expiry == null) {
            expiry = LocalDate.MAX;
        }
        boolean restored = dates.restoredOn() != null && !dates.restoredOn().isAfter(asOf);
        LocalDate end = expiry;
        if (!restored && dates.removedOn() != null && dates.removedOn().isBefore(expiry)) {
            end = dates.removedOn();
        }
        boolean inForce = !dates.listedOn().isAfter(asOf) && asOf.isBefore(end);
        return inForce ? Optional.of(end) : Optional.empty();
    }
}
