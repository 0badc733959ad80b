package org.creditgraph.model.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * LoadRun nodes: one per loaded file. A completed run closes it with its counts; the latest
 * completed run's id is the {@code dataVersion} every answer names (D7).
 */
public final class LoadRunStore {

    /**
     * One load run as a source of the data (freshness): the file's name only (never a server path),
     * when it was loaded, its counts, and the data version it made (its own id).
     */
    public record Source(
            String id,
            String kind,
            String file,
            java.time.ZonedDateTime loadedAt,
            String status,
            long loaded,
            long rejected,
            long unchanged) {

        public String dataVersion() {
            return id;
        }
    }

    private static final Records RUNS = new Records("LoadRun", "startedAt", "id", "n {.*}")
            .ordered(new Records.Order("run", "n.startedAt", true, java.time.ZonedDateTime::parse));

    private final Graph graph;

    public LoadRunStore(Graph graph) {
        this.graph = graph;
    }

    public void open(String id, String kind, String file, String checksum) {
        graph.write(
                "CREATE (r:LoadRun {id: $id, kind: $kind, file: $file, checksum: $checksum,"
                        + " startedAt: datetime(), status: 'RUNNING'})",
                Map.of("id", id, "kind", kind, "file", file, "checksum", checksum));
    }

    public void close(String id, long loaded, long rejected, long unchanged, long warnings) {
        graph.write(
                "MATCH (r:LoadRun {id: $id}) SET r.status = 'COMPLETED', r.finishedAt = datetime(),"
                        + " r.loaded = $loaded, r.rejected = $rejected, r.unchanged = $unchanged, r.warnings = $warnings",
                Map.of("id", id, "loaded", loaded, "rejected", rejected, "unchanged", unchanged, "warnings", warnings));
    }

    public void fail(String id, String reason) {
        graph.write(
                "MATCH (r:LoadRun {id: $id}) SET r.status = 'FAILED', r.finishedAt = datetime(), r.failure = $reason",
                Map.of("id", id, "reason", reason));
    }

    /** Load runs, newest first (a run still going is shown with its status). */
    public Page<Source> sources(PageRequest page) {
        return RUNS.find(graph, List.of("n.startedAt IS NOT NULL"), Map.of(), page, n -> {
            String file = n.get("file").asString("");
            int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
            return new Source(
                    n.get("id").asString(),
                    n.get("kind").asString(null),
                    file.substring(slash + 1),
                    n.get("finishedAt").isNull()
                            ? n.get("startedAt").asZonedDateTime()
                            : n.get("finishedAt").asZonedDateTime(),
                    n.get("status").asString(null),
                    n.get("loaded").asLong(0),
                    n.get("rejected").asLong(0),
                    n.get("unchanged").asLong(0));
        });
    }

    /** The id of the last completed load run, or empty for a graph nothing was loaded into. */
    public Optional<String> dataVersion() {
        return graph
                .read(
                        "MATCH (r:LoadRun) WHERE r.finishedAt IS NOT NULL AND r.status = 'COMPLETED'"
                                + " RETURN r.id AS id ORDER BY r.finishedAt DESC LIMIT 1",
                        Map.of())
                .stream()
                .findFirst()
                .map(r -> r.get("id").asString());
    }

    /** The fingerprint of the ID-number secret this graph was loaded with, if anything was loaded. */
    public Optional<String> identityFingerprint() {
        return graph.read("MATCH (m:Meta {id: 'person-identity'}) RETURN m.fingerprint AS fp", Map.of()).stream()
                .findFirst()
                .map(r -> r.get("fp").asString());
    }

    /**
     * D12: the graph remembers a fingerprint of the ID-number secret it was loaded with, so that a
     * loader or server with another secret cannot silently create a second identity per person.
     */
    public void checkIdentityFingerprint(String fingerprint) {
        String stored = graph.write(
                        "MERGE (m:Meta {id: 'person-identity'}) ON CREATE SET m.fingerprint = $fp RETURN m.fingerprint AS fp",
                        Map.of("fp", fingerprint))
                .getFirst()
                .get("fp")
                .asString();
        if (!stored.equals(fingerprint)) {
            throw new IllegalStateException("this graph was loaded with another ID-number secret"
                    + " (CREDITGRAPH_ID_SECRET or <data-dir>/keys/id-hmac.key); use the same secret as before");
        }
    }
}
