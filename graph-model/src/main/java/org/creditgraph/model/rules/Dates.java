package org.creditgraph.model.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsing of the date formats found in published records: {@code 2023-01-05}, {@code 2023-1-5},
 * {@code 2023/01/05}, {@code 2023.01.05}, {@code 20230105}, {@code 2023年1月5日} (or 号), with
 * full-width digits folded and an optional time of day ignored. Dates feed every time rule (D3, D5,
 * D6, D9, D10), which take "as of" as an argument and never read the clock.
 */
public final class Dates {

    private static final String CLOCK = "\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?";
    private static final String TIME = "(?:(?:T|\\s+)" + CLOCK + ")?";
    private static final Pattern SEPARATED =
            Pattern.compile("(\\d{4})\\s*([-/.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{1,2})" + TIME);
    private static final Pattern CHINESE =
            Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号](?:\\s*" + CLOCK + ")?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})" + TIME);

    private Dates() {}

    /**
     * A calendar date; throws {@link IllegalArgumentException} with {@code unrecognised date format
     * "..."} or {@code impossible date 2023-02-30}.
     */
    public static LocalDate parse(String text) {
        String t = TextNormaliser.fold(text);
        Matcher m = SEPARATED.matcher(t);
        if (m.matches()) {
            return date(m.group(1), m.group(3), m.group(4));
        }
        m = CHINESE.matcher(t);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(t);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        throw new IllegalArgumentException("unrecognised date format \"" + (text == null ? "" : text) + "\"");
    }

    /** Empty for null or blank text; otherwise as {@link #parse(String)}, which may throw. */
    public static Optional<LocalDate> optional(String text) {
        return TextNormaliser.fold(text).isEmpty() ? Optional.empty() : Optional.of(parse(text));
    }

    private static LocalDate date(String year, String month, String day) {
        int y = Integer.parseInt(year);
        int m = Integer.parseInt(month);
        int d = Integer.parseInt(day);
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(String.format("impossible date %04d-%02d-%02d", y, m, d), e);
        }
    }
}
