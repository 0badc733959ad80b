package org.creditgraph.loaders.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import org.creditgraph.embedded.EmbeddedStartException;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.load.LoadResult;
import org.creditgraph.loaders.load.Loader;
import org.creditgraph.loaders.mapping.Mapping;
import org.creditgraph.loaders.source.RejectsWriter;
import org.creditgraph.loaders.source.UnusableInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code creditgraph load [--data-dir D] [--mapping M] [--set C=V]... [--rejects PATH] KIND FILE...} (contract §1).
 * Exit 0 when it ran (even with rejects), 2 on unusable input, 1 on failure.
 */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = "Import files of one KIND into the graph (embedded at --data-dir, or NEO4J_URI).",
        footer = {
            "",
            "KINDs: enterprises, roles, investments, penalties, accidents, responsibilities, listings, hazards,"
                    + " credit-grades (columns: docs/commands.md).",
            "Shipped mappings (--mapping NAME): ecommerce-serious-dishonesty, gansu-work-safety-blacklist, worldbank-debarment.",
            "",
            "Into a running server: stop it and load with the same --data-dir, or point the load at its Bolt port",
            "  NEO4J_URI=bolt://127.0.0.1:7687 creditgraph load --data-dir SERVER_DATA_DIR KIND FILE",
            "with the server's --data-dir (where keys/id-hmac.key is) or the same CREDITGRAPH_ID_SECRET: ID numbers",
            "are hashed with that secret, and a load with another secret is refused.",
            "",
            "Exit: 0 loaded (even with rejects), 1 failed, 2 unusable input."
        })
public final class LoadCommand implements Callable<Integer> {

    @Option(
            names = "--data-dir",
            defaultValue = "./data",
            description = "Embedded database dir (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--mapping", description = "Mapping (YAML file or shipped name) for files in other layouts.")
    String mapping;

    @Option(names = "--set", description = "COLUMN=VALUE filled in for every row.")
    List<String> sets = List.of();

    @Option(
            names = "--batch-size",
            defaultValue = "" + Loader.DEFAULT_BATCH_SIZE,
            description = "Rows per transaction.")
    int batchSize;

    @Option(
            names = "--writers",
            defaultValue = "2",
            description = "Concurrent write transactions (default ${DEFAULT-VALUE}).")
    int writers;

    @Option(
            names = "--rejects",
            paramLabel = "PATH",
            description = "Where rejected rows go: a file (one input only) or a folder (NAME.rejects.csv in it);"
                    + " default next to each input, e.g. for read-only input folders.")
    Path rejects;

    /** Where each file's progress goes; tests draw the bar into a list of lines. */
    Supplier<Loader.Progress> progress = TerminalProgress::new;

    @Parameters(index = "0", paramLabel = "KIND", description = "The kind of rows in the files (see below).")
    String kind;

    @Parameters(index = "1..*", arity = "1..*", description = "Files (CSV or xlsx).")
    List<Path> files;

