package org.creditgraph.api.resilience;

import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.neo4j.driver.exceptions.DiscoveryException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * What a failed transaction says about the database. An <em>outage</em> (unreachable, connection
 * lost, session expired, database or cluster not available) counts against the circuit breaker.
 * A timeout does not: a query that runs past its time limit did so because of what it asked for,
 * and one caller's expensive queries must not cut every other caller off. Anything else (bad
 * Cypher, constraint violations, deadlocks) is the database working and is not held against it
 * either. Input errors and not-found never reach here: they are decided outside transactions.
 */
public final class DatabaseFailures {

    private DatabaseFailures() {}

    /** The database is not there for us right now: counts as a failure of the {@code database} circuit. */
    public static boolean isOutage(Throwable failure) {
        return anyInChain(
                failure,
                t -> t instanceof ServiceUnavailableException
                        || t instanceof SessionExpiredException
                        || t instanceof DiscoveryException
                        || hasCode(t, "Neo.TransientError.General.DatabaseUnavailable"));
    }

    /**
     * The transaction ran out of time on the server ({@code creditgraph.resilience.*-timeout}), or no
     * pooled connection became free in time. Neither is an outage; the first is the caller's query
     * ({@link #ranPastTimeLimit}), the second a busy server.
     */
    public static boolean isTimeout(Throwable failure) {
        return ranPastTimeLimit(failure)
                || (failure instanceof Neo4jException && anyInChain(failure, t -> t instanceof TimeoutException));
    }

    /** The server stopped the transaction at its time limit: the query asked for too much. */
    public static boolean ranPastTimeLimit(Throwable failure) {
        return anyInChain(failure, t -> hasCode(t, "TransactionTimedOut"));
    }

    /**
     * A read may run again when the failure was transient (the driver's own judgement: stale pooled
     * connection, leader switch, deadlock) and quick. A failure that took a timeout to show is not
     * retried: the caller would only wait twice as long for the same answer.
     */
    public static boolean retryableRead(Throwable failure) {
        return failure instanceof RetryableException && !slow(failure);
    }

    /**
     * A write may run again only when the server answered that it rolled the transaction back
     * ({@link TransientException}: deadlock, lock timeout, database briefly unavailable). A lost
     * connection may have lost the answer to a commit that happened, so retrying it could apply the
     * write twice: such writes fail and the caller decides.
     */
    public static boolean retryableWrite(Throwable failure) {
        return failure instanceof TransientException;
    }

    private static boolean slow(Throwable failure) {
        return anyInChain(
                failure,
                t -> t instanceof TimeoutException
                        || hasCode(t, "TransactionTimedOut")
                        || t instanceof SocketTimeoutException
                        // the driver's ConnectionReadTimeoutException, Netty's ConnectTimeoutException
                        || t.getClass().getSimpleName().endsWith("TimeoutException"));
    }

    private static boolean hasCode(Throwable t, String code) {
        return t instanceof Neo4jException e && e.code() != null && e.code().contains(code);
    }

    private static boolean anyInChain(Throwable failure, Predicate<Throwable> test) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }
}
