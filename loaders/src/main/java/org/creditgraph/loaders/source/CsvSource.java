package org.creditgraph.loaders.source;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * Contract §3 CSV: comma-separated, RFC 4180 quoting, one header row, UTF-8 (BOM stripped) or
 * GB18030 as detected by {@link EncodingSniffer}. Rows with fewer cells than headers are padded,
 * rows with more keep them; empty and all-blank rows are skipped.
 */
public final class CsvSource implements Source {

    private final Path file;
    private final EncodingSniffer.Detected encoding;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private final List<String> headers;
    private boolean rowsTaken;

    private CsvSource(Path file, EncodingSniffer.Detected encoding, CsvReader<CsvRecord> reader) {
        this.file = file;
        this.encoding = encoding;
        this.reader = reader;
        this.records = reader.iterator();
        this.headers = records.hasNext() ? List.copyOf(records.next().getFields()) : List.of();
    }

    public static CsvSource open(Path file) throws UnusableInputException {
        EncodingSniffer.Detected encoding;
        try {
            encoding = EncodingSniffer.detect(file);
        } catch (IOException e) {
            throw new UnusableInputException("cannot read " + file + ": " + e.getMessage());
        }
        CsvSource source;
        try {
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(encoding.skipBytes());
            BufferedReader text = new BufferedReader(new InputStreamReader(in, encoding.decoder()), 1 << 16);
            CsvReader<CsvRecord> reader = CsvReader.builder()
                    .fieldSeparator(',')
                    .quoteCharacter('"')
                    .skipEmptyLines(true)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .ofCsvRecord(text);
            source = new CsvSource(file, encoding, reader);
        } catch (IOException e) {
            throw new UnusableInputException("cannot read " + file + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new UnusableInputException(
                    "cannot read " + file + ": " + e.getCause().getMessage());
        }
        if (source.headers.stream().allMatch(String::isBlank)) {
            source.close();
            throw new UnusableInputException(file + " is empty: it has no header row");
        }
        return source;
    }

    /** The detected encoding. */
    public EncodingSniffer.Detected encoding() {
        return encoding;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public Iterator<RawRow> rows() {
        if (rowsTaken) {
            throw new IllegalStateException("rows of " + file + " can be read once");
        }
        rowsTaken = true;
        return Source.dataRows(
                records,
                record ->
                        new RawRow(record.getStartingLineNumber(), Source.padded(record.getFields(), headers.size())));
    }

    @Override
    public String description() {
        return file.getFileName() + " (CSV, " + encoding.label() + ")";
    }

    @Override
    public long estimatedRows() {
        // Lines minus the header; blank lines and line breaks inside quotes make it an estimate.
        return Math.max(0, encoding.lines() - 1);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
