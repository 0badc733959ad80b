package org.creditgraph.loaders.mapping;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a mapping normalises the values of one column. Applied to a cell that is already full-width
 * folded and trimmed, in this order: {@code removeWhitespace}, then each {@code regexReplace} in
 * turn, then {@code replace} (exact match of the whole value, compared after folding). A value that
 * ends up empty counts as an empty cell.
 */
public record ValueRules(boolean removeWhitespace, List<RegexReplace> regexReplace, Map<String, String> replace) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public ValueRules {
        regexReplace = List.copyOf(regexReplace);
        replace = Map.copyOf(replace);
    }

    public static final ValueRules NONE = new ValueRules(false, List.of(), Map.of());

    /** One {@code {pattern, replacement}} entry; the replacement may use {@code $1} groups. */
    public record RegexReplace(Pattern pattern, String replacement) {}

    public String apply(String value) {
        String result = value;
        if (removeWhitespace) {
            result = WHITESPACE.matcher(result).replaceAll("");
        }
        for (RegexReplace rule : regexReplace) {
            result = rule.pattern().matcher(result).replaceAll(rule.replacement());
        }
        String replaced = replace.get(result);
        if (replaced != null) {
            result = replaced;
        }
        return result.strip();
    }
}
