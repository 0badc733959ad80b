package org.creditgraph.model;

import java.util.Set;

/**
 * Who is asking (contract §2). Every read in the store takes a viewer, so that the D6 publicity
 * and D12 privacy filters cannot be bypassed by a resolver.
 *
 * @param name what the caller is called in receipts and audit entries; not unique, never used to
 *     tell callers apart
 * @param id the stable identity of the credential: {@code key:} and a prefix of the key's SHA-256
 *     for an API key, {@code jwt:} with issuer and subject for a bearer token. Rate limits and
 *     watchlist ownership key on it.
 */
public record Viewer(Role role, Set<SanctionDomain> domains, String name, String id) {

    public static final Viewer PUBLIC = new Viewer(Role.PUBLIC, Set.of(), "anonymous", "anonymous");

    /** A viewer no credential stands for (store tests, tools): its id is made from role and name. */
    public Viewer(Role role, Set<SanctionDomain> domains, String name) {
        this(role, domains, name, "unkeyed:" + role + ":" + name);
    }

    public enum Role {
        PUBLIC,
        AGENCY,
        ADMIN
    }

    public boolean isPublic() {
        return role == Role.PUBLIC;
    }

    /** Contract §2: an AGENCY limited to named domains may check only those; others check any. */
    public boolean mayCheck(SanctionDomain domain) {
        return role != Role.AGENCY || domains.isEmpty() || domains.contains(domain);
    }
}
