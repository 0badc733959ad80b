package org.creditgraph.model.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Keyset paging over one label, newest first by a date property, then by a key property (both
 * descending), or in another {@link Order}. Shared by the record stores; the variable of the record
 * is always {@code n}. The total is counted only when the page request asks for it.
 */
final class Records {

    /**
     * A sort order: a Cypher expression over {@code n}, its direction, and how a cursor's text turns
     * back into a parameter. {@code name} is written into the cursor of every order but the default,
     * so that a cursor of one order is refused by another.
     */
    record Order(String name, String expression, boolean descending, Function<String, Object> parse) {}

    private final String label;
    private final String date;
    private final String key;
    private final String projection;
    private final Order order;

    Records(String label, String date, String key, String projection) {
        this(label, date, key, projection, new Order(null, "n." + date, true, LocalDate::parse));
    }

    private Records(String label, String date, String key, String projection, Order order) {
        this.label = label;
        this.date = date;
        this.key = key;
        this.projection = projection;
        this.order = order;
    }

    /** The same records in another order; null keeps this one. */
    Records ordered(Order other) {
        return other == null ? this : new Records(label, date, key, projection, other);
    }

    static void equal(List<String> conditions, Map<String, Object> params, String property, String value) {
        if (value != null && !value.isBlank()) {
            conditions.add("n." + property + " = $" + property);
            params.put(property, value.strip());
        }
    }

    /** GB/T 2260: a province is the first two digits of a region code (11 or 110000 for 北京市). */
    static void province(List<String> conditions, Map<String, Object> params, String provinceCode) {
        if (provinceCode == null || provinceCode.isBlank()) {
            return;
        }
        String code = provinceCode.strip();
        if (!code.matches("\\d{2}(0000)?")) {
            throw new IllegalArgumentException(
                    "provinceCode must be a GB/T 2260 province code: two digits or six ending in 0000, e.g. 11 or 110000");
        }
        conditions.add("n.regionCode STARTS WITH $provinceCode");
        params.put("provinceCode", code.substring(0, 2));
    }

    static void dateRange(
            List<String> conditions, Map<String, Object> params, String property, LocalDate from, LocalDate to) {
        if (from != null) {
            conditions.add("n." + property + " >= $" + property + "From");
            params.put(property + "From", from);
        }
        if (to != null) {
            conditions.add("n." + property + " <= $" + property + "To");
            params.put(property + "To", to);
        }
    }

    <T> Page<T> find(
            Graph graph,
            List<String> conditions,
            Map<String, Object> params,
            PageRequest page,
            Function<Value, T> mapper) {
        Map<String, Object> p = new HashMap<>(params);
        String where = where(conditions);
        String pageWhere = where(withAfter(conditions, page, p));
        p.put("limit", page.first() + 1);
        String total = page.counted()
                ? "CALL () { MATCH (n:" + label + ") WHERE " + where + " RETURN count(n) AS total } "
                : "";
        String cypher = total + "CALL () { MATCH (n:" + label + ") WHERE " + pageWhere + " WITH n " + order()
                + " LIMIT $limit RETURN collect(" + row() + ") AS rows } "
                + "RETURN " + (page.counted() ? "total" : "-1 AS total") + ", rows";
        Record row = graph.read(cypher, p).getFirst();
        return page(row.get("rows").asList(v -> v), row.get("total").asLong(), page, mapper);
    }

    /** The records whose {@code key} is one of {@code keys} and that meet {@code conditions}, by key. */
    <T> Map<String, T> byKeys(
            Graph graph,
            Collection<String> keys,
            List<String> conditions,
            Map<String, Object> params,
            Function<Value, T> mapper) {
        Map<String, T> found = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        Map<String, Object> p = new HashMap<>(params);
        p.put("keys", List.copyOf(keys));
        String cypher = "UNWIND $keys AS k MATCH (n:" + label + " {" + key + ": k}) WHERE " + where(conditions)
                + " RETURN k, " + projection + " AS row";
        for (Record row : graph.read(cypher, p)) {
            found.put(row.get("k").asString(), mapper.apply(row.get("row")));
        }
        return found;
    }

