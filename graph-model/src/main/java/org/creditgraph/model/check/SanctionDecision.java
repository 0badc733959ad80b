package org.creditgraph.model.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.rules.ListingCriteria;
import org.creditgraph.model.rules.PrincipalBan;
import org.creditgraph.model.rules.TextNormaliser;

/**
 * D7, the sanction check: a pure function from the evidence fetched for one subject to a verdict
 * with every reason that holds on {@code asOf} (all are returned, RESTRICTED and ATTENTION alike).
 *
 * <ul>
 *   <li>Unknown subject: CLEAR, {@code subjectFound=false}. A domain that does not apply to the
 *       subject's kind (D4: EXIT_ENTRY for an enterprise, IMPORT_EXPORT for a person): CLEAR.
 *   <li>LISTED (RESTRICTED): a listing of a restricting regime in force on asOf (D3, {@link
 *       ListingFact#inForceUntil}) for which the catalogue has at least one measure of the domain,
 *       its regime and the subject's kind (D4); a listing in force without such a measure does not
 *       restrict in that domain. A regime may name another reason code for its listings: the World
 *       Bank debarment gives FOREIGN_DEBARMENT (ATTENTION), a foreign list being no legal
 *       restriction in China.
 *   <li>BANNED_PERSON (RESTRICTED): for a person and domain QUALIFICATION_REVIEW only, a ban (D5)
 *       in force on asOf; the ban is statutory, the listed measures may be empty.
 *   <li>RELATED_PARTY_RESTRICTED (ATTENTION, D7(a)): for an enterprise, a controller reaching it by
 *       1..maxDepth edges, each a control edge on asOf (legal representative, principal,
 *       shareholder/investor ≥ 25 %), that is LISTED in the domain for its own kind. Bans do not
 *       propagate this way; they reach enterprises through BANNED_PRINCIPAL.
 *   <li>BANNED_PRINCIPAL (ATTENTION, D7(b)): for an enterprise, a principal on asOf ({@link
 *       Principals}) with a ban in force that covers the enterprise's industry section, in every
 *       domain.
 *   <li>LISTING_CRITERIA_MET (ATTENTION, D7(c)): a D9 criterion met by the subject's records that
 *       are not the basis of any of its listings decided on or before asOf.
 * </ul>
 *
 * Incentives (激励措施): a CLEAR subject with no listing of a restricting regime in force on asOf
 * (in any domain) earns the catalogue's incentives of the domain for each rewarding listing (red
 * list) and each credit grade in force on asOf. A listed subject never gets incentives, whatever
 * its grade.
 */
public final class SanctionDecision {

    /** D7(a): exposure follows up to 2 control edges by default. */
    public static final int DEFAULT_MAX_DEPTH = 2;

    private SanctionDecision() {}

    /** D7: the verdict for one subject in one domain on {@code asOf}, without incentives. */
    public static CheckResult decide(
            CheckEvidence evidence, SanctionDomain domain, LocalDate asOf, List<MeasureDef> catalogue, int maxDepth) {
        return decide(evidence, domain, asOf, catalogue, List.of(), maxDepth);
    }

