package org.creditgraph.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/creditgraph}: the one entry point for serve, load, generate and verify-receipt (contract §1). */
@Command(
        name = "creditgraph",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.Provider.class,
        description = "Credit Graph: GraphQL API over China's work-safety credit graph.",
        subcommands = {ServeCommand.class, VerifyReceiptCommand.class, CommandLine.HelpCommand.class})
public final class CreditGraphCli {

    public static void main(String[] args) {
        int exit = commandLine().execute(args);
        if (exit != ServeCommand.KEEP_RUNNING) {
            System.exit(exit);
        }
    }

    /** The command line with every subcommand, as {@code bin/creditgraph} runs it. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CreditGraphCli());
        Subcommands.addTo(cli);
        return cli;
    }
}
