package org.creditgraph.api.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Viewer;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A validated bearer token (contract §2) as a caller. Claims: {@code role} (or a {@code roles}
 * list) with AGENCY or ADMIN, the stronger one winning; {@code domains} (a list or a comma-separated
 * string) limits an AGENCY; the caller's name is {@code name}, else {@code preferred_username}, else
 * {@code sub}. A token without a role is refused: it grants nothing that anonymous access lacks.
 * The caller's id is issuer and subject ({@code jwt:ISS SUB}; an issuer URI holds no space), never
 * the name, which any token may claim; a token without {@code sub} is refused for want of one. The
 * audience is checked by the decoder when {@code spring.security.oauth2.resourceserver.jwt.audiences}
 * is set.
 */
final class JwtCallers implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Viewer.Role role = role(jwt);
        String name = firstNonBlank(jwt.getClaimAsString("name"), jwt.getClaimAsString("preferred_username"));
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new BadCredentialsException("the bearer token has no sub claim");
        }
        if (name == null) {
            name = subject;
        }
        String issuer = jwt.hasClaim("iss") ? jwt.getClaimAsString("iss") : "";
        return new CallerAuthentication(new Viewer(role, domains(jwt), name, "jwt:" + issuer + " " + subject));
    }

    private static Viewer.Role role(Jwt jwt) {
        List<String> claimed = strings(jwt.getClaim("roles"));
        if (jwt.hasClaim("role")) {
            claimed = new java.util.ArrayList<>(claimed);
            claimed.addAll(strings(jwt.getClaim("role")));
        }
        Viewer.Role best = null;
        for (String r : claimed) {
            String upper = r.strip().toUpperCase(Locale.ROOT);
            if (upper.equals("ADMIN")) {
                best = Viewer.Role.ADMIN;
            } else if (upper.equals("AGENCY") && best == null) {
                best = Viewer.Role.AGENCY;
            }
        }
        if (best == null) {
            throw new BadCredentialsException("the bearer token has no role claim (AGENCY or ADMIN)");
        }
        return best;
    }

    private static Set<SanctionDomain> domains(Jwt jwt) {
        Set<SanctionDomain> domains = EnumSet.noneOf(SanctionDomain.class);
        for (String d : strings(jwt.getClaim("domains"))) {
            try {
                domains.add(SanctionDomain.valueOf(d.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new BadCredentialsException("the bearer token names an unknown domain");
            }
        }
        return Set.copyOf(domains);
    }

    private static List<String> strings(Object claim) {
        return switch (claim) {
            case null -> List.of();
            case String s ->
                List.of(s.split("[,\\s]+")).stream().filter(x -> !x.isBlank()).toList();
            case Collection<?> c -> c.stream().map(String::valueOf).toList();
            default -> List.of(String.valueOf(claim));
        };
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        return b != null && !b.isBlank() ? b : null;
    }
}
