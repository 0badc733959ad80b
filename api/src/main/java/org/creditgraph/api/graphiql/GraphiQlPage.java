package org.creditgraph.api.graphiql;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * GraphiQL at {@code /graphiql}, served entirely by this application: React, ReactDOM and GraphiQL
 * come from WebJars under {@code /webjars/}, the start script from {@code static/graphiql/}, so the
 * page works on an intranet without internet and under the same strict Content-Security-Policy as
 * the explorer. Spring for GraphQL's own page (which loads from a CDN) stays off.
 */
@Controller
class GraphiQlPage {

    @GetMapping({"/graphiql", "/graphiql/"})
    String page() {
        return "forward:/graphiql/index.html";
    }
}
