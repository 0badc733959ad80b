package org.creditgraph.loaders.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.creditgraph.loaders.cli.LoadersCli;
import org.creditgraph.loaders.generate.Generator;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.model.PersonIdentity;
import org.creditgraph.model.testing.TestGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loader process killed with SIGKILL in the middle of a run, then re-run, ends with exactly the
 * records of one clean run: every batch is one transaction that MERGEs on natural keys.
 */
class KillAndRerunTest {

    static final String SECRET = "kill-test-secret-0123456789";

    @TempDir
    Path dir;

    static String snapshot() {
        return TestGraph.count("MATCH (p:Penalty) RETURN count(p)") + " penalties, "
                + TestGraph.count("MATCH (a:Authority) RETURN count(a)") + " authorities, "
                + TestGraph.count("MATCH (e:Enterprise) RETURN count(e)") + " enterprises, "
                + TestGraph.count("MATCH ()-[r:AGAINST]->() RETURN count(r)") + " AGAINST, "
                + TestGraph.count("MATCH ()-[r:ISSUED_BY]->() RETURN count(r)") + " ISSUED_BY, "
                + TestGraph.count("MATCH (p:Person) RETURN count(p)") + " persons";
    }

    @Test
    void killedLoaderRerunEqualsOneCleanRun() throws Exception {
        Generator.generate(3000, dir, 7);
        Path penalties = dir.resolve(Kind.PENALTIES.fileName());
        var identity = new PersonIdentity(SECRET.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        TestGraph.clean();
        new Loader(TestGraph.graph(), identity, 50)
                .load(Kind.PENALTIES, penalties, Optional.empty(), Map.of(), Loader.Progress.NONE);
        String clean = snapshot();

        TestGraph.clean();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LoadersCli.class.getName(),
                        "load",
                        "--batch-size",
                        "20",
                        "--data-dir",
                        dir.resolve("unused").toString(),
                        "penalties",
                        penalties.toString()))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed.log").toFile());
        process.environment().put("NEO4J_URI", TestGraph.server().boltUri().toString());
        process.environment().put("CREDITGRAPH_ID_SECRET", SECRET);
        Process loader = process.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (TestGraph.count("MATCH (p:Penalty) RETURN count(p)") < 500
                && loader.isAlive()
                && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(loader.isAlive()).as("loader still running when killed").isTrue();
        loader.destroyForcibly().waitFor();
        long partial = TestGraph.count("MATCH (p:Penalty) RETURN count(p)");
        assertThat(partial).isBetween(500L, 4000L);
        assertThat(TestGraph.count("MATCH (r:LoadRun {status: 'RUNNING'}) RETURN count(r)"))
                .isEqualTo(1);

        LoadResult rerun = new Loader(TestGraph.graph(), identity, 50)
                .load(Kind.PENALTIES, penalties, Optional.empty(), Map.of(), Loader.Progress.NONE);
        assertThat(snapshot()).isEqualTo(clean);
        assertThat(rerun.unchanged()).isGreaterThanOrEqualTo(partial - 20);
    }
}
