package org.creditgraph.api.security;

import graphql.GraphQLContext;
import org.creditgraph.model.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller of the current GraphQL request (contract §2). The security layer puts the resolved
 * {@link Viewer} into the GraphQL context before execution; every resolver reads it from here, so
 * that the D6/D12 filters in the stores always see who is asking. No viewer means anonymous.
 */
public final class Callers {

    public static final String CONTEXT_KEY = Viewer.class.getName();

    private Callers() {}

    public static Viewer of(GraphQLContext context) {
        Viewer viewer = context == null ? null : context.get(CONTEXT_KEY);
        return viewer != null ? viewer : Viewer.PUBLIC;
    }

    /** The caller the security filters authenticated on this thread; anonymous when none. */
    public static Viewer authenticated() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth instanceof CallerAuthentication caller ? caller.viewer() : Viewer.PUBLIC;
    }
}
