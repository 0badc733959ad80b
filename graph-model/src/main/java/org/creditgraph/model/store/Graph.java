package org.creditgraph.model.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;

/**
 * The one gateway to Neo4j. Reads are routed as read transactions (cluster readers); all queries
 * share the driver's bookmark manager, so a read after a write sees it, also in a cluster.
 */
public final class Graph {

    private static final QueryConfig READ =
            QueryConfig.builder().withRouting(RoutingControl.READ).build();
    private static final QueryConfig WRITE =
            QueryConfig.builder().withRouting(RoutingControl.WRITE).build();

    private final Driver driver;
    private final AtomicLong queries = new AtomicLong();

    public Graph(Driver driver) {
        this.driver = driver;
    }

    public List<Record> read(String cypher, Map<String, Object> parameters) {
        queries.incrementAndGet();
        return driver.executableQuery(cypher)
                .withParameters(parameters)
                .withConfig(READ)
                .execute()
                .records();
    }

    public List<Record> write(String cypher, Map<String, Object> parameters) {
        queries.incrementAndGet();
        return driver.executableQuery(cypher)
                .withParameters(parameters)
                .withConfig(WRITE)
                .execute()
                .records();
    }

    /** Number of queries sent so far; tests use it to bound round trips (no N+1). */
    public long queryCount() {
        return queries.get();
    }

    public Driver driver() {
        return driver;
    }
}
