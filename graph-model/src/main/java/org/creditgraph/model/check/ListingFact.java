package org.creditgraph.model.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.creditgraph.model.rules.ListingPeriod;
import org.creditgraph.model.rules.ListingRegime;

/**
 * D3 evidence: one listing (名单记录) of a subject as fetched from the graph. {@code expiresOn} is the
 * source's exclusive expiry, or null for the regime's default period; {@code removedOn} the early
 * removal 移出日期; {@code restoredOn} the date a fraudulent removal was revoked. {@code
 * basisRecordIds} are the keys of the penalties and accidents the listing is based on (认定依据).
 * {@code permanent}: the source marks the listing as never expiring.
 */
public record ListingFact(
        String key,
        ListingRegime regime,
        LocalDate listedOn,
        LocalDate expiresOn,
        LocalDate removedOn,
        LocalDate restoredOn,
        String authorityName,
        String authorityUscc,
        String reason,
        List<String> basisRecordIds,
        boolean permanent) {

    public ListingFact {
        basisRecordIds = basisRecordIds == null ? List.of() : List.copyOf(basisRecordIds);
    }

    /**
     * D3: the exclusive date on which the listing stops being in force as far as the dates tell,
     * when it is in force on {@code asOf}; empty otherwise. A listing without a regime or a listing
     * date cannot be placed in time and is never in force.
     */
    public Optional<LocalDate> inForceUntil(LocalDate asOf) {
        if (regime == null || listedOn == null) {
            return Optional.empty();
        }
        return ListingPeriod.inForceUntil(
                regime, new ListingPeriod.ListingDates(listedOn, expiresOn, removedOn, restoredOn, permanent), asOf);
    }

    /** D7(c): the listing was decided on or before {@code asOf}, whether or not still in force. */
    public boolean decidedBy(LocalDate asOf) {
        return listedOn != null && !listedOn.isAfter(asOf);
    }
}
