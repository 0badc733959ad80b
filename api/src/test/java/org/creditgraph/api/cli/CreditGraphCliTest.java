package org.creditgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.mapping.Mapping;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line explains itself: {@code --version}, and {@code --help} on every command, exit 0. */
class CreditGraphCliTest {

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        CommandLine cli = CreditGraphCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void versionNamesTheReleaseAndTheCommit() {
        Run version = run("--version");
        assertThat(version.exit()).isZero();
        String line = version.out().strip();
        assertThat(line).startsWith("creditgraph " + BuildVersion.current().version());
        assertThat(BuildVersion.current().version()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(line).contains("commit " + BuildVersion.current().commit());
        assertThat(BuildVersion.current().commit()).matches("[0-9a-f]{7,}|unknown");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("serve", "load", "generate", "verify-receipt", "match-listings")) {
            Run help = run(command, "--help");
            assertThat(help.exit()).as(command + " --help").isZero();
            assertThat(help.out()).as(command).contains("Usage: creditgraph " + command);
            assertThat(help.err()).as(command).doesNotContain("Unknown option");
        }
        assertThat(run("--help").out()).contains("serve", "load", "verify-receipt");
        assertThat(run("help", "load").exit()).isZero();
    }

    @Test
    void loadHelpListsEveryKindAndShippedMappingAndHowToLoadIntoARunningServer() {
        String help = run("load", "--help").out();
        for (Kind kind : Kind.values()) {
            assertThat(help).contains(kind.cliName());
        }
        for (String mapping : Mapping.SHIPPED) {
            assertThat(help).contains(mapping);
        }
        assertThat(help).contains("NEO4J_URI").contains("CREDITGRAPH_ID_SECRET").contains("--rejects");
    }
}
