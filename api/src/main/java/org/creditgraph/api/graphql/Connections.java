package org.creditgraph.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.creditgraph.model.store.Page;

/** Renders a {@link Page} as a Relay connection: edges, pageInfo and totalCount. */
final class Connections {

    private Connections() {}

    static <T> Map<String, Object> of(Page<T> page) {
        return of(page, Function.identity());
    }

    static <T, R> Map<String, Object> of(Page<T> page, Function<T, R> nodes) {
        List<Map<String, Object>> edges = page.edges().stream()
                .map(edge -> {
                    Map<String, Object> map = new LinkedHashMap<>();
                    map.put("cursor", edge.cursor());
                    map.put("node", nodes.apply(edge.node()));
                    return map;
                })
                .toList();
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", page.hasNextPage());
        pageInfo.put("endCursor", page.endCursor());
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("edges", edges);
        connection.put("pageInfo", pageInfo);
        connection.put("totalCount", page.totalCount());
        return connection;
    }
}
