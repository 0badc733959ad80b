package org.creditgraph.loaders.generate;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.creditgraph.loaders.kind.Column;
import org.creditgraph.loaders.kind.Kind;

/** Test helper: the generated files read back, rows as maps from Chinese header to cell. */
final class GeneratedData {

    final Path dir;
    final Map<Kind, List<String>> headers = new EnumMap<>(Kind.class);
    final Map<Kind, List<Map<String, String>>> rows = new EnumMap<>(Kind.class);

    GeneratedData(Path dir) {
        this.dir = dir;
        for (Kind kind : Kind.GENERATED) {
            List<Map<String, String>> list = new ArrayList<>();
            try (CsvReader<CsvRecord> reader =
                    CsvReader.builder().ofCsvRecord(dir.resolve(kind.fileName()), StandardCharsets.UTF_8)) {
                List<String> header = null;
                for (CsvRecord rec : reader) {
                    if (header == null) {
                        header = rec.getFields();
                        headers.put(kind, header);
                        continue;
                    }
                    Map<String, String> row = new java.util.LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        row.put(header.get(i), rec.getField(i));
                    }
                    list.add(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows.put(kind, list);
        }
    }

    List<Map<String, String>> rows(Kind kind) {
        return rows.get(kind);
    }

    List<Map<String, String>> where(Kind kind, Predicate<Map<String, String>> filter) {
        return rows.get(kind).stream().filter(filter).toList();
    }

    static List<String> zhHeaders(Kind kind) {
        return kind.columns().stream().map(Column::zh).toList();
    }
}
