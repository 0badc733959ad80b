package org.creditgraph.api.cli;

import picocli.CommandLine;

/** Subcommands that live in other modules (loaders) are registered here. */
final class Subcommands {

    private Subcommands() {}

    static void addTo(CommandLine cli) {
        cli.addSubcommand(new org.creditgraph.loaders.cli.LoadCommand());
        cli.addSubcommand(new org.creditgraph.loaders.generate.GenerateCommand());
        cli.addSubcommand(new org.creditgraph.loaders.cli.MatchListingsCommand());
    }
}
