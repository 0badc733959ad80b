package org.creditgraph.model.store.migrations;

import ac.simons.neo4j.migrations.core.JavaBasedMigration;
import ac.simons.neo4j.migrations.core.MigrationContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditgraph.model.rules.ResidentId;
import org.creditgraph.model.rules.ResidentIdScrubber;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * D1/D12: scrubs resident ID numbers that earlier loads stored raw where the loader did not expect
 * them: in free text (违法事实, 处罚内容, 备注, names, ...) and as the USCC of an "enterprise" that
 * was really a 个体工商户's or a person's number. Every string (and list of strings) property of
 * every node and relationship is searched with {@link ResidentIdScrubber}; each number found is
 * replaced in place by its masked form, so that indexes on those properties (the USCC prefix
 * search, the full-text name index) no longer hold it either.
 *
 * <p>A Java migration, not Cypher: finding the numbers needs the D1 check character and a real
 * birth date inside arbitrary text, which is the pure rule {@link ResidentIdScrubber} the loaders
 * use; re-implementing it in Cypher (no APOC here) would be a second, divergent copy. It is still
 * run by Neo4j-Migrations in version order, once, and listed in the folder's INDEX like the Cypher
 * ones.
 *
 * <p>An Enterprise whose USCC is a resident ID number keeps its links (penalties, listings, ...)
 * under the masked number and is flagged ({@code residentIdAsUscc}, a data-quality warning). It is
 * not turned into a Person: a Person is keyed by the HMAC of the number with the server secret
 * (D12), which the API and the loaders hold but the schema migration does not; re-loading the
 * source links the party as a person (the loaders do that now). Code-like values (a whole property
 * that is one number, and unique keys) get one replacement per number across the graph, so that
 * an enterprise's masked USCC and the {@code partyUscc} or {@code subjectCode} that name it stay
 * equal; two numbers with the same masked form there get {@code #2}, {@code #3} so that unique
 * constraints hold.
 */
public final class V0014__Scrub_resident_id_numbers implements JavaBasedMigration {

    // Prefilter in Cypher (a superset: 17 digits and a check character); the rule decides.
    static final String CANDIDATE = "(?s).*[0-9０-９]{17}[0-9０-９XxＸｘ].*";
    private static final int BATCH = 1_000;
    private static final String EXCLUDED = "NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock";
    private static final String MATCHING_KEYS = "[k IN keys(n) WHERE any(v IN CASE WHEN n[k] IS :: LIST<ANY>"
            + " THEN n[k] ELSE [n[k]] END WHERE v IS :: STRING AND v =~ $pattern)]";

    @Override
    public void apply(MigrationContext context) {
        try (Session session = context.getSession()) {
            new Scrub(session).run();
        }
    }

    /** One run: find, compute replacements, write. */
    static final class Scrub {
        private final Session session;
        /** Unique single-property constraints: label → properties. */
        private final Map<String, Set<String>> unique = new HashMap<>();
        /** Replacement of each number met in a code-like value, so that references stay equal. */
        private final Map<String, String> codes = new HashMap<>();

        private final Set<String> claimed = new HashSet<>();

        Scrub(Session session) {
            this.session = session;
        }

        void run() {
            readUniqueConstraints();
            List<Map<String, Object>> nodes = new ArrayList<>();
            List<Map<String, Object>> relationships = new ArrayList<>();
            List<Record> nodeCandidates = new ArrayList<>(session.executeRead(tx -> tx.run(
                            "MATCH (n) WHERE " + EXCLUDED + " WITH n, " + MATCHING_KEYS + " AS ks WHERE size(ks) > 0 "
                                    + "RETURN elementId(n) AS id, labels(n) AS labels, "
                                    + "[k IN ks | {key: k, value: n[k]}] AS props, n.dataQualityWarnings AS warnings",
                            Map.of("pattern", CANDIDATE))
                    .list()));
            // code-like values first, so that a number's replacement is fixed by the enterprise that has it
            nodeCandidates.sort((a, b) -> Boolean.compare(
                    !a.get("labels").asList(Value::asString).contains("Enterprise"),
                    !b.get("labels").asList(Value::asString).contains("Enterprise")));
            for (Record r : nodeCandidates) {
                String id = r.get("id").asString();
                List<String> labels = r.get("labels").asList(Value::asString);
                Map<String, Object> changed = scrubbed(id, labels, r.get("props"));
                if (changed.isEmpty()) {
                    continue;
                }
                if (labels.contains("Enterprise") && changed.containsKey("uscc")) {
                    List<Object> warnings = new ArrayList<>();
                    if (changed.get("dataQualityWarnings") instanceof List<?> scrubbed) {
                        warnings.addAll(scrubbed);
                    } else if (!r.get("warnings").isNull()) {
                        warnings.addAll(r.get("warnings").asList());
                    }
                    warnings.add("统一社会信用代码 was a resident ID number, masked as " + changed.get("uscc")
                            + ": not an enterprise's code");
                    changed.put("dataQualityWarnings", warnings);
                    changed.put("residentIdAsUscc", true);
                    changed.put("usccCheckDigitValid", false);
                }
                nodes.add(Map.of("id", id, "props", changed));
            }
            session.executeRead(tx -> tx.run(
                                    "MATCH ()-[n]->() WITH n, " + MATCHING_KEYS + " AS ks WHERE size(ks) > 0 "
                                            + "RETURN elementId(n) AS id, [k IN ks | {key: k, value: n[k]}] AS props",
                                    Map.of("pattern", CANDIDATE))
                            .list())
                    .forEach(r -> {
                        String id = r.get("id").asString();
                        Map<String, Object> changed = scrubbed(id, List.of(), r.get("props"));
                        if (!changed.isEmpty()) {
                            relationships.add(Map.of("id", id, "props", changed));
                        }
                    });
            write("MATCH (n) WHERE elementId(n) = row.id SET n += row.props", nodes);
            write("MATCH ()-[n]->() WHERE elementId(n) = row.id SET n += row.props", relationships);
        }

        private void write(String set, List<Map<String, Object>> rows) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
                session.executeWriteWithoutResult(tx -> tx.run("UNWIND $rows AS row " + set, Map.of("rows", batch))
                        .consume());
            }
        }

        /** The properties of one entity that change, with their new values. */
        private Map<String, Object> scrubbed(String id, List<String> labels, Value props) {
            Map<String, Object> changed = new LinkedHashMap<>();
            for (Value prop : props.values()) {
                String key = prop.get("key").asString();
                Object value = prop.get("value").asObject();
                boolean uniqueKey = labels.stream()
                        .anyMatch(l -> unique.getOrDefault(l, Set.of()).contains(key));
                if (value instanceof List<?> list) {
                    List<Object> out = new ArrayList<>(list.size());
                    for (Object element : list) {
                        out.add(element instanceof String text ? scrub(text, false) : element);
                    }
                    if (!out.equals(list)) {
                        changed.put(key, out);
                    }
                } else if (value instanceof String text) {
                    String out = scrub(text, uniqueKey);
                    if (!out.equals(text)) {
                        changed.put(key, uniqueKey ? unclaimed(labels, key, id, out) : out);
                    }
                }
            }
            return changed;
        }

        /**
         * A value with its numbers replaced: a value that is one number, or a unique key, uses the
         * number's code replacement; free text uses the masked form.
         */
        private String scrub(String value, boolean uniqueKey) {
            String whole = ResidentId.normalise(value);
            if (whole.length() == 18 && ResidentIdScrubber.isResidentIdRatherThanUscc(whole)) {
                return code(whole);
            }
            return ResidentIdScrubber.scrub(value, uniqueKey ? this::code : ResidentId::mask)
                    .text();
        }

        /** The one replacement of a number in code-like values: its masked form, made unique. */
        private String code(String number) {
            return codes.computeIfAbsent(number, n -> {
                String masked = ResidentId.mask(n);
                String candidate = masked;
                for (int i = 2; claimed.contains(candidate) || takenAnywhere(candidate); i++) {
                    candidate = masked + "#" + i;
                }
                claimed.add(candidate);
                return candidate;
            });
        }

        /** A unique property's new value that no other node has. */
        private String unclaimed(List<String> labels, String key, String id, String value) {
            String candidate = value;
            for (int i = 2; taken(labels, key, id, candidate); i++) {
                candidate = value + "#" + i;
            }
            return candidate;
        }

        /** Whether a unique property already holds the value (a run stopped half-way, say). */
        private boolean takenAnywhere(String value) {
            for (Map.Entry<String, Set<String>> label : unique.entrySet()) {
                for (String key : label.getValue()) {
                    if (taken(List.of(label.getKey()), key, "", value)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private boolean taken(List<String> labels, String key, String id, String value) {
            for (String label : labels) {
                if (!unique.getOrDefault(label, Set.of()).contains(key)) {
                    continue;
                }
                long n = session.executeRead(tx -> tx.run(
                                // static label and property, so that the constraint's index answers
                                "MATCH (x:" + quote(label) + " {" + quote(key) + ": $value}) WHERE elementId(x) <> $id"
                                        + " RETURN count(x) AS n",
                                Map.of("value", value, "id", id))
                        .single()
                        .get("n")
                        .asLong());
                if (n > 0) {
                    return true;
                }
            }
            return false;
        }

        private void readUniqueConstraints() {
            session.executeRead(tx -> tx.run("SHOW CONSTRAINTS YIELD entityType, labelsOrTypes, properties, type "
                                    + "WHERE entityType = 'NODE' AND type IN ['UNIQUENESS', 'NODE_KEY'] "
                                    + "AND size(properties) = 1 RETURN labelsOrTypes[0] AS label, properties[0] AS key")
                            .list())
                    .forEach(r -> unique.computeIfAbsent(r.get("label").asString(), l -> new HashSet<>())
                            .add(r.get("key").asString()));
        }

        private static String quote(String name) {
            return "`" + name.replace("`", "``") + "`";
        }
    }
}
