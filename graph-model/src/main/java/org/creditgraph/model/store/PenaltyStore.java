package org.creditgraph.model.store;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.creditgraph.model.Authority;
import org.creditgraph.model.Penalty;
import org.creditgraph.model.Person;
import org.creditgraph.model.Viewer;
import org.creditgraph.model.rules.PenaltyType;
import org.creditgraph.model.rules.Publicity;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Reads of administrative penalties (行政处罚), newest decision first, with keyset cursors on
 * (decidedOn, key). D6: anonymous callers see only penalties publicly disclosed today, and counts
 * include only those; agencies see all, each telling whether it is still public. D12: a natural
 * person's name as party is masked for anonymous callers.
 */
public final class PenaltyStore {

    /** Dates are calendar dates in China. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** D6 in Cypher, over {@code n} and {@code $today}: the same rule as {@link Publicity#publiclyDisclosed}. */
    static final String PUBLICLY_DISCLOSED = "(n.decidedOn <= $today"
            + " AND $today < n.decidedOn + duration({years: " + Publicity.MAXIMUM_YEARS + "})"
            + " AND (n.publicityUntil IS NULL OR $today <= n.publicityUntil)"
            + " AND (n.repairedOn IS NULL OR $today < n.repairedOn)"
            + " AND NOT (coalesce(n.status, '') IN ['撤销', '变更', '确认无效']"
            + " AND (n.statusOn IS NULL OR n.statusOn <= $today)))";

    private static final Records RECORDS = new Records("Penalty", "decidedOn", "key", "n {.*}");

    /** Statistics: the Cypher value each dimension groups penalties by ({@code penaltyType} is unwound). */
    private static final Map<Statistics.Dimension, String> STATISTICS_KEYS = Map.of(
            Statistics.Dimension.YEAR, "n.decidedOn.year",
            Statistics.Dimension.REGION, "n.regionCode",
            Statistics.Dimension.INDUSTRY, "n.industryCode",
            Statistics.Dimension.PENALTY_TYPE, "penaltyType",
            Statistics.Dimension.AUTHORITY, "n.authorityUscc");

    /** PenaltyFilter: every field that is set must hold; {@code types} matches any of the types. */
    public record Filter(
            String uscc,
            String authorityUscc,
            String regionCode,
            String industryCode,
            List<PenaltyType> types,
            LocalDate decidedFrom,
            LocalDate decidedTo) {

        public static final Filter NONE = new Filter(null, null, null, null, null, null, null);
    }

    private final Graph graph;
    private final Clock clock;

    public PenaltyStore(Graph graph) {
        this(graph, Clock.system(ZONE));
    }

    public PenaltyStore(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    public Page<Penalty> find(Filter filter, PageRequest page, Viewer viewer) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = conditions(filter, viewer, today, params);
        return RECORDS.find(graph, conditions, params, page, v -> penalty(v, viewer, today));
    }

