package org.creditgraph.loaders.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.creditgraph.embedded.EmbeddedStartException;
import org.creditgraph.model.matching.ListingMatcher;
import org.creditgraph.model.matching.MatchPolicy;
import org.creditgraph.model.store.MatchStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code creditgraph match-listings [--data-dir D] [--threshold T]} (issue 9): links listings
 * without a code (World Bank debarments) to enterprises whose best match scores at least T and
 * clearly beats the runner-up, and puts the rest in the ADMIN review queue. Loads of listings and
 * enterprises run the same matching with the default threshold; this command re-runs it, e.g.
 * with another threshold. Exit 0 when it ran, 2 on a bad threshold, 1 on failure.
 */
@Command(
        name = "match-listings",
        mixinStandardHelpOptions = true,
        description = "Link listings without a code to enterprises (auto-link above a threshold, review queue below).")
public final class MatchListingsCommand implements Callable<Integer> {

    @Option(
            names = "--data-dir",
            defaultValue = "./data",
            description = "Embedded database dir (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--threshold", description = "Auto-link score, between 0 and 1 exclusive (default: 0.90).")
    Double threshold;

    @Override
    public Integer call() {
        MatchPolicy policy = MatchPolicy.DEFAULT;
        if (threshold != null) {
            if (!(threshold > 0 && threshold < 1)) {
                System.err.println(
                        "creditgraph match-listings: --threshold must lie between 0 and 1 exclusive, got " + threshold);
                return 2;
            }
            policy = policy.withAutoLink(threshold);
        }
        try (GraphConnection connection = GraphConnection.open(dataDir)) {
            var summary =
                    new ListingMatcher(new MatchStore(connection.graph()), Clock.systemUTC()).matchUnlinked(policy);
            System.out.println(summary.line());
            return 0;
        } catch (EmbeddedStartException e) {
            System.err.println("creditgraph match-listings: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            System.err.println("creditgraph match-listings: failed: " + e.getMessage());
            return 1;
        }
    }
}
