package org.creditgraph.loaders.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The first sheet of an Excel workbook as a table. The header row is the first row with at least
 * two non-empty cells (title rows above it are skipped); blank rows are skipped. Cells become text:
 * dates as {@code yyyy-MM-dd}, numbers in plain notation without a trailing {@code .0} (long codes
 * are sometimes stored as numbers; Excel keeps 15 significant digits), percentages as the
 * displayed number ({@code 25%} → {@code 25}), formulas as their cached value, booleans as
 * {@code TRUE}/{@code FALSE}, errors as Excel shows them ({@code #N/A}).
 */
public final class XlsxSource implements Source {

    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private final Path file;
    private final Workbook workbook;
    private final Sheet sheet;
    private final int headerRowIndex;
    private final List<String> headers;
    private boolean rowsTaken;

    private XlsxSource(Path file, Workbook workbook, Sheet sheet, int headerRowIndex, List<String> headers) {
        this.file = file;
        this.workbook = workbook;
        this.sheet = sheet;
        this.headerRowIndex = headerRowIndex;
        this.headers = headers;
    }

    public static XlsxSource open(Path file) throws UnusableInputException {
        Workbook workbook;
        try {
            workbook = WorkbookFactory.create(file.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw new UnusableInputException("cannot read " + file + ": the workbook is password-protected");
        } catch (IOException | RuntimeException e) {
            throw new UnusableInputException("cannot read " + file + ": not a readable Excel workbook ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        try {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnusableInputException(file + " has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = cells(row);
                if (cells.stream().filter(cell -> !cell.isBlank()).count() >= 2) {
                    return new XlsxSource(file, workbook, sheet, row.getRowNum(), List.copyOf(cells));
                }
            }
            throw new UnusableInputException(file + " is empty: its first sheet '" + sheet.getSheetName()
                    + "' has no header row (a row with at least two non-empty cells)");
        } catch (UnusableInputException | RuntimeException e) {
            closeQuietly(workbook);
            throw e;
        }
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
        Iterator<Row> poiRows = sheet.rowIterator();
        return Source.dataRows(
                poiRows,
                row -> row.getRowNum() <= headerRowIndex
                        ? null
                        : new RawRow(row.getRowNum() + 1L, Source.padded(cells(row), headers.size())));
    }

    @Override
    public String description() {
        return file.getFileName() + " (Excel, sheet '" + sheet.getSheetName() + "')";
    }

    @Override
    public long estimatedRows() {
        return Math.max(0, sheet.getLastRowNum() - headerRowIndex);
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException | RuntimeException ignored) {
            // already failing
        }
    }

    /** The row's cells as text from column A to its last defined cell, trailing blanks removed. */
    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        int last = row.getLastCellNum(); // one past the last cell, -1 for an empty row
        for (int i = 0; i < last; i++) {
            cells.add(text(row.getCell(i)));
        }
        while (!cells.isEmpty() && cells.getLast().isBlank()) {
            cells.removeLast();
        }
        return cells;
    }

    /** A cell as text; see the class comment. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> numeric(cell);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> errorText(cell.getErrorCellValue());
            default -> "";
        };
    }

    private static String numeric(Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        if (format != null && format.contains("%") && !format.contains("\"%")) {
            value *= 100;
        }
        return plain(value);
    }

    /** A number as Excel shows it in a wide General cell, but never in scientific notation. */
    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal decimal = BigDecimal.valueOf(value).round(EXCEL_PRECISION).stripTrailingZeros();
        return decimal.toPlainString();
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }
}
