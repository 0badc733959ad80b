package org.creditgraph.loaders.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.LongConsumer;
import org.creditgraph.loaders.kind.Kind;

/**
 * The synthetic data set of contract §1 {@code generate}: {@code scale} enterprises with
 * proportional persons (≈1.5·N), roles (≈3·N), investments (≈0.6·N), penalties (≈1.5·N), accidents
 * (≈0.1·N), responsibilities (≈2 per accident) and listings (≈0.03·N), in the section-3 formats.
 *
 * <p>Deterministic: the same scale and seed give the same bytes (no clock, no hash ordering; every
 * record derives from seeded {@link java.util.SplittableRandom}s per index, dates from fixed
 * anchors between 2015-01-01 and 2026-10-31). Streaming: one enterprise is planned and written at a
 * time ({@link World} recomputes anyone referenced), so memory stays bounded at any scale.
 *
 * <p>Scripted cases for the check engine are in {@link Stories}; intentionally bad rows in
 * {@link BadRows}.
 */
public final class Generator {

    private Generator() {}

    /** Rows written per file (header excluded), in {@link Kind} order. */
    public record Result(Path outDir, int scale, long seed, Map<Kind, Long> rows) {

        public Result {
            rows = Collections.unmodifiableMap(rows);
        }

        public long rows(Kind kind) {
            return rows.get(kind);
        }

        /** One line: {@code enterprises 300, roles 951, ...}. */
        public String summary() {
            StringJoiner j = new StringJoiner(", ");
            rows.forEach((kind, n) -> j.add(kind.cliName() + " " + n));
            return j.toString();
        }
    }

    public static Result generate(int scale, Path outDir, long seed) {
        return generate(scale, outDir, seed, null);
    }

    /**
     * Writes the seven files into {@code outDir} (created if needed, existing files replaced).
     *
     * @param progress called with the number of enterprises done, every 10,000 and at the end; may be null
     * @throws IllegalArgumentException when scale is not between 1 and {@link World#MAX_SCALE}
     * @throws UncheckedIOException when a file cannot be written
     */
    public static Result generate(int scale, Path outDir, long seed, LongConsumer progress) {
        World world = World.of(scale, seed);
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Numbering numbering = new Numbering();
        Planner planner = new Planner(world, numbering);
        Map<Kind, Long> counts;
        try (CsvSinks out = CsvSinks.open(outDir)) {
            Emitter emitter = new Emitter(world, out);
            BadRows bad = new BadRows(world, out, numbering);
            for (int i = 0; i < scale; i++) {
                Plan plan = Stories.storyAt(scale, i) >= 0 ? Stories.plan(planner, i) : planner.plan(i);
                emitter.emit(plan);
                bad.after(plan);
                if (progress != null && ((i + 1) % 10_000 == 0 || i + 1 == scale)) {
                    progress.accept(i + 1);
                }
            }
            counts = out.counts();
        }
        return new Result(outDir, scale, seed, counts);
    }
}
