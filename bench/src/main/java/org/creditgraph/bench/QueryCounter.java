package org.creditgraph.bench;

import java.util.concurrent.Callable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Counts the database queries one API request causes, with Neo4j's own query collector
 * ({@code db.stats.collect('QUERIES')}, in Community Edition too): collect while the request runs,
 * wait for its background drain, then sum the invocations of every collected query except the
 * collector's own calls and the watch worker's polling queries, which the server runs on its own.
 */
final class QueryCounter {

    private final Driver driver;

    QueryCounter(Driver driver) {
        this.driver = driver;
    }

    long count(Callable<?> request) throws Exception {
        try (Session session = driver.session()) {
            session.run("CALL db.stats.stop('QUERIES')").consume();
            session.run("CALL db.stats.clear('QUERIES')").consume();
            session.run("CALL db.stats.collect('QUERIES')").consume();
            request.call();
            // The collector drains its buffer in the background: give it time before stopping.
            Thread.sleep(3_000);
            session.run("CALL db.stats.stop('QUERIES')").consume();
            long queries = 0;
            for (Record r : session.run("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data")
                    .list()) {
                var data = r.get("data");
                if (!isCollectorOrWatchWorker(data.get("query").asString(""))) {
                    queries += data.get("invocations").size();
                }
            }
            session.run("CALL db.stats.clear('QUERIES')").consume();
            return queries;
        }
    }

    /** The collector's own calls, and the watch worker's polling (it runs every few seconds on its own). */
    static boolean isCollectorOrWatchWorker(String query) {
        return query.contains("db.stats.")
                || query.contains("WatchMeta")
                || query.contains("WatchEvent")
                || query.contains("watchedAt");
    }
}