    /** D7: the verdict for one subject in one domain on {@code asOf}, with the incentives it earns. */
    public static CheckResult decide(
            CheckEvidence evidence,
            SanctionDomain domain,
            LocalDate asOf,
            List<MeasureDef> catalogue,
            List<IncentiveDef> incentiveCatalogue,
            int maxDepth) {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(asOf, "asOf");
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth must not be negative, got " + maxDepth);
        }
        List<MeasureDef> measures = catalogue == null ? List.of() : catalogue;
        if (evidence == null || !evidence.subjectFound()) {
            return CheckResult.clear(false, domain, asOf);
        }
        SubjectKind kind = Objects.requireNonNull(evidence.kind(), "kind of a found subject");
        if (!domain.appliesTo(kind)) {
            return CheckResult.clear(true, domain, asOf);
        }
        List<CheckReason> reasons = new ArrayList<>(listed(evidence.listings(), kind, domain, asOf, measures));
        if (kind == SubjectKind.PERSON) {
            reasons.addAll(bannedPerson(evidence.ownResponsibilities(), domain, asOf, measures));
        } else {
            reasons.addAll(relatedParty(evidence.controllers(), domain, asOf, measures, maxDepth));
            reasons.addAll(bannedPrincipal(evidence.roleHolders(), evidence.industrySection(), asOf));
        }
        reasons.addAll(criteriaMet(evidence.criteria(), evidence.listings(), asOf));
        List<IncentiveGrant> incentives = reasons.isEmpty() && !restrictedAnywhere(evidence.listings(), asOf)
                ? incentives(evidence, kind, domain, asOf, incentiveCatalogue == null ? List.of() : incentiveCatalogue)
                : List.of();
        return result(reasons, domain, asOf, incentives);
    }

    /** D7 with the default exposure depth. */
    public static CheckResult decide(
            CheckEvidence evidence, SanctionDomain domain, LocalDate asOf, List<MeasureDef> catalogue) {
        return decide(evidence, domain, asOf, catalogue, DEFAULT_MAX_DEPTH);
    }

    // D7 LISTED: in force on asOf (D3) and at least one measure of the domain for regime and kind (D4).
    private static List<CheckReason> listed(
            List<ListingFact> listings,
            SubjectKind kind,
            SanctionDomain domain,
            LocalDate asOf,
            List<MeasureDef> catalogue) {
        List<CheckReason> reasons = new ArrayList<>();
        for (ListingFact listing : listings) {
            if (listing.regime() == null || !listing.regime().restricts()) {
                continue;
            }
            listing.inForceUntil(asOf).ifPresent(until -> {
                List<MeasureDef> measures = byCode(catalogue.stream()
                        .filter(m -> m.appliesTo(domain, listing.regime(), kind))
                        .toList());
                if (!measures.isEmpty()) {
                    ReasonCode code = ReasonCode.valueOf(listing.regime().reason());
                    reasons.add(CheckReason.listed(code, listing, measures, openEnded(until)));
                }
            });
        }
        return reasons;
    }

    // A listing of a restricting regime in force on asOf, in any domain: its subject earns no incentives.
    private static boolean restrictedAnywhere(List<ListingFact> listings, LocalDate asOf) {
        return listings.stream()
                .anyMatch(l -> l.regime() != null
                        && l.regime().restricts()
                        && l.inForceUntil(asOf).isPresent());
    }

    // Incentives of the domain earned by rewarding listings and grades in force; one grant per incentive code.
    private static List<IncentiveGrant> incentives(
            CheckEvidence evidence,
            SubjectKind kind,
            SanctionDomain domain,
            LocalDate asOf,
            List<IncentiveDef> catalogue) {
        List<IncentiveGrant> grants = new ArrayList<>();
        for (ListingFact listing : evidence.listings()) {
            if (listing.regime() == null || listing.regime().restricts()) {
                continue;
            }
            listing.inForceUntil(asOf).ifPresent(until -> catalogue.stream()
                    .filter(i -> i.appliesTo(domain, kind)
                            && i.regimes().contains(listing.regime().name()))
                    .forEach(i -> grants.add(new IncentiveGrant(i, listing, null, openEnded(until)))));
        }
        for (GradeFact grade : evidence.grades()) {
            grade.inForceUntil(asOf).ifPresent(until -> catalogue.stream()
                    .filter(i -> i.appliesTo(domain, kind) && i.grades().contains(grade.grade()))
                    .forEach(i -> grants.add(new IncentiveGrant(i, null, grade, openEnded(until)))));
        }
        Set<String> seen = new java.util.HashSet<>();
        return grants.stream()
                .sorted(Comparator.comparing((IncentiveGrant g) -> g.incentive().code()))
                .filter(g -> seen.add(g.incentive().code()))
                .toList();
    }

    private static LocalDate openEnded(LocalDate until) {
        return LocalDate.MAX.equals(until) ? null : until;
    }

    // D7/D5 BANNED_PERSON: a ban in force restricts the person in QUALIFICATION_REVIEW only.
    private static List<CheckReason> bannedPerson(
            List<ResponsibilityFact> responsibilities,
            SanctionDomain domain,
            LocalDate asOf,
            List<MeasureDef> catalogue) {
        if (domain != SanctionDomain.QUALIFICATION_REVIEW) {
            return List.of();
        }
        List<MeasureDef> measures = byCode(catalogue.stream()
                .filter(m -> m.domain() == domain && m.subjectKinds().contains(SubjectKind.PERSON))
                .toList());
        return responsibilities.stream()
                .flatMap(r -> r.bans().stream())
                .filter(ban -> PrincipalBan.inForce(ban, asOf))
                .map(ban -> CheckReason.bannedPerson(ban, measures))
                .toList();
    }

    // D7(a): the controller's own listings, judged as LISTED for the controller's kind.
    private static List<CheckReason> relatedParty(
            List<Controller> controllers,
            SanctionDomain domain,
            LocalDate asOf,
            List<MeasureDef> catalogue,
            int maxDepth) {
        List<CheckReason> reasons = new ArrayList<>();
        for (Controller controller : controllers) {
            SubjectKind kind = kindOf(controller);
            if (kind == null || !domain.appliesTo(kind) || !controller.controlsOn(asOf, maxDepth)) {
                continue;
            }
            for (CheckReason listed : listed(controller.listings(), kind, domain, asOf, catalogue)) {
                if (listed.code() != ReasonCode.LISTED) {
                    continue; // D7(a): only a controller RESTRICTED because it is LISTED taints
                }
                LocalDate until = earliest(listed.inForceUntil(), controller.pathEndsOn());
                reasons.add(CheckReason.relatedParty(controller.path(), listed.listing(), listed.measures(), until));
            }
        }
        return reasons;
    }

    // D7(b)/D5: each principal on asOf with a ban in force covering the enterprise's section.
    private static List<CheckReason> bannedPrincipal(
            List<PrincipalFact> roleHolders, Character industrySection, LocalDate asOf) {
        List<CheckReason> reasons = new ArrayList<>();
        for (Principals.Principal principal : Principals.on(roleHolders, asOf)) {
            principal.responsibilities().stream()
                    .flatMap(r -> r.bans().stream())
                    .filter(ban -> PrincipalBan.inForce(ban, asOf) && PrincipalBan.covers(ban, industrySection))
                    .map(ban -> CheckReason.bannedPrincipal(
                            principal.personId(), ban, earliest(ban.until(), principal.until())))
                    .forEach(reasons::add);
        }
        return reasons;
    }

    // D7(c)/D9: records already the basis of a listing decided on or before asOf do not count again.
    private static List<CheckReason> criteriaMet(CriteriaFacts criteria, List<ListingFact> listings, LocalDate asOf) {
        Set<String> listedBasis = listings.stream()
                .filter(l -> l.decidedBy(asOf))
                .flatMap(l -> l.basisRecordIds().stream())
                .collect(Collectors.toSet());
        List<ListingCriteria.AccidentFact> accidents = criteria.accidents().stream()
                .filter(a -> !listedBasis.contains(a.accidentNumber()))
                .toList();
        List<ListingCriteria.PenaltyFact> penalties = criteria.penalties().stream()
                .filter(p -> !listedBasis.contains(p.key()))
                .toList();
        List<ListingCriteria.HazardFact> hazards = criteria.hazards().stream()
                .filter(h -> !listedBasis.contains(h.hazardNumber()))
                .toList();
        List<ListingCriteria.ResponsibleRole> roles = criteria.responsibleRoles().stream()
                .filter(r -> !listedBasis.contains(r.accidentNumber()))
                .toList();
        return java.util.stream.Stream.concat(
                        ListingCriteria.met(accidents, penalties, hazards, asOf).stream(),
                        ListingCriteria.personMet(roles, asOf).stream())
                .map(CheckReason::criteriaMet)
                .toList();
    }

    private static CheckResult result(
            List<CheckReason> found, SanctionDomain domain, LocalDate asOf, List<IncentiveGrant> incentives) {
        List<CheckReason> reasons =
                found.stream().distinct().sorted(CheckReason.ORDER).toList();
        List<CheckReason> restricting =
                reasons.stream().filter(r -> r.code().restricts()).toList();
        Verdict verdict =
                !restricting.isEmpty() ? Verdict.RESTRICTED : reasons.isEmpty() ? Verdict.CLEAR : Verdict.ATTENTION;
        List<MeasureDef> measures =
                byCode(restricting.stream().flatMap(r -> r.measures().stream()).toList());
        List<String> evidenceIds = java.util.stream.Stream.concat(
                        reasons.stream().flatMap(r -> r.evidenceIds().stream()),
                        incentives.stream()
                                .map(g -> g.listing() != null
                                        ? g.listing().key()
                                        : g.grade().key()))
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        return new CheckResult(verdict, true, domain, asOf, reasons, measures, evidenceIds, incentives);
    }

    // D7(a): the controller's kind as given, else from the top edge of its path.
    private static SubjectKind kindOf(Controller controller) {
        if (controller.kind() != null) {
            return controller.kind();
        }
        if (controller.path().isEmpty() || controller.path().getFirst().fromKind() == null) {
            return null;
        }
        String kind = TextNormaliser.code(controller.path().getFirst().fromKind());
        return switch (kind) {
            case "ENTERPRISE" -> SubjectKind.ENTERPRISE;
            case "PERSON" -> SubjectKind.PERSON;
            default -> null;
        };
    }

    private static List<MeasureDef> byCode(List<MeasureDef> measures) {
        return measures.stream()
                .distinct()
                .sorted(Comparator.comparing(MeasureDef::code, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
