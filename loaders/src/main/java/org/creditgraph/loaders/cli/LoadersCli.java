package org.creditgraph.loaders.cli;

import org.creditgraph.loaders.generate.GenerateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The loaders' own entry point (load and generate without the API), used by tests and scripts. */
@Command(
        name = "creditgraph-loaders",
        mixinStandardHelpOptions = true,
        subcommands = {LoadCommand.class, GenerateCommand.class, MatchListingsCommand.class})
public final class LoadersCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadersCli()).execute(args));
    }
}
