package org.creditgraph.loaders.source;

import java.util.List;
import java.util.Map;

/**
 * One data row of an input file after header matching: {@code values} are keyed by the English
 * column name of the KIND (contract §3), already full-width folded and trimmed, empty cells
 * absent; {@code original} are the row's cells as read, for the rejects file.
 *
 * @param rowNumber 1-based row number in the source (the header row is row 1 in a CSV)
 */
public record InputRow(long rowNumber, Map<String, String> values, List<String> original) {

    /** The value of a column by English name, or {@code null} when the cell is empty or absent. */
    public String get(String column) {
        String value = values.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    public boolean has(String column) {
        return get(column) != null;
    }
}
