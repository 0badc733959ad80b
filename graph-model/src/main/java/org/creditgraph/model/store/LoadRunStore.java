package org.creditgraph.model.store;

import java.util.Map;
import java.util.Optional;

/**
 * LoadRun nodes: one per loaded file. A completed run closes it with its counts; the latest
 * completed run's id is the {@code dataVersion} every answer names (D7).
 */
public final class LoadRunStore {

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
