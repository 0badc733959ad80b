package org.creditgraph.bench;

import java.util.concurrent.Callable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Counts the database queries one API request causes, with Neo4j's own query collector
 * ({@code db.stats.collect('QUERIES')}, in Community Edition too): collect while the request runs,
 * then sum the invocations of every collected query except the collector's own calls. Queries the
 * server runs on its own in that window (there are none while idle) would be counted too.
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
            session.run("CALL db.stats.stop('QUERIES')").consume();
            long queries = 0;
            for (Record r : session.run("CALL db.stats.retrieve('QUERIES') YIELD data RETURN data")
                    .list()) {
                var data = r.get("data");
                if (!data.get("query").asString("").contains("db.stats.")) {
                    queries += data.get("invocations").size();
                }
            }
            session.run("CALL db.stats.clear('QUERIES')").consume();
            return queries;
        }
    }
}
