package org.creditgraph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.creditgraph.model.rules.ListingPeriod;
import org.creditgraph.model.rules.ListingRegime;

/**
 * 名单记录: a subject's entry on a credit list (D3). {@code list} names the regime (a {@link
 * ListingRegime} name, or the source's text for another regime). The name of a listed natural
 * person is already masked for anonymous callers (D12). {@code permanent}: the source marks it as
 * never expiring; {@code caseNumber}, {@code country} and {@code addresses} come from foreign lists
 * (World Bank).
 */
public record Listing(
        String key,
        String list,
        String name,
        String subjectCode,
        LocalDate listedOn,
        LocalDate expiresOn,
        LocalDate removedOn,
        LocalDate restoredOn,
        String removalReason,
        String reason,
        String authorityName,
        String authorityUscc,
        List<String> basis,
        boolean permanent,
        String caseNumber,
        String country,
        List<String> addresses) {

    public Listing {
        basis = basis == null ? List.of() : List.copyOf(basis);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    public Optional<ListingRegime> regime() {
        return ListingRegime.parse(list);
    }

    /**
     * D3: in force on {@code asOf} by {@link ListingPeriod}. A list of another regime has no default
     * period: it is in force from listedOn until its expiry or (unrevoked) removal, whichever is given.
     */
    public boolean inForce(LocalDate asOf) {
        var dates = new ListingPeriod.ListingDates(listedOn, expiresOn, removedOn, restoredOn, permanent);
        Optional<ListingRegime> regime = regime();
        if (regime.isPresent()) {
            return ListingPeriod.inForce(regime.get(), dates, asOf);
        }
        if (listedOn.isAfter(asOf) || (!permanent && expiresOn != null && !asOf.isBefore(expiresOn))) {
            return false;
        }
        boolean restored = restoredOn != null && !restoredOn.isAfter(asOf);
        return restored || removedOn == null || asOf.isBefore(removedOn);
    }

    /**
     * D3: the first day the listing is out of force by its period (管理期限届满, exclusive): the
     * source's expiry, else listedOn plus the regime's period; null when permanent or without a period.
     */
    public LocalDate endsOn() {
        var dates = new ListingPeriod.ListingDates(listedOn, expiresOn, removedOn, restoredOn, permanent);
        return regime().map(r -> ListingPeriod.effectiveExpiry(r, dates)).orElse(permanent ? null : expiresOn);
    }

    /**
     * D3: where the listing stands on {@code asOf}: in force, removed (移出, an unrevoked removal
     * before its period ended) or expired (已届满); empty before it is listed.
     */
    public Optional<ListingStatus> status(LocalDate asOf) {
        if (listedOn.isAfter(asOf)) {
            return Optional.empty();
        }
        if (inForce(asOf)) {
            return Optional.of(ListingStatus.IN_FORCE);
        }
        LocalDate ends = endsOn();
        boolean restored = restoredOn != null && !restoredOn.isAfter(asOf);
        boolean removed = removedOn != null && !removedOn.isAfter(asOf) && !restored;
        return Optional.of(
                removed && (ends == null || removedOn.isBefore(ends)) ? ListingStatus.REMOVED : ListingStatus.EXPIRED);
    }
}
