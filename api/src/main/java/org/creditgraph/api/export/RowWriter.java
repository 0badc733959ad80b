package org.creditgraph.api.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Writes export rows to a stream as they come: nothing but the current row is held. */
sealed interface RowWriter<T> permits RowWriter.Csv, RowWriter.Ndjson {

    void write(T row) throws IOException;

    /** Pushes what is buffered to the client (after each page, so that a download advances steadily). */
    void flush() throws IOException;

    static <T> RowWriter<T> csv(OutputStream out, List<Column<T>> columns) throws IOException {
        return new Csv<>(out, columns);
    }

    static <T> RowWriter<T> ndjson(OutputStream out, List<Column<T>> columns) {
        return new Ndjson<>(out, columns);
    }

    /**
     * CSV, UTF-8 with a byte-order mark (so that Excel reads the Chinese right), CRLF line ends, a
     * header row of {@code 中文(english)} names; lists joined with {@code ;} (as the loaders read
     * multi-valued cells), booleans as 是/否. A text cell that Excel would run as a formula (starting
     * with =, +, -, @, tab or CR, and not a number) is prefixed with an apostrophe.
     */
    final class Csv<T> implements RowWriter<T> {

        private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

        private final CsvWriter csv;
        private final List<Column<T>> columns;

        Csv(OutputStream out, List<Column<T>> columns) throws IOException {
            out.write(BOM);
            this.csv = CsvWriter.builder()
                    .lineDelimiter(LineDelimiter.CRLF)
                    .build(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            this.columns = columns;
            csv.writeRecord(columns.stream().map(Column::csvHeader).toList());
        }

        @Override
        public void write(T row) {
            List<String> cells = new ArrayList<>(columns.size());
            for (Column<T> column : columns) {
                cells.add(cell(column.value().apply(row)));
            }
            csv.writeRecord(cells);
        }

        @Override
        public void flush() throws IOException {
            csv.flush();
        }

        static String cell(Object value) {
            return switch (value) {
                case null -> "";
                case Boolean b -> b ? "是" : "否";
                case List<?> list ->
                    String.join(";", list.stream().map(String::valueOf).toList());
                case String s -> safe(s);
                default -> String.valueOf(value);
            };
        }

        // CSV injection: Excel runs cells starting with these characters as formulas.
        private static String safe(String s) {
            if (s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 || s.matches("[+-]?\\d+(\\.\\d+)?")) {
                return s;
            }
            return "'" + s;
        }
    }

    /** NDJSON: one JSON object per line, keyed by the columns' English names; dates as yyyy-MM-dd. */
    final class Ndjson<T> implements RowWriter<T> {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        private final OutputStream out;
        private final List<Column<T>> columns;

        Ndjson(OutputStream out, List<Column<T>> columns) {
            this.out = out;
            this.columns = columns;
        }

        @Override
        public void write(T row) throws IOException {
            line(out, object(columns, row));
        }

        /** One row as the JSON object of a line: English names, dates as yyyy-MM-dd. */
        static <T> Map<String, Object> object(List<Column<T>> columns, T row) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Column<T> column : columns) {
                Object value = column.value().apply(row);
                object.put(column.en(), value instanceof LocalDate date ? date.toString() : value);
            }
            return object;
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        static void line(OutputStream out, Object object) throws IOException {
            out.write(JSON.writeValueAsBytes(object));
            out.write('\n');
        }
    }
}