    /**
     * Every penalty the connection would list to this caller with this filter, newest first, in
     * keyset pages of {@code pageSize} read one after another (each a short read transaction), so
     * that memory holds one page however many there are. Returns the number of penalties.
     */
    public long forEachPage(Filter filter, Viewer viewer, int pageSize, Consumer<List<Penalty>> pages) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = conditions(filter, viewer, today, params);
        return RECORDS.scan(graph, conditions, params, pageSize, v -> penalty(v, viewer, today), pages);
    }

    /** The dimensions penalties can be grouped by. */
    public Set<Statistics.Dimension> statisticsDimensions() {
        return STATISTICS_KEYS.keySet();
    }

    /**
     * Penalties grouped by {@code groupBy} (统计), counted and their fines summed exactly, in one
     * Cypher aggregation over the same records (filter and D6 visibility) as {@link #find}. With
     * PENALTY_TYPE, a decision of several types counts under each of them. Sorted by key.
     */
    public List<Statistics.PenaltyBucket> statistics(Filter filter, List<Statistics.Dimension> groupBy, Viewer viewer) {
        List<Statistics.Dimension> dims = Statistics.validate(groupBy, STATISTICS_KEYS.keySet(), "penalties");
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = conditions(filter, viewer, today, params);
        String unwind = dims.contains(Statistics.Dimension.PENALTY_TYPE)
                ? "UNWIND CASE WHEN size(coalesce(n.types, [])) = 0 THEN ['" + PenaltyType.OTHER.name()
                        + "'] ELSE n.types END AS penaltyType"
                : "";
        String cypher = Statistics.groupBy(
                "MATCH (n:Penalty) WHERE " + Records.where(conditions),
                unwind,
                dims,
                STATISTICS_KEYS,
                Statistics.exactSum("n.fineYuan", "fine"));
        List<Statistics.PenaltyBucket> buckets = new ArrayList<>();
        for (Record row : graph.read(cypher, params)) {
            List<String> keys = Statistics.keys(row);
            buckets.add(new Statistics.PenaltyBucket(
                    Statistics.key(keys), keys, row.get("count").asLong(), Statistics.decimal(row, "fine")));
        }
        return Statistics.sortedByKeys(buckets, Statistics.PenaltyBucket::keys);
    }

    /**
     * The WHERE conditions of every penalty read for a caller: D6 visibility, then the
     * PenaltyFilter. The one place both are built, for pages, totals, statistics and exports.
     */
    static List<String> conditions(Filter filter, Viewer viewer, LocalDate today, Map<String, Object> params) {
        Filter f = filter == null ? Filter.NONE : filter;
        List<String> conditions = visibility(viewer, today, params);
        Records.equal(conditions, params, "partyUscc", f.uscc());
        Records.equal(conditions, params, "authorityUscc", f.authorityUscc());
        Records.equal(conditions, params, "regionCode", f.regionCode());
        Records.equal(conditions, params, "industryCode", f.industryCode());
        if (f.types() != null && !f.types().isEmpty()) {
            conditions.add("any(t IN n.types WHERE t IN $types)");
            params.put("types", f.types().stream().map(Enum::name).toList());
        }
        Records.dateRange(conditions, params, "decidedOn", f.decidedFrom(), f.decidedTo());
        return conditions;
    }

    /** The penalties against each enterprise; {@code page} applies to each one, all in one query. */
    public Map<String, Page<Penalty>> ofEnterprises(Collection<String> usccs, PageRequest page, Viewer viewer) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = visibility(viewer, today, params);
        return RECORDS.ofEnterprises(
                graph, "(n:Penalty)-[:AGAINST]->(e)", usccs, conditions, params, page, v -> penalty(v, viewer, today));
    }

    private static List<String> visibility(Viewer viewer, LocalDate today, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        params.put("today", today);
        if (viewer.isPublic()) {
            conditions.add(PUBLICLY_DISCLOSED);
        }
        return conditions;
    }

    static Penalty penalty(Value n, Viewer viewer, LocalDate today) {
        var window = new Publicity.PenaltyWindow(
                Nodes.date(n.get("decidedOn")),
                Nodes.date(n.get("publicityUntil")),
                Nodes.date(n.get("repairedOn")),
                n.get("status").asString(null),
                Nodes.date(n.get("statusOn")));
        var party = new Penalty.Party(
                n.get("partyName").asString(""),
                n.get("partyType").asString(null),
                n.get("partyUscc").asString(null));
        if (party.naturalPerson() && viewer.isPublic()) {
            party = new Penalty.Party(Person.maskName(party.name()), party.type(), party.uscc());
        }
        List<PenaltyType> types = new ArrayList<>();
        for (String t : Nodes.strings(n.get("types"))) {
            try {
                types.add(PenaltyType.valueOf(t));
            } catch (IllegalArgumentException e) {
                types.add(PenaltyType.OTHER);
            }
        }
        return new Penalty(
                n.get("key").asString(),
                n.get("decisionNumber").asString(null),
                window.decidedOn(),
                List.copyOf(types.stream().distinct().toList()),
                n.get("fineYuan").asString(null),
                n.get("confiscatedYuan").asString(null),
                n.get("violationType").asString(null),
                n.get("facts").asString(null),
                n.get("legalBasis").asString(null),
                n.get("content").asString(null),
                new Authority(
                        n.get("authorityUscc").asString(null),
                        n.get("authorityName").asString(null)),
                party,
                Publicity.publiclyDisclosed(window, today),
                Publicity.publicUntil(window),
                window.status(),
                window.statusOn(),
                Nodes.date(n.get("validUntil")),
                window.publicityUntil(),
                n.get("regionCode").asString(null),
                n.get("industryCode").asString(null));
    }

    /**
     * Keyset paging over one label, newest first by a date property, then by a key property (both
     * descending). Shared by the record stores; the variable of the record is always {@code n}.
     */
    static final class Records {

        private final String label;
        private final String date;
        private final String key;
        private final String projection;

        Records(String label, String date, String key, String projection) {
            this.label = label;
            this.date = date;
            this.key = key;
            this.projection = projection;
        }

        static void equal(List<String> conditions, Map<String, Object> params, String property, String value) {
            if (value != null && !value.isBlank()) {
                conditions.add("n." + property + " = $" + property);
                params.put(property, value.strip());
            }
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
            String cypher = "CALL () { MATCH (n:" + label + ") WHERE " + where + " RETURN count(n) AS total } "
                    + "CALL () { MATCH (n:" + label + ") WHERE " + pageWhere + " WITH n " + order()
                    + " LIMIT $limit RETURN collect(" + projection + ") AS rows } "
                    + "RETURN total, rows";
            Record row = graph.read(cypher, p).getFirst();
            return page(row.get("rows").asList(v -> v), row.get("total").asLong(), page, mapper);
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
            String rowsByKey = "UNWIND $keys AS k MATCH (n:" + label + " {" + key + ": k}) RETURN k AS key, "
                    + projection + " AS row";
            long count = 0;
            String cypher = firstPage;
            while (true) {
                List<Record> keys = graph.read(cypher, p);
                if (keys.isEmpty()) {
                    return count;
                }
                List<String> order =
                        keys.stream().map(r -> r.get("key").asString()).toList();
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
            return ofSubjects(graph, "(e:Enterprise {uscc: uscc})", pattern, usccs, conditions, params, page, mapper);
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
            return ofSubjects(graph, "(e:Person {id: uscc})", pattern, ids, conditions, params, page, mapper);
        }

        private <T> Map<String, Page<T>> ofSubjects(
                Graph graph,
                String subject,
                String pattern,
                Collection<String> usccs,
                List<String> conditions,
                Map<String, Object> params,
                PageRequest page,
                Function<Value, T> mapper) {
            Map<String, Page<T>> pages = new LinkedHashMap<>();
            for (String uscc : usccs) {
                pages.put(uscc, new Page<>(List.of(), false, 0));
            }
            if (usccs.isEmpty()) {
                return pages;
            }
            Map<String, Object> p = new HashMap<>(params);
            String where = where(conditions);
            String pageWhere = where(withAfter(conditions, page, p));
            p.put("limit", page.first() + 1);
            p.put("usccs", List.copyOf(usccs));
            String cypher = "UNWIND $usccs AS uscc MATCH " + subject + " "
                    + "CALL (e) { MATCH " + pattern + " WHERE " + where + " RETURN count(n) AS total } "
                    + "CALL (e) { MATCH " + pattern + " WHERE " + pageWhere + " WITH n " + order()
                    + " LIMIT $limit RETURN collect(" + projection + ") AS rows } "
                    + "RETURN uscc, total, rows";
            for (Record row : graph.read(cypher, p)) {
                pages.put(
                        row.get("uscc").asString(),
                        page(row.get("rows").asList(v -> v), row.get("total").asLong(), page, mapper));
            }
            return pages;
        }

        private String order() {
            return "ORDER BY n." + date + " DESC, n." + key + " DESC";
        }

        static String where(List<String> conditions) {
            return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
        }

        private List<String> withAfter(List<String> conditions, PageRequest page, Map<String, Object> params) {
            if (page.after() == null) {
                return conditions;
            }
            List<String> values = Cursor.decode(page.after(), 2);
            try {
                params.put("afterDate", LocalDate.parse(values.get(0)));
            } catch (DateTimeParseException e) {
                throw new Cursor.InvalidCursorException();
            }
            params.put("afterKey", values.get(1));
            List<String> all = new ArrayList<>(conditions);
            all.add("(n." + date + " < $afterDate OR (n." + date + " = $afterDate AND n." + key + " < $afterKey))");
            return all;
        }

        private <T> Page<T> page(List<Value> rows, long total, PageRequest page, Function<Value, T> mapper) {
            List<Page.Edge<T>> edges = new ArrayList<>();
            for (Value v : rows.subList(0, Math.min(rows.size(), page.first()))) {
                String cursor = Cursor.encode(
                        List.of(v.get(date).asLocalDate().toString(), v.get(key).asString()));
                edges.add(new Page.Edge<>(cursor, mapper.apply(v)));
            }
            return new Page<>(edges, rows.size() > page.first(), total);
        }
    }
}
