package org.creditgraph.api.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.creditgraph.api.graphql.ApiException;
import org.creditgraph.api.graphql.ErrorCode;
import org.creditgraph.api.graphql.ScalarConfiguration;
import org.creditgraph.model.rules.ResidentId;
import org.creditgraph.model.rules.Uscc;

/**
 * The query parameters of an export: the fields of the GraphQL filter of the same records, by the
 * same names. Unknown or malformed parameters are refused (BAD_USER_INPUT) rather than ignored, so
 * that a mistyped filter never silently exports everything. List parameters take comma-separated
 * values and may repeat ({@code types=FINE,WARNING} or {@code types=FINE&types=WARNING}).
 */
public final class ExportParameters {

    /** The {@code @maxLength} of the GraphQL filter fields these parameters mirror (all codes). */
    static final int MAX_LENGTH = 64;

    private final Map<String, String[]> parameters;

    private ExportParameters(Map<String, String[]> parameters) {
        this.parameters = parameters;
    }

    /** The parameters, refusing any name not in {@code allowed}. */
    public static ExportParameters of(Map<String, String[]> parameters, Set<String> allowed) {
        for (String name : parameters.keySet()) {
            if (!allowed.contains(name)) {
                throw bad("unknown parameter '" + printable(name) + "'"
                        + (allowed.isEmpty() ? "; this export takes no parameters" : "; expected one of " + allowed));
            }
        }
        return new ExportParameters(parameters);
    }

    /**
     * A text parameter, null when absent or empty. D12: a resident ID number is never accepted in a
     * URL (it would end up in access logs and browser histories); persons are named by their id.
     */
    public String text(String name) {
        return text(name, MAX_LENGTH);
    }

    /** A text parameter of at most {@code maxLength} characters (names take 200, as in GraphQL). */
    public String text(String name, int maxLength) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            throw bad("parameter '" + name + "' is given more than once");
        }
        String value = values[0].strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            throw bad("parameter '" + name + "' is longer than its limit of " + maxLength + " characters");
        }
        String upper = value.toUpperCase(Locale.ROOT);
        if (ResidentId.problem(upper).isEmpty() && !Uscc.check(upper).checkDigitValid()) {
            throw bad("parameter '" + name + "' looks like a resident ID number; ID numbers are never accepted"
                    + " in a URL (D12): filter by the person's id from the API instead");
        }
        return value;
    }

    /** A boolean parameter true|false, null when absent. */
    public Boolean bool(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad("parameter '" + name + "' must be true or false");
        };
    }

    /**
     * The values of the given parameters that are plain codes, dates or words, joined with '-', for a
     * file name that carries the filter (penalties-11-2024-01-01-20261206.csv); never a name or an id text.
     */
    public String fileTag() {
        List<String> parts = new ArrayList<>();
        parameters.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            for (String v : e.getValue()) {
                String value = v.strip();
                if (value.matches("[A-Za-z0-9_,.-]{1,40}")) {
                    parts.add(value.replace(',', '+'));
                }
            }
        });
        return String.join("-", parts);
    }

    /** A date parameter yyyy-MM-dd, null when absent. */
    public LocalDate date(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw bad("parameter '" + name + "' must be a date yyyy-MM-dd");
        }
        if (date.isBefore(ScalarConfiguration.EARLIEST) || date.isAfter(ScalarConfiguration.LATEST)) {
            throw bad("parameter '" + name + "' must be a date between " + ScalarConfiguration.EARLIEST + " and "
                    + ScalarConfiguration.LATEST);
        }
        return date;
    }

    /** A list of enum names, comma-separated and/or repeated; null when absent. */
    public <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
        String[] values = parameters.get(name);
        if (values == null) {
            return null;
        }
        Set<E> result = new LinkedHashSet<>();
        for (String value : values) {
            for (String part : value.split(",", -1)) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                try {
                    result.add(Enum.valueOf(type, p.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw bad("parameter '" + name + "': unknown value '" + printable(p) + "'; expected some of "
                            + List.of(type.getEnumConstants()));
                }
            }
        }
        return result.isEmpty() ? null : new ArrayList<>(result);
    }

    static ApiException bad(String message) {
        return new ApiException(ErrorCode.BAD_USER_INPUT, message);
    }

    /** A caller's text in a message, only when it is a plain word: never a number that might be an ID (D12). */
    private static String printable(String s) {
        return s.matches("[A-Za-z_]{1,40}") ? s : "(not shown)";
    }
}
