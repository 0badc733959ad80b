package org.creditgraph.model.rules;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * D2: grade of a production safety accident (生产安全事故报告和调查处理条例, 国务院令第493号, Art. 3).
 * Constants are declared from the least to the most severe, so {@link #compareTo} orders by severity.
 */
public enum AccidentGrade {
    GENERAL("一般", 0, 0, BigDecimal.ZERO),
    LARGER("较大", 3, 10, new BigDecimal("10000000")),
    MAJOR("重大", 10, 50, new BigDecimal("50000000")),
    ESPECIALLY_MAJOR("特别重大", 30, 100, new BigDecimal("100000000"));

    private final String zh;
    private final int minDeaths;
    private final int minSeriousInjuries;
    private final BigDecimal minDirectLossYuan;

    AccidentGrade(String zh, int minDeaths, int minSeriousInjuries, BigDecimal minDirectLossYuan) {
        this.zh = zh;
        this.minDeaths = minDeaths;
        this.minSeriousInjuries = minSeriousInjuries;
        this.minDirectLossYuan = minDirectLossYuan;
    }

    /**
     * D2: the highest tier that ANY measure reaches; "以上" includes the bound, "以下" excludes it. A
     * null loss counts as 0. Negative figures are rejected with {@link IllegalArgumentException}.
     */
    public static AccidentGrade of(int deaths, int seriousInjuries, BigDecimal directLossYuan) {
        requireNotNegative(deaths, "deaths");
        requireNotNegative(seriousInjuries, "serious injuries");
        BigDecimal loss = directLossYuan == null ? BigDecimal.ZERO : directLossYuan;
        if (loss.signum() < 0) {
            throw new IllegalArgumentException("direct economic loss must not be negative, got " + loss);
        }
        AccidentGrade[] grades = values();
        for (int i = grades.length - 1; i > 0; i--) {
            AccidentGrade grade = grades[i];
            if (deaths >= grade.minDeaths
                    || seriousInjuries >= grade.minSeriousInjuries
                    || loss.compareTo(grade.minDirectLossYuan) >= 0) {
                return grade;
            }
        }
        return GENERAL;
    }

    /** D2: as {@link #of(int, int, BigDecimal)}, with missing (null) figures counted as 0. */
    public static AccidentGrade ofNullable(Integer deaths, Integer seriousInjuries, BigDecimal directLossYuan) {
        return of(deaths == null ? 0 : deaths, seriousInjuries == null ? 0 : seriousInjuries, directLossYuan);
    }

    /** D2: true when this grade is {@code other} or more severe. */
    public boolean atLeast(AccidentGrade other) {
        return compareTo(other) >= 0;
    }

    /** D2: the Chinese name used by 国务院令第493号 (一般, 较大, 重大, 特别重大). */
    public String zh() {
        return zh;
    }

    /**
     * D2: a grade as the source claims it (kept, never trusted): 一般/较大/重大/特别重大, optionally
     * followed by 事故 or 生产安全事故, or an enum name in any case. Anything else is empty.
     */
    public static Optional<AccidentGrade> parseClaimed(String text) {
        String t = TextNormaliser.compact(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (AccidentGrade grade : values()) {
            if (grade.name().equalsIgnoreCase(t)) {
                return Optional.of(grade);
            }
        }
        t = stripSuffix(stripSuffix(stripSuffix(t, "事故"), "生产安全"), "级");
        for (AccidentGrade grade : values()) {
            if (grade.zh.equals(t)) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }

    private static String stripSuffix(String text, String suffix) {
        return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
    }

    private static void requireNotNegative(int value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative, got " + value);
        }
    }
}
