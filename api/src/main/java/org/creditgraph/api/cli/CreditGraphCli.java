package org.creditgraph.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bin/creditgraph}: the one entry point for serve, load, generate and verify-receipt (contract §1). */
@Command(
        name = "creditgraph",
        mixinStandardHelpOptions = true,
        description = "Credit Graph: GraphQL API over China's work-safety credit graph.",
        subcommands = {ServeCommand.class, VerifyReceiptCommand.class, CommandLine.HelpCommand.class})
public final class CreditGraphCli {

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new CreditGraphCli());
        Subcommands.addTo(cli);
        int exit = cli.execute(args);
        if (exit != ServeCommand.KEEP_RUNNING) {
            System.exit(exit);
        }
    }
}
