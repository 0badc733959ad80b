package org.creditgraph.loaders.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A table read from an input file: one header row and data rows of text cells. Blank rows are
 * skipped. {@link #rows()} is a single pass over the file.
 */
public interface Source extends AutoCloseable {

    /** The header row as it appears in the file (not trimmed or folded). */
    List<String> headers();

    /**
     * The data rows after the header row, read lazily. May be called once. A read error while
     * iterating surfaces as {@link java.io.UncheckedIOException}.
     */
    Iterator<RawRow> rows();

    /** For messages: file name and format, e.g. {@code penalties.csv (CSV, GB18030)}. */
    String description();

    /** A cheap estimate of the number of data rows, for a progress bar; never negative. */
    long estimatedRows();

    @Override
    void close();

    /**
     * Opens {@code file} by its extension: {@code .csv} as CSV (UTF-8 or GB18030, detected),
     * {@code .xlsx} (and legacy {@code .xls}) as a workbook whose first sheet is read.
     */
    static Source open(Path file) throws UnusableInputException {
        if (!Files.exists(file)) {
            throw new UnusableInputException("no such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw new UnusableInputException("not a file: " + file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CsvSource.open(file);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            return XlsxSource.open(file);
        }
        throw new UnusableInputException(
                "unsupported file type: " + file + " (expected a .csv or .xlsx file; other layouts need --mapping)");
    }

    /**
     * The data rows of a source: each record becomes a row padded to the header width, and blank
     * rows are skipped. Shared by every source so that they agree on what a row is.
     */
    static <T> Iterator<RawRow> dataRows(Iterator<T> records, java.util.function.Function<T, RawRow> toRow) {
        return java.util.stream.StreamSupport.stream(
                        java.util.Spliterators.spliteratorUnknownSize(records, java.util.Spliterator.ORDERED), false)
                .map(toRow)
                .filter(row -> row != null && !row.isBlank())
                .iterator();
    }

    static List<String> padded(List<String> cells, int width) {
        List<String> copy = new java.util.ArrayList<>(cells);
        while (copy.size() < width) {
            copy.add("");
        }
        return copy;
    }
}
