package org.creditgraph.loaders.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.creditgraph.loaders.kind.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new GenerateCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void writesTheFilesAndPrintsOneSummaryLine() {
        Path dir = tmp.resolve("new/dir");
        assertThat(run("--scale", "40", "--out", dir.toString())).isZero();
        for (Kind kind : Kind.GENERATED) {
            assertThat(dir.resolve(kind.fileName())).isRegularFile();
        }
        assertThat(out.toString().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("generated enterprises 40, roles ")
                .contains("listings ")
                .contains("seed 42"));
    }

    @Test
    void seedOptionChangesTheData() throws IOException {
        assertThat(run("--scale", "5", "--out", tmp.resolve("a").toString(), "--seed", "1"))
                .isZero();
        assertThat(run("--scale", "5", "--out", tmp.resolve("b").toString(), "--seed", "2"))
                .isZero();
        assertThat(Files.readString(tmp.resolve("a/enterprises.csv")))
                .isNotEqualTo(Files.readString(tmp.resolve("b/enterprises.csv")));
    }

    @Test
    void badArgumentsExitTwo() throws IOException {
        assertThat(run("--scale", "0", "--out", tmp.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--scale");
        assertThat(run("--scale", "abc", "--out", tmp.toString())).isEqualTo(2);
        assertThat(run("--out", tmp.toString())).isEqualTo(2);
        assertThat(run("--scale", "3")).isEqualTo(2);
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThat(run("--scale", "3", "--out", file.toString())).isEqualTo(2);
    }
}
