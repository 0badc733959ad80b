package org.creditgraph.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

class EmbeddedNeo4jTest {

    @TempDir
    Path dir;

    @Test
    void servesBoltOnLoopbackThroughTheDriver() {
        try (var neo4j = EmbeddedNeo4j.start(new EmbeddedNeo4j.Options(dir, "127.0.0.1", 0, "32m"));
                var driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
            assertThat(neo4j.boltPort()).isPositive();
            long one = driver.executableQuery("RETURN 1 AS one")
                    .execute()
                    .records()
                    .getFirst()
                    .get("one")
                    .asLong();
            assertThat(one).isEqualTo(1);
        }
    }

    @Test
    void refusesNonLoopbackBinds() {
        for (String host : new String[] {"0.0.0.0", "8.8.8.8", "192.168.1.10"}) {
            assertThatThrownBy(() -> EmbeddedNeo4j.start(new EmbeddedNeo4j.Options(dir, host, 0, "32m")))
                    .isInstanceOf(EmbeddedStartException.class)
                    .hasMessageContaining("refusing to bind embedded Bolt to " + host);
        }
    }

    @Test
    void aTakenBoltPortIsExplainedInOneLine() throws Exception {
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> EmbeddedNeo4j.start(new EmbeddedNeo4j.Options(dir, "127.0.0.1", port, "32m")))
                    .isInstanceOf(EmbeddedStartException.class)
                    .hasMessageContaining("Bolt port 127.0.0.1:" + port + " is already in use")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void aDataDirInUseIsExplainedInOneLine() {
        try (var first = EmbeddedNeo4j.start(new EmbeddedNeo4j.Options(dir, "127.0.0.1", 0, "32m"))) {
            assertThat(first.boltPort()).isPositive();
            assertThatThrownBy(() -> EmbeddedNeo4j.start(new EmbeddedNeo4j.Options(dir, "127.0.0.1", 0, "32m")))
                    .isInstanceOf(EmbeddedStartException.class)
                    .hasMessageContaining("is locked by another process")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void pageCacheSizesParse() {
        assertThat(EmbeddedNeo4j.parseBytes("512m")).isEqualTo(512L << 20);
        assertThat(EmbeddedNeo4j.parseBytes("2G")).isEqualTo(2L << 30);
        assertThat(EmbeddedNeo4j.parseBytes("4096")).isEqualTo(4096);
    }
}
