package org.creditgraph.model.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** D5: industry classification (国民经济行业分类, GB/T 4754-2017); the section letter is the "industry". */
public final class Industry {

    private static final Pattern CODE = Pattern.compile("([A-T])?(\\d{2,4})?");

    /** GB/T 4754-2017: the first division (2-digit) of each section A..T. */
    private static final int[] FIRST_DIVISION = {
        1, 6, 13, 44, 47, 51, 53, 61, 63, 66, // A..J
        70, 71, 73, 76, 80, 83, 84, 86, 91, 97 // K..T
    };

    private static final int LAST_DIVISION = 97;

    private Industry() {}

    /**
     * D5: the section letter A..T of an industry code given as {@code C3311}, {@code C} or digits only
     * ({@code 3311}, {@code 331}, {@code 33}, {@code 0610}), derived from the division ranges of
     * GB/T 4754-2017. Empty when the code is blank, malformed, names a division outside 01..97, or
     * carries a letter that contradicts its digits (e.g. {@code A3311}).
     */
    public static Optional<Character> section(String industryCode) {
        Matcher m = CODE.matcher(TextNormaliser.code(industryCode));
        if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
            return Optional.empty();
        }
        Character letter = m.group(1) == null ? null : m.group(1).charAt(0);
        if (m.group(2) == null) {
            return Optional.of(letter);
        }
        Optional<Character> derived =
                sectionOfDivision(Integer.parseInt(m.group(2).substring(0, 2)));
        if (letter != null && derived.isPresent() && !derived.get().equals(letter)) {
            return Optional.empty();
        }
        return derived;
    }

    /** D5: the section letter of a 2-digit division number (1..97) of GB/T 4754-2017. */
    public static Optional<Character> sectionOfDivision(int division) {
        if (division < 1 || division > LAST_DIVISION) {
            return Optional.empty();
        }
        int section = 0;
        while (section + 1 < FIRST_DIVISION.length && FIRST_DIVISION[section + 1] <= division) {
            section++;
        }
        return Optional.of((char) ('A' + section));
    }
}
