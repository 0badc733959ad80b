package org.creditgraph.model;

import java.util.Set;

/**
 * Who is asking (contract §2). Every read in the store takes a viewer, so that the D6 publicity
 * and D12 privacy filters cannot be bypassed by a resolver.
 */
public record Viewer(Role role, Set<SanctionDomain> domains, String name) {

    public static final Viewer PUBLIC = new Viewer(Role.PUBLIC, Set.of(), "anonymous");

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
