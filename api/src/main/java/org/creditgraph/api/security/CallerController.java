package org.creditgraph.api.security;

import graphql.GraphQLContext;
import java.util.Arrays;
import java.util.List;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Viewer;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code caller}: who the request's caller is, so that a client (the explorer) can offer what it may do. */
@Controller
class CallerController {

    /** GraphQL {@code Caller}; the credential's id (a key hash prefix) is never shown. */
    record CallerView(Viewer.Role role, String name, boolean anonymous, List<SanctionDomain> domains) {}

    @QueryMapping
    CallerView caller(GraphQLContext context) {
        Viewer viewer = Callers.of(context);
        return new CallerView(
                viewer.role(),
                viewer.isPublic() ? null : viewer.name(),
                viewer.isPublic(),
                Arrays.stream(SanctionDomain.values()).filter(viewer::mayCheck).toList());
    }
}
