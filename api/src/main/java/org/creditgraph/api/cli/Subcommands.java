package org.creditgraph.api.cli;

import picocli.CommandLine;

/** Subcommands that live in other modules (loaders) are registered here. */
final class Subcommands {

    private Subcommands() {}

    static void addTo(CommandLine cli) {
        // load, generate and verify-receipt are added as their modules provide them.
    }
}
