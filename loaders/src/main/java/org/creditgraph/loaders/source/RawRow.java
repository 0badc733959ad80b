package org.creditgraph.loaders.source;

import java.util.List;

/**
 * One data row as read from a {@link Source}, before header matching.
 *
 * @param rowNumber 1-based position in the source as a user would look it up: the line number in a
 *     CSV file (the header is line 1), the row number shown by Excel in a workbook
 * @param cells the cells as text, padded with empty strings to the number of headers; a row with
 *     more cells than headers keeps them
 */
public record RawRow(long rowNumber, List<String> cells) {

    public RawRow {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or the empty string beyond the end of the row. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    /** True when every cell is empty or whitespace. */
    public boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
