package org.creditgraph.loaders.source;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.mapping.Mapping;
import org.creditgraph.loaders.mapping.ValueRules;
import org.creditgraph.model.rules.TextNormaliser;

/**
 * An input file of one KIND ready for the row mappers: the {@link Source} opened by extension, its
 * headers matched (through a {@link Mapping} when given), and {@code --set} values applied. Rows
 * come out as {@link InputRow}s whose values are keyed by English column name (and extra column
 * names of the mapping), full-width folded and trimmed, with empty cells omitted.
 *
 * <p>Precedence per row and column: {@code --set} (every row) over the file's cell over the
 * mapping's {@code defaults} (rows whose cell is empty or absent).
 */
public final class MappedFile implements AutoCloseable {

    private final Path path;
    private final Kind kind;
    private final Source source;
    private final ColumnLayout layout;
    private final Map<String, ValueRules> rules;
    private final Map<String, String> defaults;
    private final Map<String, String> sets;

    private MappedFile(
            Path path,
            Kind kind,
            Source source,
            ColumnLayout layout,
            Map<String, ValueRules> rules,
            Map<String, String> defaults,
            Map<String, String> sets) {
        this.path = path;
        this.kind = kind;
        this.source = source;
        this.layout = layout;
        this.rules = rules;
        this.defaults = defaults;
        this.sets = sets;
    }

    /**
     * Opens and matches {@code file}.
     *
     * @param sets {@code --set COLUMN=VALUE}: column as Chinese header or English alias
     * @throws UnusableInputException missing file, unreadable encoding or workbook, unsupported
     *     type, mapping for another KIND, unknown {@code --set} column, missing key column
     */
    public static MappedFile open(Path file, Kind kind, Optional<Mapping> mapping, Map<String, String> sets)
            throws UnusableInputException {
        HeaderMatcher matcher = new HeaderMatcher(kind);
        if (mapping.isPresent() && mapping.get().kind().isPresent()) {
            String mappingKind = mapping.get().kind().get().strip();
            if (Kind.fromCliName(mappingKind).orElse(null) != kind) {
                throw new UnusableInputException(
                        mapping.get().source() + " is for KIND " + mappingKind + ", not " + kind.cliName());
            }
        }
        Map<String, String> resolvedSets = new LinkedHashMap<>();
        for (Map.Entry<String, String> set : sets.entrySet()) {
            String column = matcher.resolve(set.getKey(), false, "--set " + set.getKey() + "=" + set.getValue());
            resolvedSets.put(column, TextNormaliser.fold(set.getValue()));
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        Map<String, ValueRules> rules = new HashMap<>();
        if (mapping.isPresent()) {
            for (Map.Entry<String, String> entry : mapping.get().defaults().entrySet()) {
                String column =
                        matcher.resolve(entry.getKey(), true, mapping.get().source() + ", defaults." + entry.getKey());
                defaults.put(column, entry.getValue());
            }
            for (Map.Entry<String, ValueRules> entry : mapping.get().values().entrySet()) {
                String column =
                        matcher.resolve(entry.getKey(), true, mapping.get().source() + ", values." + entry.getKey());
                rules.put(column, entry.getValue());
            }
        }
        Set<String> supplied = new HashSet<>(resolvedSets.keySet());
        defaults.forEach((column, value) -> {
            if (!value.isEmpty()) {
                supplied.add(column);
            }
        });
        resolvedSets.forEach((column, value) -> {
            if (value.isEmpty()) {
                supplied.remove(column);
            }
        });

        Source source = Source.open(file);
        try {
            ColumnLayout layout = matcher.match(source.description(), source.headers(), mapping, supplied);
            return new MappedFile(file, kind, source, layout, rules, defaults, resolvedSets);
        } catch (UnusableInputException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    public Kind kind() {
        return kind;
    }

    /** For messages, e.g. {@code penalties.csv (CSV, GB18030)}. */
    public String description() {
        return source.description();
    }

    /** The header row as read, for the rejects file. */
    public List<String> originalHeaders() {
        return source.headers();
    }

    /** Headers that match no column: to be named in one warning, then ignored. */
    public List<String> unknownHeaders() {
        return layout.unknownHeaders();
    }

    /** The one warning about unknown headers, when there are any. */
    public Optional<String> unknownHeadersWarning() {
        if (layout.unknownHeaders().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(source.description() + ": ignoring column"
                + (layout.unknownHeaders().size() > 1 ? "s" : "") + " that KIND " + kind.cliName()
                + " does not know: " + String.join(", ", layout.unknownHeaders()));
    }

    public ColumnLayout layout() {
        return layout;
    }

    /** The English names of the columns filled by {@code --set}, with their folded values. */
    public Map<String, String> sets() {
        return Collections.unmodifiableMap(sets);
    }

    /** A cheap estimate of the number of data rows, for a progress bar. */
    public long countRows() {
        return source.estimatedRows();
    }

    /** The data rows; a single pass over the file. */
    public Iterator<InputRow> rows() {
        Iterator<RawRow> raw = source.rows();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return raw.hasNext();
            }

            @Override
            public InputRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return toInputRow(raw.next());
            }
        };
    }

    InputRow toInputRow(RawRow raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> target : layout.sources().entrySet()) {
            ValueRules rule = rules.getOrDefault(target.getKey(), ValueRules.NONE);
            for (int index : target.getValue()) {
                String value = rule.apply(TextNormaliser.fold(raw.cell(index)));
                if (!value.isEmpty()) {
                    values.put(target.getKey(), value);
                    break;
                }
            }
        }
        defaults.forEach((column, value) -> {
            if (!value.isEmpty()) {
                values.putIfAbsent(column, value);
            }
        });
        sets.forEach((column, value) -> {
            if (value.isEmpty()) {
                values.remove(column);
            } else {
                values.put(column, value);
            }
        });
        return new InputRow(raw.rowNumber(), Collections.unmodifiableMap(values), raw.cells());
    }

    @Override
    public void close() {
        source.close();
    }
}
