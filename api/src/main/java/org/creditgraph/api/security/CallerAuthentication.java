package org.creditgraph.api.security;

import java.util.List;
import org.creditgraph.model.Viewer;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated AGENCY or ADMIN caller, by API key or bearer token. */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Viewer viewer;

    public CallerAuthentication(Viewer viewer) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + viewer.role().name())));
        this.viewer = viewer;
        setAuthenticated(true);
    }

    public Viewer viewer() {
        return viewer;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return viewer.name();
    }
}
