package org.creditgraph.loaders.generate;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.creditgraph.loaders.kind.Column;
import org.creditgraph.loaders.kind.Kind;

/** The seven output files: UTF-8 without BOM, {@code \n} line ends, RFC 4180 quoting where needed. */
final class CsvSinks implements Closeable {

    private final CsvWriter[] writers = new CsvWriter[Kind.values().length];
    private final long[] counts = new long[Kind.values().length];

    private CsvSinks() {}

    static CsvSinks open(Path dir) {
        CsvSinks sinks = new CsvSinks();
        try {
            for (Kind kind : Kind.GENERATED) {
                CsvWriter w = CsvWriter.builder()
                        .lineDelimiter(LineDelimiter.LF)
                        .quoteStrategy(QuoteStrategies.REQUIRED)
                        .bufferSize(1 << 16)
                        .build(dir.resolve(kind.fileName()), StandardCharsets.UTF_8);
                sinks.writers[kind.ordinal()] = w;
                w.writeRecord(kind.columns().stream().map(Column::zh).toList());
            }
        } catch (IOException e) {
            sinks.closeQuietly();
            throw new UncheckedIOException(e);
        }
        return sinks;
    }

    void write(Kind kind, String... cells) {
        if (cells.length != kind.columns().size()) {
            throw new IllegalStateException(kind + " row has " + cells.length + " cells, expected "
                    + kind.columns().size());
        }
        for (int k = 0; k < cells.length; k++) {
            if (cells[k] == null) {
                cells[k] = "";
            }
        }
        writers[kind.ordinal()].writeRecord(cells);
        counts[kind.ordinal()]++;
    }

    Map<Kind, Long> counts() {
        Map<Kind, Long> map = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.GENERATED) {
            map.put(kind, counts[kind.ordinal()]);
        }
        return map;
    }

    @Override
    public void close() {
        IOException failure = null;
        for (CsvWriter w : writers) {
            if (w != null) {
                try {
                    w.close();
                } catch (IOException e) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw new UncheckedIOException(failure);
        }
    }

    private void closeQuietly() {
        try {
            close();
        } catch (UncheckedIOException ignored) {
            // already failing
        }
    }
}
