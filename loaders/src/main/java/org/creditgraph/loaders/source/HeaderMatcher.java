package org.creditgraph.loaders.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.creditgraph.loaders.kind.Column;
import org.creditgraph.loaders.kind.Kind;
import org.creditgraph.loaders.mapping.Mapping;
import org.creditgraph.model.rules.TextNormaliser;

/**
 * Contract §3 header matching. A header matches a column of the KIND when, after
 * {@link #normalise normalisation}, it equals the Chinese header ({@code 罚款金额（万元）} =
 * {@code 罚款金额(万元)}), the English alias ({@code fine_wan}), the combined form
 * {@code 中文(english)} (or {@code english(中文)}), or one of the column's other accepted headers.
 */
public final class HeaderMatcher {

    /** Whitespace of any kind, zero-width characters and BOMs, all removed from headers. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\s\\u200B-\\u200D\\u2060\\uFEFF]+");
    /** Leading/trailing required-field markers of Chinese templates: {@code *统一社会信用代码}. */
    private static final Pattern MARKERS = Pattern.compile("^\\*+|\\*+$");

    private final Kind kind;
    private final Map<String, Column> byHeader = new HashMap<>();

    public HeaderMatcher(Kind kind) {
        this.kind = kind;
        for (Column column : kind.columns()) {
            List<String> accepted = new ArrayList<>();
            accepted.add(column.zh());
            accepted.add(column.en());
            accepted.add(column.zh() + "(" + column.en() + ")");
            accepted.add(column.en() + "(" + column.zh() + ")");
            for (String other : column.otherHeaders()) {
                accepted.add(other);
                accepted.add(other + "(" + column.en() + ")");
            }
            for (String header : accepted) {
                byHeader.putIfAbsent(normalise(header), column);
            }
        }
    }

    /**
     * Trimmed, full-width folded (NFKC: {@code （）} → {@code ()}), every whitespace removed
     * (OCR breaks headers: {@code 单位名 称}), {@code *} markers removed, lower-cased.
     */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String folded = INVISIBLE.matcher(TextNormaliser.fold(header)).replaceAll("");
        return MARKERS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT);
    }

    public Kind kind() {
        return kind;
    }

    /** The column a header (or a {@code --set} key, or a mapping target) names, if any. */
    public Optional<Column> column(String header) {
        return Optional.ofNullable(byHeader.get(normalise(header)));
    }

    /** {@code 中文(english)} for messages. */
    public static String label(Column column) {
        return column.zh() + "(" + column.en() + ")";
    }

    /**
     * Resolves a column name as written in a mapping or on the command line: a KIND column (any
     * accepted form) gives its English name; with {@code allowExtra}, a lower-case English name that
     * is no column is returned as is (an extra column).
     */
    public String resolve(String name, boolean allowExtra, String where) throws UnusableInputException {
        Optional<Column> column = column(name);
        if (column.isPresent()) {
            return column.get().en();
        }
        String trimmed = name.strip();
        if (allowExtra && Mapping.isExtraColumnName(trimmed)) {
            return trimmed;
        }
        throw new UnusableInputException(where + ": '" + name + "' is not a column of KIND " + kind.cliName()
                + (allowExtra ? " (nor a lower-case English extra column name)" : "") + "; columns: "
                + kind.columns().stream().map(HeaderMatcher::label).collect(Collectors.joining(", ")));
    }

    /**
     * Matches a file's headers.
     *
     * @param description the file, for messages
     * @param headers the header row as read
     * @param mapping renames foreign headers first; headers it does not name are matched as usual
     * @param supplied English names of columns filled for every row without the file (--set,
     *     mapping defaults): they count as present for the key-column check
     * @throws UnusableInputException when a key column is missing (contract: exit 2), naming it
     */
    public ColumnLayout match(
            String description, List<String> headers, Optional<Mapping> mapping, Collection<String> supplied)
            throws UnusableInputException {
        String where = mapping.map(Mapping::source).orElse(description);
        if (mapping.isPresent()) {
            for (Mapping.HeaderRule rule : mapping.get().headers().values()) {
                if (rule.target().isPresent()) {
                    resolve(rule.target().get(), true, where + ", headers." + rule.foreign());
                }
            }
        }
        List<String> targetByIndex = new ArrayList<>();
        // target -> (priority, index); mapped sources by mapping order, then matched ones by file order
        Map<String, List<long[]>> sources = new LinkedHashMap<>();
        Set<String> autoMatched = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            String target = null;
            long priority;
            Optional<Mapping.HeaderRule> rule = mapping.flatMap(m -> m.rule(header));
            if (rule.isPresent()) {
                if (rule.get().target().isEmpty()) {
                    targetByIndex.add(null); // ignored on purpose
                    continue;
                }
                target = resolve(
                        rule.get().target().get(),
                        true,
                        where + ", headers." + rule.get().foreign());
                priority = rule.get().order();
            } else {
                Optional<Column> column = column(header);
                if (column.isEmpty()) {
                    targetByIndex.add(null);
                    if (!normalise(header).isEmpty()) {
                        unknown.add(header.strip());
                    }
                    continue;
                }
                target = column.get().en();
                if (!autoMatched.add(target)) {
                    targetByIndex.add(null);
                    unknown.add(header.strip() + " (duplicate of an earlier column)");
                    continue;
                }
                priority = Integer.MAX_VALUE + (long) i;
            }
            targetByIndex.add(target);
            sources.computeIfAbsent(target, t -> new ArrayList<>()).add(new long[] {priority, i});
        }

        List<Column> missing = new ArrayList<>();
        Set<String> waived = new HashSet<>();
        if (mapping.isPresent()) {
            for (String name : mapping.get().keyColumnsOptional()) {
                waived.add(resolve(name, false, where + ", keyColumnsOptional"));
            }
        }
        for (Column column : kind.columns()) {
            if (column.key()
                    && !sources.containsKey(column.en())
                    && !supplied.contains(column.en())
                    && !waived.contains(column.en())) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new UnusableInputException(description + ": missing key column"
                    + (missing.size() > 1 ? "s " : " ")
                    + missing.stream().map(HeaderMatcher::label).collect(Collectors.joining(", "))
                    + " of KIND " + kind.cliName() + " (headers found: " + String.join(", ", headers)
                    + "); add " + (missing.size() > 1 ? "them" : "it") + " to the file, map "
                    + (missing.size() > 1 ? "them" : "it") + " with --mapping, or fill "
                    + (missing.size() > 1 ? "them" : "it") + " for every row with --set "
                    + missing.getFirst().zh() + "=VALUE");
        }

        Map<String, List<Integer>> ordered = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        kind.columns().forEach(c -> order.add(c.en()));
        sources.keySet().stream().filter(t -> !order.contains(t)).forEach(order::add);
        for (String target : order) {
            List<long[]> list = sources.get(target);
            if (list != null) {
                list.sort(Comparator.comparingLong(entry -> entry[0]));
                ordered.put(target, list.stream().map(entry -> (int) entry[1]).toList());
            }
        }
        return new ColumnLayout(kind, headers, targetByIndex, ordered, unknown);
    }
}
