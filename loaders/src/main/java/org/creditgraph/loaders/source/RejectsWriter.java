package org.creditgraph.loaders.source;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.model.rules.LegacyCodes;
import org.creditgraph.model.rules.ResidentId;
import org.creditgraph.model.rules.ResidentIdScrubber;
import org.creditgraph.model.rules.Uscc;

/**
 * Contract §1: rejected rows go to {@code FILE.rejects.csv} next to the input ({@code
 * penalties.csv.rejects.csv}), UTF-8 with BOM so that Excel opens it, with the original headers
 * plus {@code reject_reason} and one line per rejected row: its original cells and the reason.
 *
 * <p>D12: the file never holds a raw resident ID number. A cell of an identifier column (see {@link
 * #ID_COLUMNS}) that can be an ID number is masked as a whole with {@link ResidentId#mask} (see
 * {@link #mask}), any valid resident ID number anywhere in any cell or in the reason is masked too
 * ({@link ResidentIdScrubber}), and the reason of a row with a masked cell says so.
 *
 * <p>The file is created at the first reject only; when a run has none, a stale file of an earlier
 * run is deleted, so that re-runs are clean. When the input's directory is not writable (inputs
 * on a read-only share), the file goes to the working directory instead: see {@link #path()}.
 */
public final class RejectsWriter implements AutoCloseable {

    public static final String REASON_HEADER = "reject_reason";

    /** Columns (English names, extra columns included) that may hold a person's ID number. */
    public static final Set<String> ID_COLUMNS = Kind.PERSON_ID_COLUMNS;

    /**
     * Identifier columns that hold an enterprise's code or a person's number (a listing's or an
     * investor's code): masked only where the cell can be an ID number ({@link #mask}). The other
     * {@link #ID_COLUMNS} hold persons' numbers only, and a malformed one there (a mistyped check
     * character) is still a person's number: masked unless it is a valid USCC.
     */
    public static final Set<String> CODE_COLUMNS = Set.of("code", "investor_code");

    private final Path target;
    private final Path fallbackDirectory;
    private final List<String> headers;
    private final Set<Integer> idColumnIndices;
    private final Set<Integer> personColumnIndices;
    private Path written;
    private CsvWriter csv;
    private long rejected;

    /**
     * @param input the input file; the rejects file is {@link #pathFor(Path) next to it}
     * @param headers the original headers of the input
     * @param idColumnIndices file column indices whose cells are masked unless they are a valid USCC
     */
    public RejectsWriter(Path input, List<String> headers, Set<Integer> idColumnIndices) {
        this(input, headers, idColumnIndices, Path.of("").toAbsolutePath());
    }

    RejectsWriter(Path input, List<String> headers, Set<Integer> idColumnIndices, Path fallbackDirectory) {
        this(headers, idColumnIndices, pathFor(input), fallbackDirectory);
    }

    private RejectsWriter(List<String> headers, Set<Integer> idColumnIndices, Path target, Path fallbackDirectory) {
        this(headers, idColumnIndices, Set.of(), target, fallbackDirectory);
    }

    private RejectsWriter(
            List<String> headers,
            Set<Integer> idColumnIndices,
            Set<Integer> personColumns,
            Path target,
            Path fallbackDirectory) {
        this.target = target;
        this.fallbackDirectory = fallbackDirectory;
        this.headers = List.copyOf(headers);
        this.idColumnIndices = Set.copyOf(idColumnIndices);
        this.personColumnIndices = Set.copyOf(personColumns);
    }

    /** The rejects writer of a mapped input file: its headers, and its ID columns by layout. */
    public static RejectsWriter forFile(MappedFile file) {
        return forFile(file, pathFor(file.path()));
    }

    /** The rejects writer of a mapped input file, writing to {@code target} ({@code load --rejects}). */
    public static RejectsWriter forFile(MappedFile file, Path target) {
        Set<Integer> ids = idColumnIndices(file.layout());
        Set<Integer> persons = new HashSet<>();
        for (int i : ids) {
            if (file.layout().target(i).filter(CODE_COLUMNS::contains).isEmpty()) {
                persons.add(i);
            }
        }
        return new RejectsWriter(
                file.originalHeaders(), ids, persons, target, Path.of("").toAbsolutePath());
    }

    /** File column indices that feed one of {@link #ID_COLUMNS}. */
    public static Set<Integer> idColumnIndices(ColumnLayout layout) {
        Set<Integer> indices = new HashSet<>();
        for (int i = 0; i < layout.headers().size(); i++) {
            if (layout.target(i).filter(ID_COLUMNS::contains).isPresent()) {
                indices.add(i);
            }
        }
        return indices;
    }

    /** {@code DIR/NAME.rejects.csv} for input {@code DIR/NAME}. */
    public static Path pathFor(Path input) {
        return input.resolveSibling(input.getFileName() + ".rejects.csv");
    }

