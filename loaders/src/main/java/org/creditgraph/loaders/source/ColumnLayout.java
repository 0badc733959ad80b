package org.creditgraph.loaders.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgraph.loaders.kind.Column;
import org.creditgraph.loaders.kind.Kind;

/**
 * Result of {@link HeaderMatcher}: which file column feeds which target. A target is the English
 * name of a {@link Column} of the KIND or, through a mapping, an extra column name (lower-case
 * English) that is carried in {@link InputRow#values()} as well.
 */
public final class ColumnLayout {

    private final Kind kind;
    private final List<String> headers;
    private final List<String> targetByIndex;
    private final Map<String, List<Integer>> sourcesByTarget;
    private final List<String> unknownHeaders;

    ColumnLayout(
            Kind kind,
            List<String> headers,
            List<String> targetByIndex,
            Map<String, List<Integer>> sourcesByTarget,
            List<String> unknownHeaders) {
        this.kind = kind;
        this.headers = List.copyOf(headers);
        this.targetByIndex = Collections.unmodifiableList(new ArrayList<>(targetByIndex));
        Map<String, List<Integer>> copy = new LinkedHashMap<>();
        sourcesByTarget.forEach((target, indices) -> copy.put(target, List.copyOf(indices)));
        this.sourcesByTarget = Collections.unmodifiableMap(copy);
        this.unknownHeaders = List.copyOf(unknownHeaders);
    }

    public Kind kind() {
        return kind;
    }

    /** The file's header row as read. */
    public List<String> headers() {
        return headers;
    }

    /** The target the file column at {@code index} feeds, or empty when it is unknown or ignored. */
    public Optional<String> target(int index) {
        return index < targetByIndex.size() ? Optional.ofNullable(targetByIndex.get(index)) : Optional.empty();
    }

    /** The KIND column the file column at {@code index} feeds, if it feeds one (not an extra column). */
    public Optional<Column> column(int index) {
        return target(index).flatMap(this::column);
    }

    /** The KIND column with English name {@code target}, or empty for an extra column. */
    public Optional<Column> column(String target) {
        return kind.columns().stream().filter(c -> c.en().equals(target)).findFirst();
    }

    /**
     * Targets fed by the file, in the KIND's column order followed by extra columns, each with the
     * file columns that feed it in order of priority (the first non-empty cell wins).
     */
    public Map<String, List<Integer>> sources() {
        return sourcesByTarget;
    }

    public boolean feeds(String target) {
        return sourcesByTarget.containsKey(target);
    }

    /** Headers that match no column (and that no mapping names), to be named in one warning. */
    public List<String> unknownHeaders() {
        return unknownHeaders;
    }
}