    @Override
    public Integer call() {
        PrintStream err = System.err;
        Optional<Kind> parsed = Kind.fromCliName(kind);
        if (parsed.isEmpty()) {
            err.println("creditgraph load: unknown KIND '" + kind + "'; expected one of "
                    + Arrays.stream(Kind.values()).map(Kind::cliName).toList());
            return 2;
        }
        Map<String, String> columnValues = new LinkedHashMap<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                err.println("creditgraph load: --set needs COLUMN=VALUE, got '" + set + "'");
                return 2;
            }
            columnValues.put(set.substring(0, eq).strip(), set.substring(eq + 1).strip());
        }
        if (rejects != null && files.size() > 1 && !Files.isDirectory(rejects)) {
            err.println("creditgraph load: --rejects " + rejects
                    + " is a file, and one file cannot hold the rejects of " + files.size()
                    + " inputs; pass a folder");
            return 2;
        }
        try {
            Optional<Mapping> map = mapping == null ? Optional.empty() : Optional.of(Mapping.load(mapping));
            for (Path file : files) {
                if (!file.toFile().isFile()) {
                    throw new UnusableInputException("no such file: " + file);
                }
            }
            try (GraphConnection connection = GraphConnection.open(dataDir)) {
                var identity = IdentitySecret.forGraph(connection.graph(), dataDir);
                var loader = new Loader(connection.graph(), identity, batchSize, writers);
                LoadResult total = null;
                for (Path file : files) {
                    long started = System.nanoTime();
                    LoadResult result =
                            loader.load(parsed.get(), file, map, columnValues, progress.get(), rejectsFor(file));
                    double seconds = (System.nanoTime() - started) / 1e9;
                    long rows = result.loaded() + result.rejected() + result.unchanged();
                    err.printf(
                            "%s: %d rows in %.1f s (%.0f rows/s)%n",
                            file.getFileName(), rows, seconds, rows / Math.max(seconds, 1e-9));
                    if (files.size() > 1) {
                        System.out.println(file + ": " + result.summary());
                    }
                    result.records().ifPresent(r -> err.println(file.getFileName() + ": " + r.line()));
                    result.rejectsFile().ifPresent(p -> err.println("rejected rows with reasons: " + p));
                    if (result.warnings() > 0) {
                        err.println(result.warnings()
                                + " data-quality warning(s) kept on the records (dataQualityWarnings)");
                    }
                    total = total == null ? result : total.plus(result);
                }
                System.out.println(total.summary());
                return 0;
            }
        } catch (UnusableInputException e) {
            err.println("creditgraph load: " + e.getMessage());
            return 2;
        } catch (EmbeddedStartException | IdentitySecret.WrongSecretException e) {
            err.println("creditgraph load: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("creditgraph load: failed: " + e.getMessage()
                    + " (batches written before the failure are complete; re-run the same command to finish)");
            return 1;
        }
    }

    private Path rejectsFor(Path file) {
        if (rejects == null) {
            return RejectsWriter.pathFor(file);
        }
        return Files.isDirectory(rejects) ? RejectsWriter.pathFor(rejects.resolve(file.getFileName())) : rejects;
    }

    /** A progress bar when attached to a terminal, nothing otherwise (logs stay clean). */
    static final class TerminalProgress implements Loader.Progress {
        private final boolean draw;
        private final ProgressBarConsumer consumer;
        private ProgressBar bar;

        TerminalProgress() {
            this(System.console() != null, null);
        }

        /** {@code consumer}: where the bar is drawn, null for the library's choice of terminal. */
        TerminalProgress(boolean draw, ProgressBarConsumer consumer) {
            this.draw = draw;
            this.consumer = consumer;
        }

        @Override
        public void start(Path file, long expectedRows) {
            if (draw) {
                var builder = new ProgressBarBuilder()
                        .setTaskName(file.getFileName().toString())
                        .setInitialMax(expectedRows)
                        .setUnit(" rows", 1);
                if (consumer != null) {
                    builder.setConsumer(consumer);
                }
                bar = builder.build();
            }
        }

        @Override
        public void advance(long rows) {
            if (bar != null) {
                bar.stepBy(rows);
            }
        }

        @Override
        public void warning(String message) {
            System.err.println("warning: " + message);
        }

        @Override
        public void finish() {
            if (bar != null) {
                // The expected rows were an estimate (multi-line cells, blank lines); the file is done.
                long done = Math.max(bar.getCurrent(), 1);
                bar.maxHint(done);
                bar.stepTo(done);
            }
            abandon();
        }

        /** Leaves the bar where it stopped. */
        @Override
        public void abandon() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }

        @Override
        public void matched(org.creditgraph.model.matching.ListingMatcher.Summary summary) {
            if (summary.listings() > 0) {
                System.err.println("entity matching: " + summary.line());
            }
        }
    }
}
