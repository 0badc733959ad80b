package org.creditgraph.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Issue 8: {@link Graph#readAll} reads on other threads, in order, with the timeout the guard gives
 * the calling thread (the API's batch timeout is scoped to the thread running the batch).
 */
class GraphReadAllTest {

    /** A guard whose read timeout holds only on the thread that set it, as a scoped batch timeout does. */
    static final class ThreadTimeoutGuard implements Graph.Guard {
        final ThreadLocal<Duration> timeout = new ThreadLocal<>();

        @Override
        public <T> T read(Supplier<T> transaction) {
            return transaction.get();
        }

        @Override
        public <T> T write(Supplier<T> transaction) {
            return transaction.get();
        }

        @Override
        public Optional<Duration> timeout(RoutingControl routing) {
            return Optional.ofNullable(timeout.get());
        }
    }

    static final String SLOW = "UNWIND range(1, 10000000) AS x WITH x WHERE x % 7 = 0 RETURN count(x) AS n";

    @Test
    void resultsComeBackInTheOrderAskedWhateverFinishesFirst() {
        Graph graph = new Graph(TestGraph.driver());
        List<List<org.neo4j.driver.Record>> rows = graph.readAll(
                List.of(
                        new Graph.Read("UNWIND range(1, 2000000) AS x RETURN count(x) AS n", Map.of()),
                        new Graph.Read("RETURN $n AS n", Map.of("n", 2)),
                        new Graph.Read("RETURN $n AS n", Map.of("n", 3))),
                2);
        assertThat(rows.stream().map(r -> r.getFirst().get("n").asLong()).toList())
                .containsExactly(2_000_000L, 2L, 3L);
        assertThat(graph.queryCount()).isEqualTo(3);
    }

    @Test
    void theCallersTimeoutHoldsForReadsOnOtherThreads() {
        ThreadTimeoutGuard guard = new ThreadTimeoutGuard();
        Graph graph = new Graph(TestGraph.driver(), guard);
        List<Graph.Read> slow = List.of(new Graph.Read(SLOW, Map.of()), new Graph.Read(SLOW, Map.of()));
        guard.timeout.set(Duration.ofMillis(50));
        try {
            assertThatThrownBy(() -> graph.readAll(slow, 2))
                    .isInstanceOf(Neo4jException.class)
                    .hasMessageContaining("timeout");
        } finally {
            guard.timeout.remove();
        }
        assertThat(graph.readAll(slow, 2))
                .allSatisfy(r -> assertThat(r.getFirst().get("n").asLong()).isEqualTo(10_000_000L / 7));
    }
}
