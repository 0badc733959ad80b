package org.creditgraph.model.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * D5: the principal of an enterprise on date T: the persons holding role PRINCIPAL on T; where there
 * is none, the legal representative(s) on T.
 */
public final class Principals {

    private Principals() {}

    /**
     * D5: one principal on T, with every responsibility recorded for the person, and {@code until}:
     * the exclusive date on which the person stops being the principal as far as the role dates tell
     * (the day after the role's last day; for a legal representative standing in, also the start of
     * the next PRINCIPAL); null when open-ended.
     */
    public record Principal(
            String personId,
            String personName,
            String role,
            LocalDate until,
            List<ResponsibilityFact> responsibilities) {
        public Principal {
            responsibilities = List.copyOf(responsibilities);
        }
    }

    /** D5: the principals on {@code date}, one per person, ordered by person id. */
    public static List<Principal> on(List<PrincipalFact> roleHolders, LocalDate date) {
        List<PrincipalFact> principals = holding(roleHolders, PrincipalFact.PRINCIPAL, date);
        if (!principals.isEmpty()) {
            return byPerson(principals, PrincipalFact.PRINCIPAL, null);
        }
        LocalDate nextPrincipal = roleHolders.stream()
                .filter(f -> f.hasRole(PrincipalFact.PRINCIPAL))
                .map(PrincipalFact::from)
                .filter(from -> from != null && from.isAfter(date))
                .min(Comparator.naturalOrder())
                .orElse(null);
        List<PrincipalFact> representatives = holding(roleHolders, PrincipalFact.LEGAL_REPRESENTATIVE, date);
        return byPerson(representatives, PrincipalFact.LEGAL_REPRESENTATIVE, nextPrincipal);
    }

    private static List<PrincipalFact> holding(List<PrincipalFact> roleHolders, String role, LocalDate date) {
        return roleHolders.stream()
                .filter(f -> f.personId() != null && f.hasRole(role) && f.heldOn(date))
                .toList();
    }

    // Several records of one person (overlapping terms) make one principal, until the latest end.
    private static List<Principal> byPerson(List<PrincipalFact> held, String role, LocalDate cap) {
        Map<String, List<PrincipalFact>> byPerson = new LinkedHashMap<>();
        held.forEach(f ->
                byPerson.computeIfAbsent(f.personId(), id -> new ArrayList<>()).add(f));
        return byPerson.values().stream()
                .map(facts -> merge(facts, role, cap))
                .sorted(Comparator.comparing(Principal::personId))
                .toList();
    }

    private static Principal merge(List<PrincipalFact> facts, String role, LocalDate cap) {
        LocalDate until = facts.stream().anyMatch(f -> f.to() == null)
                ? null
                : facts.stream()
                        .map(f -> RoleDates.exclusiveEnd(f.to()))
                        .max(Comparator.naturalOrder())
                        .orElseThrow();
        if (cap != null && (until == null || cap.isBefore(until))) {
            until = cap;
        }
        List<ResponsibilityFact> responsibilities = facts.stream()
                .flatMap(f -> f.responsibilities().stream())
                .distinct()
                .toList();
        String name = facts.stream()
                .map(PrincipalFact::personName)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
        return new Principal(facts.getFirst().personId(), name, role, until, responsibilities);
    }
}
