package org.creditgraph.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.creditgraph.model.store.Page;
import org.creditgraph.model.store.PageRequest;

/** Renders a {@link Page} as a Relay connection: edges, pageInfo and (when counted) totalCount. */
public final class Connections {

    private Connections() {}

    /** The page a connection field asks for; the stores count the total only when it is selected. */
    public static PageRequest request(Integer first, String after, DataFetchingEnvironment env) {
        return PageRequest.of(first, after).counted(env.getSelectionSet().contains("totalCount"));
    }

    /**
     * A mapped batch loader's work for connections under many parent records: the keys are grouped
     * by everything but the parent ({@code group}: filter and page), the store is asked once per
     * group for all the parents ({@code anchor}), and each parent's page is rendered.
     */
    public static <K, G, T> Map<K, Map<String, Object>> batch(
            Collection<K> keys,
            Function<K, String> anchor,
            Function<K, G> group,
            BiFunction<G, List<String>, Map<String, Page<T>>> load) {
        Map<G, List<K>> groups = new LinkedHashMap<>();
        for (K key : keys) {
            groups.computeIfAbsent(group.apply(key), g -> new ArrayList<>()).add(key);
        }
        Map<K, Map<String, Object>> result = new HashMap<>();
        groups.forEach((g, members) -> {
            Map<String, Page<T>> pages =
                    load.apply(g, members.stream().map(anchor).distinct().toList());
            for (K key : members) {
                Page<T> page = pages.get(anchor.apply(key));
                if (page != null) {
                    result.put(key, of(page));
                }
            }
        });
        return result;
    }

    public static <T> Map<String, Object> of(Page<T> page) {
        return of(page, Function.identity());
    }

    public static <T, R> Map<String, Object> of(Page<T> page, Function<T, R> nodes) {
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
        pageInfo.put("hasPreviousPage", page.hasPreviousPage());
        pageInfo.put("startCursor", page.startCursor());
        pageInfo.put("endCursor", page.endCursor());
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("edges", edges);
        connection.put("pageInfo", pageInfo);
        if (page.totalCount() != Page.NOT_COUNTED) {
            connection.put("totalCount", page.totalCount());
        }
        return connection;
    }
}
