package org.creditgraph.model.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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

    /** GB/T 4754-2017 names of sections (letters) and divisions (two digits), shipped as data. */
    public static final String NAMES_RESOURCE = "industry/gb4754-2017.csv";

    private static final Map<String, String> NAMES = loadNames();

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

    /**
     * GB/T 4754-2017: the name of an industry code, section and division ("采矿业 · 煤炭开采和洗选业"
     * for {@code B0610}, "制造业" for {@code C}); empty when {@link #section} finds no section.
     */
    public static Optional<String> name(String industryCode) {
        Optional<Character> section = section(industryCode);
        if (section.isEmpty()) {
            return Optional.empty();
        }
        String sectionName = NAMES.get(String.valueOf(section.get()));
        Matcher m = CODE.matcher(TextNormaliser.code(industryCode));
        String division =
                m.matches() && m.group(2) != null ? NAMES.get(m.group(2).substring(0, 2)) : null;
        return Optional.ofNullable(division == null ? sectionName : sectionName + " · " + division);
    }

    private static Map<String, String> loadNames() {
        Map<String, String> names = new HashMap<>();
        InputStream in = Industry.class.getClassLoader().getResourceAsStream(NAMES_RESOURCE);
        if (in == null) {
            throw new IllegalStateException(NAMES_RESOURCE + " is missing from the classpath");
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int comma = line.indexOf(',');
                if (!line.startsWith("#") && comma > 0) {
                    names.put(
                            line.substring(0, comma).strip(),
                            line.substring(comma + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
