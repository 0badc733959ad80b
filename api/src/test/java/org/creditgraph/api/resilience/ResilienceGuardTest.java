package org.creditgraph.api.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.netty.channel.ConnectTimeoutException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.model.store.Graph;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/** The guard's classification of database failures, its retries, circuit and batch bulkhead. */
class ResilienceGuardTest {

    private static final ServiceUnavailableException REFUSED =
            new ServiceUnavailableException("Unable to connect to 127.0.0.1:1");
    private static final SessionExpiredException EXPIRED = new SessionExpiredException("connection closed");
    private static final TransientException DEADLOCK =
            new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock");
    private static final TransientException DATABASE_DOWN =
            new TransientException("Neo.TransientError.General.DatabaseUnavailable", "database unavailable");
    private static final ClientException SYNTAX =
            new ClientException("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC'");
    private static final ServiceUnavailableException CONNECT_TIMED_OUT = new ServiceUnavailableException(
            "Unable to connect", new ConnectTimeoutException("connection timed out: /10.255.255.1:7687"));

    @Test
    void lostOrRefusedConnectionsAreOutagesThatReadsRetryAndWritesDoNot() {
        for (Neo4jException e : new Neo4jException[] {REFUSED, EXPIRED}) {
            assertThat(DatabaseFailures.isOutage(e)).as(e.getMessage()).isTrue();
            assertThat(DatabaseFailures.retryableRead(e)).as(e.getMessage()).isTrue();
            // The commit may have happened and only its answer was lost: never re-run a write.
            assertThat(DatabaseFailures.retryableWrite(e)).as(e.getMessage()).isFalse();
        }
    }

    @Test
    void serverRolledBackTransientErrorsAreRetriedForReadsAndWrites() {
        assertThat(DatabaseFailures.retryableRead(DEADLOCK)).isTrue();
        assertThat(DatabaseFailures.retryableWrite(DEADLOCK)).isTrue();
        assertThat(DatabaseFailures.isOutage(DEADLOCK))
                .as("a deadlock is the database working")
                .isFalse();
        assertThat(DatabaseFailures.isOutage(DATABASE_DOWN)).isTrue();
        assertThat(DatabaseFailures.retryableWrite(DATABASE_DOWN)).isTrue();
    }

    @Test
    void userAndProgrammingErrorsAreNeitherOutagesNorRetried() {
        for (Throwable e : new Throwable[] {
            SYNTAX,
            new IllegalArgumentException("bad cursor"),
            new ApiException(ErrorCode.INVALID_USCC, "subject.uscc: position 12"),
            new ApiException(ErrorCode.BAD_USER_INPUT, "at most 10000 subjects")
        }) {
            assertThat(DatabaseFailures.isOutage(e)).as(e.toString()).isFalse();
            assertThat(DatabaseFailures.isTimeout(e)).as(e.toString()).isFalse();
            assertThat(DatabaseFailures.retryableRead(e)).as(e.toString()).isFalse();
            assertThat(DatabaseFailures.retryableWrite(e)).as(e.toString()).isFalse();
        }
    }

    @Test
    void aFailureThatTookATimeoutIsAnOutageButNotRetried() {
        assertThat(DatabaseFailures.isOutage(CONNECT_TIMED_OUT)).isTrue();
        assertThat(DatabaseFailures.retryableRead(CONNECT_TIMED_OUT)).isFalse();
    }

    @Test
    void theGuardsQueryTimeoutStopsASlowReadOnARealServer() {
        var guard = new DatabaseGuard(
                settings(Duration.ofMillis(200), ResilienceProperties.defaults().batch()));
        var graph = new Graph(TestGraph.driver(), guard);
        Throwable failure = null;
        try {
            graph.read("UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n", Map.of());
        } catch (RuntimeException e) {
            failure = e;
        }
        assertThat(failure)
                .as("the read should have been stopped by its timeout")
                .isNotNull();
        assertThat(DatabaseFailures.isTimeout(failure))
                .as(String.valueOf(failure))
                .isTrue();
        assertThat(DatabaseFailures.ranPastTimeLimit(failure)).isTrue();
        assertThat(DatabaseFailures.isOutage(failure))
                .as("the query asked for too much; the database is there")
                .isFalse();
        assertThat(DatabaseFailures.retryableRead(failure)).isFalse();
        assertThat(guard.circuit().getMetrics().getNumberOfFailedCalls())
                .as("not counted against the circuit")
                .isZero();
    }

