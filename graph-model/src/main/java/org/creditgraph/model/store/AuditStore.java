package org.creditgraph.model.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.check.Verdict;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * D8: the audit log of agency checks. One {@code AuditEntry} node per subject checked, written with
 * one UNWIND per check call; read newest first with keyset cursors on (at, receiptId). Subjects
 * are named by their code (a USCC or an opaque person id), never by a raw ID number (D12).
 */
public final class AuditStore {

    /** Dates of the filter are calendar days in China. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * One check of one subject.
     *
     * @param subjectKind ENTERPRISE, PERSON, or UNKNOWN for a name that matched no one
     */
    public record Entry(
            String receiptId,
            String caller,
            Instant at,
            String subjectCode,
            String subjectKind,
            SanctionDomain domain,
            LocalDate asOf,
            Verdict verdict,
            boolean subjectFound,
            String dataVersion) {}

    /** Every field that is set must hold; {@code subjectCodes} matches any; dates are inclusive. */
    public record Filter(List<String> subjectCodes, LocalDate from, LocalDate to) {

        public static final Filter NONE = new Filter(List.of(), null, null);
    }

    private final Graph graph;

    public AuditStore(Graph graph) {
        this.graph = graph;
    }

    /** Writes the entries of one check call in a single query. */
    public void append(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Map<String, Object> row = new HashMap<>();
            row.put("receiptId", e.receiptId());
            row.put("caller", e.caller());
            row.put("at", ZonedDateTime.ofInstant(e.at(), ZONE));
            row.put("subjectCode", e.subjectCode());
            row.put("subjectKind", e.subjectKind());
            row.put("domain", e.domain().name());
            row.put("asOf", e.asOf());
            row.put("verdict", e.verdict().name());
            row.put("subjectFound", e.subjectFound());
            row.put("dataVersion", e.dataVersion());
            rows.add(row);
        }
        graph.write("UNWIND $rows AS row CREATE (a:AuditEntry) SET a = row", Map.of("rows", rows));
    }

    /** A page of entries, newest first, with the number of all that match. */
    public Page<Entry> find(Filter filter, PageRequest page) {
        Filter f = filter == null ? Filter.NONE : filter;
        Map<String, Object> params = new HashMap<>();
        List<String> conditions = new ArrayList<>();
        if (f.subjectCodes() != null && !f.subjectCodes().isEmpty()) {
            conditions.add("a.subjectCode IN $codes");
            params.put("codes", f.subjectCodes());
        }
        if (f.from() != null) {
            conditions.add("a.at >= $fromAt");
            params.put("fromAt", f.from().atStartOfDay(ZONE));
        }
        if (f.to() != null) {
            conditions.add("a.at < $untilAt");
            params.put("untilAt", f.to().plusDays(1).atStartOfDay(ZONE));
        }
        List<String> pageConditions = new ArrayList<>(conditions);
        if (page.after() != null) {
            List<String> values = Cursor.decode(page.after(), 2);
            try {
                params.put("afterAt", ZonedDateTime.ofInstant(Instant.parse(values.get(0)), ZONE));
            } catch (DateTimeParseException e) {
                throw new Cursor.InvalidCursorException();
            }
            params.put("afterId", values.get(1));
            pageConditions.add("(a.at < $afterAt OR (a.at = $afterAt AND a.receiptId < $afterId))");
        }
        params.put("limit", page.first() + 1);
        String cypher = "CALL () { MATCH (a:AuditEntry) WHERE " + where(conditions) + " RETURN count(a) AS total } "
                + "CALL () { MATCH (a:AuditEntry) WHERE " + where(pageConditions)
                + " WITH a ORDER BY a.at DESC, a.receiptId DESC LIMIT $limit RETURN collect(a {.*}) AS rows } "
                + "RETURN total, rows";
        Record row = graph.read(cypher, params).getFirst();
        List<Value> rows = row.get("rows").asList(v -> v);
        List<Page.Edge<Entry>> edges = new ArrayList<>();
        for (Value v : rows.subList(0, Math.min(rows.size(), page.first()))) {
            Entry entry = entry(v);
            edges.add(new Page.Edge<>(Cursor.encode(List.of(entry.at().toString(), entry.receiptId())), entry));
        }
        return new Page<>(edges, rows.size() > page.first(), row.get("total").asLong());
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "true" : String.join(" AND ", conditions);
    }

    private static Entry entry(Value v) {
        return new Entry(
                v.get("receiptId").asString(),
                v.get("caller").asString(null),
                v.get("at").asZonedDateTime().toInstant(),
                v.get("subjectCode").asString(),
                v.get("subjectKind").asString(null),
                SanctionDomain.valueOf(v.get("domain").asString()),
                v.get("asOf").asLocalDate(),
                Verdict.valueOf(v.get("verdict").asString()),
                v.get("subjectFound").asBoolean(false),
                v.get("dataVersion").asString(null));
    }
}
