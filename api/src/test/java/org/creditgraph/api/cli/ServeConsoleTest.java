package org.creditgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code creditgraph serve} in a JVM of its own, as {@code bin/creditgraph} starts it, on a new
 * embedded data dir: the console shows our own lines (data version, URLs), not the INFO lines of
 * Spring, Tomcat and Neo4j; {@code --verbose} brings those back.
 */
class ServeConsoleTest {

    static final List<String> FRAMEWORK_INFO = List.of(
            "Starting CreditGraphCli",
            "Tomcat initialized",
            "Starting service [Tomcat]",
            "Starting Servlet engine",
            "Root WebApplicationContext",
            "Driver instance",
            "Applied migration",
            "GraphQL schema inspection",
            "Exposing",
            "Tomcat started on port",
            "Started CreditGraphCli",
            "VectorizationProvider");

    @Test
    void theStartLogIsOurReadyLinesWithoutFrameworkInfo(@TempDir Path dataDir) throws Exception {
        String console = startAndStop(dataDir);
        assertThat(console)
                .contains("creditgraph: ready", "  GraphiQL  http://localhost:", "  data      ", "Stop with Ctrl+C.");
        for (String noise : FRAMEWORK_INFO) {
            assertThat(console).as(console).doesNotContain(noise);
        }
        assertThat(console.lines().count()).as(console).isLessThan(20);
    }

    @Test
    void verboseShowsTheFrameworkLog(@TempDir Path dataDir) throws Exception {
        String console = startAndStop(dataDir, "--verbose");
        assertThat(console)
                .contains("creditgraph: ready", "Started CreditGraphCli", "Tomcat initialized", "Applied migration");
    }

    /** Starts serve, reads its console up to the last ready line, and stops it. */
    static String startAndStop(Path dataDir, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow",
                "-Xmx512m",
                "-Duser.timezone=Asia/Shanghai",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                CreditGraphCli.class.getName(),
                "serve",
                "--port",
                "0",
                "--bolt-port",
                "0",
                "--data-dir",
                dataDir.toString(),
                "--no-demo"));
        command.addAll(List.of(extra));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("NEO4J_URI");
        builder.environment().remove("SPRING_NEO4J_URI");
        builder.environment().put("CREDITGRAPH_PAGECACHE", "64m");
        Process serve = builder.start();
        var console = new StringBuilder();
        try (var lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                console.append(line).append('\n');
                if (line.equals("Stop with Ctrl+C.")) {
                    break;
                }
            }
            serve.destroy();
            serve.waitFor();
        } finally {
            serve.destroyForcibly();
        }
        return console.toString();
    }
}