    /**
     * Every record matching {@code conditions} in this order, read in keyset pages of
     * {@code pageSize}, each page handed to {@code pages} before the next is read. Returns the
     * number of records.
     *
     * <p>A page takes two queries. The first finds the page's keys: its predicates let the
     * planner seek the (date, key) range index and take its order ({@code date <= $afterDate
     * AND key IS NOT NULL}, then a filter for the ties on the boundary date) instead of sorting
     * every record for every page; with 200,000 penalties a next page reads 5,000 index entries
     * (PROFILE), where the equivalent {@code OR} form scans the label and sorts. The second
     * reads the projection by key: Neo4j 2026.08's planner fails on that tie filter combined
     * with the projection's pattern comprehensions ("insertCachedProperties").
     */
    <T> long scan(
            Graph graph,
            List<String> conditions,
            Map<String, Object> params,
            int pageSize,
            Function<Value, T> mapper,
            Consumer<List<T>> pages) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        Map<String, Object> p = new HashMap<>(params);
        p.put("limit", pageSize);
        List<String> first = new ArrayList<>(conditions);
        first.add("n." + date + " IS NOT NULL AND n." + key + " IS NOT NULL");
        List<String> next = new ArrayList<>(conditions);
        next.add("n." + date + " <= $afterDate AND n." + key + " IS NOT NULL");
        next.add("NOT (n." + date + " = $afterDate AND n." + key + " >= $afterKey)");
        String tail = " WITH n " + order() + " LIMIT $limit RETURN n." + date + " AS date, n." + key + " AS key";
        String firstPage = "MATCH (n:" + label + ") WHERE " + where(first) + tail;
        String nextPage = "MATCH (n:" + label + ") WHERE " + where(next) + tail;
        String rowsByKey =
                "UNWIND $keys AS k MATCH (n:" + label + " {" + key + ": k}) RETURN k AS key, " + projection + " AS row";
        long count = 0;
        String cypher = firstPage;
        while (true) {
            List<Record> keys = graph.read(cypher, p);
            if (keys.isEmpty()) {
                return count;
            }
            List<String> order = keys.stream().map(r -> r.get("key").asString()).toList();
            Map<String, Value> rows = new HashMap<>();
            for (Record row : graph.read(rowsByKey, Map.of("keys", order))) {
                rows.put(row.get("key").asString(), row.get("row"));
            }
            List<T> page = new ArrayList<>(rows.size());
            for (String k : order) {
                Value row = rows.get(k);
                if (row != null) { // deleted between the two reads
                    page.add(mapper.apply(row));
                }
            }
            pages.accept(page);
            count += page.size();
            if (keys.size() < pageSize) {
                return count;
            }
            p.put("afterDate", keys.getLast().get("date").asLocalDate());
            p.put("afterKey", keys.getLast().get("key").asString());
            cypher = nextPage;
        }
    }

    /**
     * Like {@link #scan}, for nodes ordered by one unique string property ascending (enterprises
     * by USCC, persons by id), where the uniqueness constraint's index gives the order.
     */
    static <T> long scanByKey(
            Graph graph,
            String label,
            String key,
            List<String> conditions,
            Map<String, Object> params,
            String projection,
            int pageSize,
            Function<Value, T> mapper,
            Consumer<List<T>> pages) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        Map<String, Object> p = new HashMap<>(params);
        p.put("limit", pageSize);
        p.put("afterKey", "");
        List<String> all = new ArrayList<>(conditions);
        all.add("n." + key + " > $afterKey");
        String cypher = "MATCH (n:" + label + ") WHERE " + where(all) + " WITH n ORDER BY n." + key
                + " LIMIT $limit RETURN n." + key + " AS key, " + projection + " AS row";
        long count = 0;
        while (true) {
            List<Record> rows = graph.read(cypher, p);
            if (rows.isEmpty()) {
                return count;
            }
            List<T> page = new ArrayList<>(rows.size());
            for (Record row : rows) {
                page.add(mapper.apply(row.get("row")));
            }
            pages.accept(page);
            count += page.size();
            if (rows.size() < pageSize) {
                return count;
            }
            p.put("afterKey", rows.getLast().get("key").asString());
        }
    }

    <T> Map<String, Page<T>> ofEnterprises(
            Graph graph,
            String pattern,
            Collection<String> usccs,
            List<String> conditions,
            Map<String, Object> params,
            PageRequest page,
            Function<Value, T> mapper) {
        return ofAnchors(graph, "(e:Enterprise {uscc: uscc})", pattern, usccs, conditions, params, page, mapper);
    }

    /** As {@link #ofEnterprises}, for natural persons by opaque id; {@code pattern} binds the person as {@code e}. */
    <T> Map<String, Page<T>> ofPersons(
            Graph graph,
            String pattern,
            Collection<String> ids,
            List<String> conditions,
            Map<String, Object> params,
            PageRequest page,
            Function<Value, T> mapper) {
        return ofAnchors(graph, "(e:Person {id: uscc})", pattern, ids, conditions, params, page, mapper);
    }

    /**
     * A page of records for each anchor node, all in one query: {@code anchor} matches the node
     * {@code e} by the variable {@code uscc} (one of {@code keys}); {@code pattern} binds its
     * records as {@code n}. {@code page} applies to each anchor.
     */
    <T> Map<String, Page<T>> ofAnchors(
            Graph graph,
            String anchor,
            String pattern,
            Collection<String> keys,
            List<String> conditions,
            Map<String, Object> params,
            PageRequest page,
            Function<Value, T> mapper) {
        Map<String, Page<T>> pages = new LinkedHashMap<>();
        for (String k : keys) {
            pages.put(k, new Page<>(List.of(), false, page.after() != null, page.counted() ? 0 : Page.NOT_COUNTED));
        }
        if (keys.isEmpty()) {
            return pages;
        }
        Map<String, Object> p = new HashMap<>(params);
        String where = where(conditions);
        String pageWhere = where(withAfter(conditions, page, p));
        p.put("limit", page.first() + 1);
        p.put("usccs", List.copyOf(keys));
        String total = page.counted()
                ? "CALL (e) { MATCH " + pattern + " WHERE " + where + " RETURN count(n) AS total } "
                : "";
        String cypher = "UNWIND $usccs AS uscc MATCH " + anchor + " " + total
                + "CALL (e) { MATCH " + pattern + " WHERE " + pageWhere + " WITH n " + order()
                + " LIMIT $limit RETURN collect(" + row() + ") AS rows } "
                + "RETURN uscc, " + (page.counted() ? "total" : "-1 AS total") + ", rows";
        for (Record row : graph.read(cypher, p)) {
            pages.put(
                    row.get("uscc").asString(),
                    page(row.get("rows").asList(v -> v), row.get("total").asLong(), page, mapper));
        }
        return pages;
    }

    private String order() {
        String direction = order.descending() ? " DESC" : " ASC";
        return "ORDER BY " + order.expression() + direction + ", n." + key + direction;
    }

    /** A page row: the projection, the sort value and the key (for the cursor). */
    private String row() {
        return "{row: " + projection + ", sort: " + order.expression() + ", key: n." + key + "}";
    }

    static String where(List<String> conditions) {
        return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
    }

    private List<String> withAfter(List<String> conditions, PageRequest page, Map<String, Object> params) {
        if (page.after() == null) {
            return conditions;
        }
        List<String> values = Cursor.decode(page.after(), order.name() == null ? 2 : 3);
        if (order.name() != null && !order.name().equals(values.getFirst())) {
            throw new Cursor.InvalidCursorException();
        }
        try {
            params.put("afterSort", order.parse().apply(values.get(values.size() - 2)));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new Cursor.InvalidCursorException();
        }
        params.put("afterKey", values.getLast());
        String before = order.descending() ? " < " : " > ";
        List<String> all = new ArrayList<>(conditions);
        all.add("(" + order.expression() + before + "$afterSort OR (" + order.expression() + " = $afterSort AND n."
                + key + before + "$afterKey))");
        return all;
    }

    private <T> Page<T> page(List<Value> rows, long total, PageRequest page, Function<Value, T> mapper) {
        List<Page.Edge<T>> edges = new ArrayList<>();
        for (Value v : rows.subList(0, Math.min(rows.size(), page.first()))) {
            String sort = v.get("sort").asObject().toString();
            String k = v.get("key").asString();
            String cursor = Cursor.encode(order.name() == null ? List.of(sort, k) : List.of(order.name(), sort, k));
            edges.add(new Page.Edge<>(cursor, mapper.apply(v.get("row"))));
        }
        return new Page<>(edges, rows.size() > page.first(), page.after() != null, total);
    }
}
