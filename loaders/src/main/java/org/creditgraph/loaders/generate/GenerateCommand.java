package org.creditgraph.loaders.generate;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Contract §1: {@code generate --scale N --out DIR [--seed S]}. Prints one summary line with the
 * rows per file; exit 0, 2 for bad arguments, 1 when writing fails.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Writes a synthetic, deterministic data set (same seed, same bytes) of the seven loader KINDs.")
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scale", required = true, paramLabel = "N", description = "Number of enterprises (1..10000000).")
    int scale;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Output directory (created if missing).")
    Path out;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "42",
            description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        if (scale < 1 || scale > World.MAX_SCALE) {
            err.println("generate: --scale must be between 1 and " + World.MAX_SCALE + ", got " + scale);
            err.flush();
            return 2;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("generate: --out " + out + " exists and is not a directory");
            err.flush();
            return 2;
        }
        long start = System.nanoTime();
        Generator.Result result;
        try {
            result = Generator.generate(scale, out, seed);
        } catch (UncheckedIOException e) {
            err.println("generate: cannot write " + out + ": " + e.getCause().getMessage());
            err.flush();
            return 1;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        stdout.println("generated " + result.summary() + " in " + out + " (seed " + seed + ", " + millis + " ms)");
        stdout.flush();
        return 0;
    }
}
