package org.creditgraph.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.check.Verdict;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** D8 audit log: one write per check call, newest first, day filters in Asia/Shanghai. */
class AuditStoreTest {

    static final String E1 = "91110000600037341L";
    static final String E2 = "91350100M000100Y43";

    final Graph graph = TestGraph.graph();
    final AuditStore store = new AuditStore(graph);

    static AuditStore.Entry entry(String id, String code, String at) {
        return new AuditStore.Entry(
                id,
                "Bank A",
                Instant.parse(at),
                code,
                "ENTERPRISE",
                SanctionDomain.FINANCING,
                LocalDate.of(2026, 3, 1),
                Verdict.CLEAR,
                true,
                "run-1");
    }

    @BeforeEach
    void clean() {
        TestGraph.clean();
    }

    @Test
    void d8_aBatchIsOneWriteAndReadsBackAsWritten() {
        List<AuditStore.Entry> batch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            batch.add(entry("r" + String.format("%03d", i), i % 2 == 0 ? E1 : E2, "2026-03-01T02:00:00Z"));
        }
        long before = graph.queryCount();
        store.append(batch);
        assertThat(graph.queryCount() - before).isEqualTo(1);
        assertThat(TestGraph.count("MATCH (a:AuditEntry) RETURN count(a)")).isEqualTo(500);
        Page<AuditStore.Entry> page =
                store.find(new AuditStore.Filter(List.of(E1), null, null), PageRequest.of(1, null));
        assertThat(page.totalCount()).isEqualTo(250);
        assertThat(page.edges().getFirst().node()).isEqualTo(batch.get(498));
    }

    @Test
    void d8_newestFirstWithKeysetCursorsThroughEqualTimes() {
        store.append(List.of(
                entry("a", E1, "2026-03-01T01:00:00Z"),
                entry("b", E1, "2026-03-01T03:00:00Z"),
                entry("c", E1, "2026-03-01T03:00:00Z"),
                entry("d", E1, "2026-03-02T01:00:00Z")));
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            Page<AuditStore.Entry> page = store.find(AuditStore.Filter.NONE, PageRequest.of(1, after));
            assertThat(page.totalCount()).isEqualTo(4);
            page.edges().forEach(e -> seen.add(e.node().receiptId()));
            after = page.hasNextPage() ? page.endCursor() : null;
        } while (after != null);
        assertThat(seen).containsExactly("d", "c", "b", "a");
        assertThatThrownBy(() -> store.find(AuditStore.Filter.NONE, PageRequest.of(1, "bm90LWEtY3Vyc29y")))
                .isInstanceOf(Cursor.InvalidCursorException.class);
    }

    @Test
    void d8_dayFiltersAreInclusiveCalendarDaysInShanghai() {
        store.append(List.of(
                entry("before", E1, "2026-02-28T15:59:59Z"), // 2026-02-28 23:59:59 in Shanghai
                entry("first", E1, "2026-02-28T16:00:00Z"), // 2026-03-01 00:00:00
                entry("last", E1, "2026-03-01T15:59:59Z"), // 2026-03-01 23:59:59
                entry("after", E1, "2026-03-01T16:00:00Z"))); // 2026-03-02 00:00:00
        LocalDate day = LocalDate.of(2026, 3, 1);
        Page<AuditStore.Entry> page = store.find(new AuditStore.Filter(List.of(), day, day), PageRequest.of(10, null));
        assertThat(page.edges()).extracting(e -> e.node().receiptId()).containsExactly("last", "first");
        assertThat(store.find(new AuditStore.Filter(List.of(), day, null), PageRequest.of(10, null))
                        .totalCount())
                .isEqualTo(3);
        assertThat(store.find(new AuditStore.Filter(List.of(), null, day), PageRequest.of(10, null))
                        .totalCount())
                .isEqualTo(3);
    }
}
