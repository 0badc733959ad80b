package org.creditgraph.loaders.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Contract §1: the load command's summary line, rejects file and exit codes, on its own embedded database. */
class LoadCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    Run load(String... args) {
        return load(new LoadCommand(), args);
    }

    Run load(LoadCommand command, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        var stdout = new ByteArrayOutputStream();
        var stderr = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(command).execute(args);
            return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void exitCodesSummaryAndRejects() throws Exception {
        String db = dir.resolve("db").toString();
        Run unknownKind = load("--data-dir", db, "companies", "x.csv");
        assertThat(unknownKind.exit()).isEqualTo(2);
        assertThat(unknownKind.err()).contains("unknown KIND 'companies'");

        Run missing =
                load("--data-dir", db, "enterprises", dir.resolve("nope.csv").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");

        Path noKey = dir.resolve("nokey.csv");
        Files.writeString(noKey, "企业名称\n甲有限公司\n", StandardCharsets.UTF_8);
        Run unusable = load("--data-dir", db, "enterprises", noKey.toString());
        assertThat(unusable.exit()).isEqualTo(2);
        assertThat(unusable.err()).contains("统一社会信用代码").doesNotContain("\tat ");

        Path good = dir.resolve("enterprises.csv");
        Files.writeString(
                good,
                "统一社会信用代码,企业名称\n91110000600037341L,北京甲矿业有限公司\n9111000060003734,短代码有限公司\n",
                StandardCharsets.UTF_8);
        Run ok = load("--data-dir", db, "enterprises", good.toString());
        assertThat(ok.exit()).isEqualTo(0);
        assertThat(ok.out().strip().lines().toList().getLast()).isEqualTo("loaded 1, rejected 1, unchanged 0");
        assertThat(Files.readString(dir.resolve("enterprises.csv.rejects.csv"), StandardCharsets.UTF_8))
                .contains("18 characters");

        Run again = load("--data-dir", db, "enterprises", good.toString());
        assertThat(again.exit()).isEqualTo(0);
        assertThat(again.out().strip().lines().toList().getLast()).isEqualTo("loaded 0, rejected 1, unchanged 1");
    }

    @Test
    void rejectsGoWhereTheCallerSaysForReadOnlyInputFolders() throws Exception {
        String db = dir.resolve("db").toString();
        Path good = dir.resolve("enterprises.csv");
        Files.writeString(
                good,
                "统一社会信用代码,企业名称\n91110000600037341L,北京甲矿业有限公司\n9111000060003734,短代码有限公司\n",
                StandardCharsets.UTF_8);
        Path rejects = dir.resolve("out").resolve("my-rejects.csv");
        Files.createDirectories(rejects.getParent());
        Run ok = load("--data-dir", db, "--rejects", rejects.toString(), "enterprises", good.toString());
        assertThat(ok.exit()).isEqualTo(0);
        assertThat(ok.err()).contains("rejected rows with reasons: " + rejects);
        assertThat(Files.readString(rejects, StandardCharsets.UTF_8)).contains("18 characters");
        assertThat(dir.resolve("enterprises.csv.rejects.csv")).doesNotExist();

        Run two = load(
                "--data-dir", db, "--rejects", rejects.toString(), "enterprises", good.toString(), good.toString());
        assertThat(two.exit()).as("one rejects file cannot serve two inputs").isEqualTo(2);
        assertThat(two.err()).contains("--rejects");

        Path folder = dir.resolve("rejects-folder");
        Files.createDirectories(folder);
        Run intoFolder = load("--data-dir", db, "--rejects", folder.toString(), "enterprises", good.toString());
        assertThat(intoFolder.exit()).isEqualTo(0);
        assertThat(folder.resolve("enterprises.csv.rejects.csv")).exists();
    }

    /**
     * D12: a load must not hash ID numbers with a secret other than the one the graph was loaded
     * with; it says how to pass the right one and does not create a second secret.
     */
    @Test
    void d12_aLoadWithoutTheGraphsSecretIsRefusedWithoutMakingASecondOne() throws Exception {
        Path db = dir.resolve("db");
        Path good = dir.resolve("enterprises.csv");
        Files.writeString(good, "统一社会信用代码,企业名称\n91110000600037341L,北京甲矿业有限公司\n", StandardCharsets.UTF_8);
        assertThat(load("--data-dir", db.toString(), "enterprises", good.toString())
                        .exit())
                .isZero();
        Path secret = db.resolve("keys").resolve("id-hmac.key");
        assertThat(secret).exists();

        Files.delete(secret);
        Run refused = load("--data-dir", db.toString(), "enterprises", good.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err())
                .contains("this graph was loaded with an ID-number secret")
                .contains("--data-dir")
                .contains("CREDITGRAPH_ID_SECRET")
                .doesNotContain("re-run")
                .doesNotContain("\tat ");
        assertThat(secret).as("no second secret is made").doesNotExist();

        Files.write(secret, "another-secret-of-32-bytes-000000".getBytes(StandardCharsets.UTF_8));
        Run other = load("--data-dir", db.toString(), "enterprises", good.toString());
        assertThat(other.exit()).isEqualTo(1);
        assertThat(other.err()).contains("another ID-number secret").doesNotContain("re-run");
    }

    /**
     * The bar's expected rows are an estimate from counting lines; a cell over two lines and a
     * blank line make it wrong, and the bar still ends at 100% when every row is done.
     */
    @Test
    void theProgressBarEndsAt100Percent() throws Exception {
        Path file = dir.resolve("enterprises.csv");
        Files.writeString(
                file,
                "统一社会信用代码,企业名称,经营范围\n"
                        + "91110000600037341L,北京甲矿业有限公司,\"煤炭开采\n洗选\"\n"
                        + "\n"
                        + "9111000060003734,短代码有限公司,\n"
                        + "91110105MA01B2C3D4,北京乙建筑有限公司,\"施工\n\n安装\"\n",
                StandardCharsets.UTF_8);
        List<String> drawn = new CopyOnWriteArrayList<>();
        var command = new LoadCommand();
        command.progress =
                () -> new LoadCommand.TerminalProgress(true, new DelegatingProgressBarConsumer(drawn::add, 120));
        Run run = load(command, "--data-dir", dir.resolve("db").toString(), "enterprises", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(drawn).isNotEmpty();
        assertThat(drawn.getLast()).contains("100%").contains("3/3");
    }
}