    @Test
    void fiftyTimedOutReadsLeaveTheCircuitClosedForOtherReads() throws Exception {
        var guard = new DatabaseGuard(
                settings(Duration.ofMillis(100), ResilienceProperties.defaults().batch()));
        var graph = new Graph(TestGraph.driver(), guard);
        var timedOut = new AtomicInteger();
        try (var callers = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var requests = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 50; i++) {
                requests.add(callers.submit(() -> {
                    try {
                        graph.read(
                                "UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n", Map.of());
                    } catch (RuntimeException e) {
                        if (DatabaseFailures.ranPastTimeLimit(e)) {
                            timedOut.incrementAndGet();
                        }
                    }
                }));
            }
            for (var request : requests) {
                request.get(5, TimeUnit.MINUTES);
            }
        }
        assertThat(timedOut).hasValue(50);
        assertThat(graph.read("RETURN 42 AS n", Map.of()).getFirst().get("n").asInt())
                .isEqualTo(42);
        assertThat(guard.circuit().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(guard.circuit().getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void readsAreRetriedOnceAndWritesAreNotAfterALostConnection() {
        var attempts = new AtomicInteger();
        assertThatThrownBy(() -> new DatabaseGuard(ResilienceProperties.defaults()).read(() -> {
                    attempts.incrementAndGet();
                    throw EXPIRED;
                }))
                .isSameAs(EXPIRED);
        assertThat(attempts).hasValue(2);
        attempts.set(0);
        assertThatThrownBy(() -> new DatabaseGuard(ResilienceProperties.defaults()).write(() -> {
                    attempts.incrementAndGet();
                    throw EXPIRED;
                }))
                .isSameAs(EXPIRED);
        assertThat(attempts).hasValue(1);
        attempts.set(0);
        assertThat(new DatabaseGuard(ResilienceProperties.defaults()).write(() -> {
                    if (attempts.incrementAndGet() < 3) {
                        throw DEADLOCK;
                    }
                    return "committed";
                }))
                .isEqualTo("committed");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void userErrorsNeverOpenTheCircuit() {
        var guard = new DatabaseGuard(ResilienceProperties.defaults());
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> guard.read(() -> {
                        throw SYNTAX;
                    }))
                    .isSameAs(SYNTAX);
        }
        assertThat(guard.circuit().getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void anUnreachableServerOpensTheCircuitAndThenCallsFailFast() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var settings = ResilienceProperties.defaults();
        var guard = new DatabaseGuard(settings);
        try (var driver = GraphDatabase.driver(
                "bolt://127.0.0.1:" + closedPort,
                AuthTokens.none(),
                Config.builder()
                        .withMaxTransactionRetryTime(0, TimeUnit.MILLISECONDS)
                        .withConnectionTimeout(1, TimeUnit.SECONDS)
                        .build())) {
            var graph = new Graph(driver, guard);
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> graph.read("RETURN 1", Map.of()))
                        .isInstanceOf(ServiceUnavailableException.class);
            }
            assertThat(guard.circuit().getState()).isEqualTo(CircuitBreaker.State.OPEN);
            long started = System.nanoTime();
            assertThatThrownBy(() -> graph.read("RETURN 1", Map.of())).isInstanceOf(CallNotPermittedException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(100));
        }
        assertThat(new DatabaseCircuitHealthIndicator(guard)
                        .health()
                        .getStatus()
                        .getCode())
                .isEqualTo("DOWN");
    }

    @Test
    void largeBatchesShareAFewPermitsAndGetTheBatchTimeoutWhileSmallChecksPass() throws Exception {
        var settings = settings(
                ResilienceProperties.defaults().queryTimeout(),
                new ResilienceProperties.Batch(100, 1, Duration.ofMillis(50)));
        var guard = new DatabaseGuard(settings);
        var entered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var running = CompletableFuture.supplyAsync(() -> guard.batch(5_000, () -> {
            entered.countDown();
            await(release);
            return guard.timeout(RoutingControl.READ).orElseThrow();
        }));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> guard.batch(101, () -> "second large batch"))
                .isInstanceOf(BulkheadFullException.class);
        assertThat(guard.batch(100, () -> guard.timeout(RoutingControl.READ).orElseThrow()))
                .as("a small batch does not queue behind large ones")
                .isEqualTo(settings.queryTimeout());
        release.countDown();
        assertThat(running.get(10, TimeUnit.SECONDS)).isEqualTo(settings.batchQueryTimeout());
        assertThat(guard.timeout(RoutingControl.WRITE)).contains(settings.writeTimeout());
    }

    private static ResilienceProperties settings(Duration queryTimeout, ResilienceProperties.Batch batch) {
        var defaults = ResilienceProperties.defaults();
        return new ResilienceProperties(
                queryTimeout,
                defaults.batchQueryTimeout(),
                defaults.writeTimeout(),
                defaults.connectTimeout(),
                defaults.acquisitionTimeout(),
                defaults.readAttempts(),
                defaults.writeAttempts(),
                defaults.retryWait(),
                defaults.breaker(),
                batch,
                defaults.expensive());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
