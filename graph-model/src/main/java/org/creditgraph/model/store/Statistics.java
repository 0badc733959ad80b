package org.creditgraph.model.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.creditgraph.model.rules.Money;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Group-by counts and sums over records (统计), computed by Cypher aggregation in one query. The
 * record stores own the statistics of their records ({@link PenaltyStore#statistics},
 * {@link AccidentStore#statistics}) so that an aggregate reads exactly the records their
 * connection would list to the same caller: the same filter and the same D6 visibility predicate.
 * This class holds only what the two have in common: dimensions, buckets, grouping Cypher and exact
 * decimal sums.
 */
public final class Statistics {

    /** Dimensions to group by (统计维度). Each record kind supports a subset ({@code dimensions()} of its store). */
    public enum Dimension {
        /** Year of the decision or occurrence (年度). */
        YEAR,
        /** Administrative region code (行政区划代码). */
        REGION,
        /** Industry code (行业代码). */
        INDUSTRY,
        /** Penalty type (处罚类别, D11); a decision with several types counts once under each. */
        PENALTY_TYPE,
        /** Deciding authority's USCC (处罚机关). */
        AUTHORITY,
        /** Accident grade (事故等级, D2). */
        GRADE
    }

    /** One group of penalties: its key values, how many, and the exact sum of their fines in CNY. */
    public record PenaltyBucket(String key, List<String> keys, long count, String fineTotalYuan) {}

    /** One group of accidents: its key values, how many, the sums of deaths, serious injuries and direct loss. */
    public record AccidentBucket(
            String key, List<String> keys, long count, long deaths, long seriousInjuries, String directLossYuan) {}

    /** Key values of several dimensions are joined with this character in {@code key}. */
    public static final String KEY_SEPARATOR = "|";

    /** Decimal places kept by {@link #exactSum}; stored amounts have at most 2 (万元 with 6 decimals). */
    static final int SUM_SCALE = 8;

    private Statistics() {}

    /** The dimensions in order, refusing an unsupported or repeated one with {@link IllegalArgumentException}. */
    static List<Dimension> validate(List<Dimension> groupBy, Set<Dimension> supported, String records) {
        List<Dimension> dims = groupBy == null ? List.of() : List.copyOf(groupBy);
        Set<Dimension> seen = EnumSet.noneOf(Dimension.class);
        for (Dimension d : dims) {
            if (!supported.contains(d)) {
                throw new IllegalArgumentException(
                        "cannot group " + records + " by " + d + "; use " + sorted(supported));
            }
            if (!seen.add(d)) {
                throw new IllegalArgumentException("dimension " + d + " is given twice");
            }
        }
        return dims;
    }

    /** The dimensions in declaration order, for messages. */
    public static String sorted(Set<Dimension> dims) {
        return EnumSet.copyOf(dims).toString();
    }

    /**
     * The Cypher of a group-by over {@code n}: {@code match} (MATCH ... WHERE ...), an optional
     * {@code unwind} clause needed by some dimension, then one row per group with {@code keys}
     * (a list of strings, '' for a missing value), {@code count} and the given aggregations.
     */
    static String groupBy(
            String match,
            String unwind,
            List<Dimension> dims,
            Map<Dimension, String> keyExpressions,
            List<String> aggregations) {
        List<String> keys = new ArrayList<>();
        for (Dimension d : dims) {
            keys.add("coalesce(toString(" + keyExpressions.get(d) + "), '')");
        }
        return match + " " + unwind + " WITH n, [" + String.join(", ", keys) + "] AS keys"
                + " RETURN keys, count(*) AS count"
                + (aggregations.isEmpty() ? "" : ", " + String.join(", ", aggregations));
    }

    /**
     * Cypher aggregations for the exact sum of a decimal-string property ({@code "1234.5"}): the
     * integer parts and the fractions (scaled to {@link #SUM_SCALE} places) are summed as integers,
     * so no floating point is involved (D11). Read back with {@link #decimal}.
     */
    static List<String> exactSum(String property, String alias) {
        String parts = "split(coalesce(" + property + ", '0'), '.')";
        return List.of(
                "sum(toInteger(" + parts + "[0])) AS " + alias + "Units",
                "sum(CASE WHEN size(" + parts + ") > 1 THEN toInteger(left(" + parts + "[1] + '" + "0".repeat(SUM_SCALE)
                        + "', " + SUM_SCALE + ")) ELSE 0 END) AS " + alias + "Fraction");
    }

    /** D11: the exact sum written by {@link #exactSum}, as plain digits without trailing zeros. */
    static String decimal(Record row, String alias) {
        BigDecimal units = BigDecimal.valueOf(row.get(alias + "Units").asLong());
        BigDecimal fraction = BigDecimal.valueOf(row.get(alias + "Fraction").asLong(), SUM_SCALE);
        return Money.toPlainString(units.add(fraction));
    }

    static List<String> keys(Record row) {
        return row.get("keys").asList(Value::asString);
    }

    static String key(List<String> keys) {
        return String.join(KEY_SEPARATOR, keys);
    }

    /** Buckets in the order of their key values, dimension by dimension. */
    static <B> List<B> sortedByKeys(List<B> buckets, java.util.function.Function<B, List<String>> keys) {
        Comparator<List<String>> byValues = (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int c = a.get(i).compareTo(b.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.size(), b.size());
        };
        List<B> sorted = new ArrayList<>(buckets);
        sorted.sort(Comparator.comparing(keys, byValues));
        return sorted;
    }
}