    /** Writes one rejected row: its original cells and the reason. */
    public void reject(InputRow row, String reason) {
        reject(row.original(), reason);
    }

    /**
     * Writes one rejected row. Cells are padded to the headers; the reason goes under {@code
     * reject_reason}, and cells beyond the headers (a row longer than the header row) follow it.
     */
    public void reject(List<String> cells, String reason) {
        List<String> line = new ArrayList<>(headers.size() + 1);
        boolean masked = false;
        int reasonAt = -1;
        for (int i = 0; i < Math.max(headers.size(), cells.size()); i++) {
            if (i == headers.size()) {
                reasonAt = line.size();
                line.add(mask(reason, false));
            }
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            String shown =
                    personColumnIndices.contains(i) ? maskPersonNumber(cell) : mask(cell, idColumnIndices.contains(i));
            masked |= !shown.equals(cell);
            line.add(shown);
        }
        if (cells.size() <= headers.size()) {
            reasonAt = line.size();
            line.add(mask(reason, false));
        }
        if (masked) {
            line.set(reasonAt, line.get(reasonAt) + " [ID number masked (D12)]");
        }
        try {
            writer().writeRecord(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + written, e);
        }
        rejected++;
    }

    /** Number of rows rejected so far. */
    public long rejected() {
        return rejected;
    }

    /** Where the rejects were written, once there is one. */
    public Optional<Path> path() {
        return Optional.ofNullable(written);
    }

    /**
     * D12 masking of one cell: only what can be a person's ID number is masked, so that a data
     * steward sees what was wrong with a code (a truncated USCC, a registration number) without the
     * source file.
     *
     * @param idColumn whether the cell's column holds identifiers: then the whole cell is masked
     *     when it is a resident ID number (D1: check character and birth date; one that is also a
     *     valid USCC only when it looks like a person's, {@link
     *     ResidentIdScrubber#isResidentIdRatherThanUscc}), or a 15-digit first-generation number
     *     (GB 11643-1989: a province, a real birth date 19yyMMdd) that is no valid registration number
     */
    public static String mask(String cell, boolean idColumn) {
        if (cell == null || cell.isBlank()) {
            return cell == null ? "" : cell;
        }
        if (idColumn) {
            String code = Uscc.normalise(cell);
            if (ResidentIdScrubber.isResidentIdRatherThanUscc(code) || firstGenerationId(code)) {
                return ResidentId.mask(code);
            }
        }
        // D12: any valid resident ID number anywhere in the cell, whatever its neighbours
        return ResidentIdScrubber.masked(cell);
    }

    /** D12 in a column of persons' numbers: anything but a valid USCC is masked as a whole. */
    static String maskPersonNumber(String cell) {
        if (cell == null || cell.isBlank()) {
            return cell == null ? "" : cell;
        }
        String code = Uscc.normalise(cell);
        if (!Uscc.check(code).valid() || ResidentIdScrubber.isResidentIdRatherThanUscc(code)) {
            return ResidentId.mask(code);
        }
        return ResidentIdScrubber.masked(cell);
    }

    private static boolean firstGenerationId(String code) {
        if (code.length() != 15 || !code.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return false;
        }
        if (LegacyCodes.registrationNumber(code).checkDigitValid()) {
            return false;
        }
        try {
            java.time.LocalDate.parse("19" + code.substring(6, 12), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            return ResidentIdScrubber.isProvince(code.substring(0, 2));
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private CsvWriter writer() throws IOException {
        if (csv == null) {
            Writer out;
            try {
                out = open(target);
                written = target;
            } catch (AccessDeniedException | java.nio.file.ReadOnlyFileSystemException e) {
                Path fallback = fallbackDirectory.resolve(target.getFileName());
                if (fallback.toAbsolutePath().equals(target.toAbsolutePath())) {
                    throw e;
                }
                out = open(fallback);
                written = fallback;
            } catch (FileSystemException e) {
                if (Files.isWritable(target.toAbsolutePath().getParent())) {
                    throw e;
                }
                Path fallback = fallbackDirectory.resolve(target.getFileName());
                out = open(fallback);
                written = fallback;
            }
            out.write('\uFEFF');
            csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
            List<String> header = new ArrayList<>(headers);
            header.add(REASON_HEADER);
            csv.writeRecord(header);
        }
        return csv;
    }

    private static Writer open(Path path) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(
                        path,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE),
                StandardCharsets.UTF_8));
    }

    /** Finishes the file; with no rejects, deletes a stale one of an earlier run. */
    @Override
    public void close() {
        if (csv != null) {
            try {
                csv.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + written, e);
            }
            csv = null;
        } else if (rejected == 0) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException e) {
                // a read-only directory cannot hold a stale file of ours either
            }
        }
    }
}
