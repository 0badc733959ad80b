package org.creditgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Raw result rows {@code figure,value,baseline,unit,note}, appended to one file by every step of a
 * run (the Java steps here, the loader and start-up steps in bench/run.sh); {@link Report} turns
 * them into the table with ratios and targets. An empty baseline means the figure has none.
 */
final class Results {

    static final String HEADER = "figure,value,baseline,unit,note";

    private final Path file;

    Results(Path file) {
        this.file = file;
    }

    void add(String figure, double value, Double baseline, String unit, String note) {
        String line = figure + "," + number(value) + "," + (baseline == null ? "" : number(baseline)) + "," + unit + ","
                + note.replace(',', ';') + "\n";
        System.err.print("[result] " + line);
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException("cannot append to " + file, e);
        }
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }
}
