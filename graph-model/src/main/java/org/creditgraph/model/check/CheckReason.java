package org.creditgraph.model.check;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.creditgraph.model.rules.ListingCriteria;
import org.creditgraph.model.rules.PrincipalBan;

/**
 * D7: one reason of a check, with the evidence that produced it. {@code listing} is set for LISTED,
 * FOREIGN_DEBARMENT and RELATED_PARTY_RESTRICTED (the controller's listing), {@code ban} for BANNED_PERSON and
 * BANNED_PRINCIPAL, {@code personId} for BANNED_PRINCIPAL (the banned principal), {@code path} for
 * RELATED_PARTY_RESTRICTED (controller first), {@code criterion} for LISTING_CRITERIA_MET. {@code
 * measures} are the catalogue measures of the checked domain the listing or ban triggers. {@code
 * inForceUntil} is the exclusive date on which the reason stops holding as far as the dates tell,
 * null when open-ended or not derived from dates (criteria).
 */
public record CheckReason(
        ReasonCode code,
        ListingFact listing,
        PrincipalBan.Ban ban,
        String personId,
        List<ControlEdge> path,
        ListingCriteria.Criterion criterion,
        List<MeasureDef> measures,
        LocalDate inForceUntil) {

    /** D7: reasons by code, then date (listing decided, ban start), then keys. */
    public static final Comparator<CheckReason> ORDER = comparing(CheckReason::code)
            .thenComparing(CheckReason::since, nullsFirst(naturalOrder()))
            .thenComparing(CheckReason::personId, nullsFirst(naturalOrder()))
            .thenComparing(r -> r.listing() == null ? null : r.listing().key(), nullsFirst(naturalOrder()))
            .thenComparing(r -> r.ban() == null ? null : r.ban().accidentNumber(), nullsFirst(naturalOrder()))
            .thenComparing(r -> r.ban() == null ? null : r.ban().kind(), nullsFirst(naturalOrder()))
            .thenComparing(CheckReason::pathKey)
            .thenComparing(r -> r.criterion() == null ? null : r.criterion().code(), nullsFirst(naturalOrder()));

    public CheckReason {
        Objects.requireNonNull(code, "code");
        path = path == null ? List.of() : List.copyOf(path);
        measures = measures == null ? List.of() : List.copyOf(measures);
    }

    static CheckReason listed(ReasonCode code, ListingFact listing, List<MeasureDef> measures, LocalDate until) {
        return new CheckReason(code, listing, null, null, List.of(), null, measures, until);
    }

    static CheckReason bannedPerson(PrincipalBan.Ban ban, List<MeasureDef> measures) {
        return new CheckReason(ReasonCode.BANNED_PERSON, null, ban, null, List.of(), null, measures, ban.until());
    }

    static CheckReason relatedParty(
            List<ControlEdge> path, ListingFact listing, List<MeasureDef> measures, LocalDate until) {
        return new CheckReason(ReasonCode.RELATED_PARTY_RESTRICTED, listing, null, null, path, null, measures, until);
    }

    static CheckReason bannedPrincipal(String personId, PrincipalBan.Ban ban, LocalDate until) {
        return new CheckReason(ReasonCode.BANNED_PRINCIPAL, null, ban, personId, List.of(), null, List.of(), until);
    }

    static CheckReason criteriaMet(ListingCriteria.Criterion criterion) {
        return new CheckReason(
                ReasonCode.LISTING_CRITERIA_MET, null, null, null, List.of(), criterion, List.of(), null);
    }

    /**
     * D8: the keys and ids this reason rests on: the listing and the penalties/accidents it is
     * based on, the accident of a ban, the banned principal, every subject on a control path, the
     * records meeting a criterion.
     */
    public List<String> evidenceIds() {
        List<String> ids = new ArrayList<>();
        if (listing != null) {
            ids.add(listing.key());
            ids.addAll(listing.basisRecordIds());
        }
        if (ban != null) {
            ids.add(ban.accidentNumber());
        }
        ids.add(personId);
        path.forEach(edge -> ids.add(edge.fromId()));
        if (criterion != null) {
            ids.addAll(criterion.recordKeys());
        }
        ids.removeIf(Objects::isNull);
        return ids;
    }

    private LocalDate since() {
        if (listing != null) {
            return listing.listedOn();
        }
        return ban == null ? null : ban.from();
    }

    private String pathKey() {
        return path.stream()
                .map(e -> e.fromId() + ">" + e.toId() + ":" + e.role())
                .collect(Collectors.joining("|"));
    }
}
