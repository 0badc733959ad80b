package org.creditgraph.model.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * D6: the graded publicity periods that 信用修复管理办法 (国家发展改革委令2025年第36号) sets for penalties
 * decided on or after {@link #GRADED_FROM}: 轻微, 一般 (3 months to 1 year) and 严重 (1 to 3 years), the
 * grade following from the penalty's D11 types. The grading is data: the shipped {@code
 * publicity/grades.csv}, or the regulator's catalogue named by {@code CREDITGRAPH_PUBLICITY_GRADES_FILE}
 * instead. Decisions before that day, and penalties of no known type, keep the three-year maximum.
 */
public final class PublicityGrades {

    public static final String RESOURCE = "publicity/grades.csv";
    public static final String FILE_VARIABLE = "CREDITGRAPH_PUBLICITY_GRADES_FILE";

    /** D6: the day 信用修复管理办法 (发改委令2025年第36号) takes effect. */
    public static final LocalDate GRADED_FROM = LocalDate.of(2026, 4, 1);

    /** D6: the maximum period before {@link #GRADED_FROM}, and of a penalty of no known type. */
    public static final int UNGRADED_MAXIMUM_MONTHS = 12 * Publicity.MAXIMUM_YEARS;

    /** D6: 严重, 一般, 轻微. */
    public enum Grade {
        SERIOUS,
        GENERAL,
        MINOR
    }

    /** One grade: the D11 types that make it (see the class comment for how) and its periods. */
    public record Period(Grade grade, String zh, Set<PenaltyType> types, int minimumMonths, int maximumMonths) {
        public Period {
            types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
            if (minimumMonths < 0 || maximumMonths < minimumMonths) {
                throw new IllegalArgumentException(
                        grade + ": the minimum must be at least 0 and not above the maximum");
            }
        }
    }

    private final Map<Grade, Period> periods;

    private PublicityGrades(Map<Grade, Period> periods) {
        for (Grade g : Grade.values()) {
            if (!periods.containsKey(g)) {
                throw new IllegalArgumentException("publicity grades: no row for " + g);
            }
        }
        this.periods = Map.copyOf(periods);
    }

    /** The shipped grading, or the catalogue of {@code CREDITGRAPH_PUBLICITY_GRADES_FILE}; loaded once. */
    public static PublicityGrades shipped() {
        return Shipped.GRADES;
    }

    private static final class Shipped {
        static final PublicityGrades GRADES = load();

        private static PublicityGrades load() {
            String file = System.getenv(FILE_VARIABLE);
            try {
                if (file != null && !file.isBlank()) {
                    try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                        return parse(in, file);
                    }
                }
                InputStream in = PublicityGrades.class.getClassLoader().getResourceAsStream(RESOURCE);
                if (in == null) {
                    throw new IllegalStateException("publicity grades " + RESOURCE + " are missing from the classpath");
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    return parse(reader, RESOURCE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Parses a grades file: {@code grade,zh,penalty_types,minimum_months,maximum_months}, types
     * separated by spaces, {@code #} comments. A broken row stops start-up with its file and line.
     */
    public static PublicityGrades parse(Reader reader, String source) throws IOException {
        Map<Grade, Period> periods = new EnumMap<>(Grade.class);
        BufferedReader lines = new BufferedReader(reader);
        boolean header = true;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] f = line.split(",", -1);
            try {
                if (f.length != 5) {
                    throw new IllegalArgumentException("5 fields expected, found " + f.length);
                }
                Set<PenaltyType> types = EnumSet.noneOf(PenaltyType.class);
                for (String t : f[2].trim().split("\\s+")) {
                    if (!t.isEmpty()) {
                        types.add(PenaltyType.valueOf(t));
                    }
                }
                Grade grade = Grade.valueOf(f[0].trim());
                if (periods.put(
                                grade,
                                new Period(
                                        grade,
                                        f[1].trim(),
                                        types,
                                        Integer.parseInt(f[3].trim()),
                                        Integer.parseInt(f[4].trim())))
                        != null) {
                    throw new IllegalArgumentException(grade + " given twice");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return new PublicityGrades(periods);
    }

    /** D6: the grade of a penalty of these D11 types; empty when no type is known. */
    public Optional<Grade> grade(Collection<PenaltyType> types) {
        if (types == null || types.isEmpty()) {
            return Optional.empty();
        }
        if (types.stream().anyMatch(periods.get(Grade.SERIOUS).types()::contains)) {
            return Optional.of(Grade.SERIOUS);
        }
        if (periods.get(Grade.MINOR).types().containsAll(types)) {
            return Optional.of(Grade.MINOR);
        }
        return Optional.of(Grade.GENERAL);
    }

    public Period period(Grade grade) {
        return periods.get(grade);
    }

    /** D6: the maximum publicity period in months of a penalty decided that day with these types. */
    public int maximumMonths(LocalDate decidedOn, Collection<PenaltyType> types) {
        if (decidedOn.isBefore(GRADED_FROM)) {
            return UNGRADED_MAXIMUM_MONTHS;
        }
        return grade(types).map(g -> periods.get(g).maximumMonths()).orElse(UNGRADED_MAXIMUM_MONTHS);
    }

    /**
     * The same rule as {@link #maximumMonths} as a Cypher expression over a date and a list of type
     * names, so that stores filter exactly as the Java rule decides.
     */
    public String cypherMaximumMonths(String decidedOn, String types) {
        String t = "coalesce(" + types + ", [])";
        return "CASE WHEN " + decidedOn + " < date('" + GRADED_FROM + "') OR size(" + t + ") = 0 THEN "
                + UNGRADED_MAXIMUM_MONTHS
                + " WHEN any(t IN " + t + " WHERE t IN " + cypherList(Grade.SERIOUS) + ") THEN "
                + periods.get(Grade.SERIOUS).maximumMonths()
                + " WHEN all(t IN " + t + " WHERE t IN " + cypherList(Grade.MINOR) + ") THEN "
                + periods.get(Grade.MINOR).maximumMonths()
                + " ELSE " + periods.get(Grade.GENERAL).maximumMonths() + " END";
    }

    private String cypherList(Grade grade) {
        return periods.get(grade).types().stream()
                .map(type -> "'" + type.name() + "'")
                .sorted()
                .collect(Collectors.joining(", ", "[", "]"));
    }
}
