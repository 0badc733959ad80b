package org.creditgraph.model.rules;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * D11: amounts of money as exact CNY (元) decimals, never floating point. Sources give fines and
 * losses in 万元 (10,000 CNY) or in 元; both are parsed here.
 */
public final class Money {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?|\\.\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");

    private Money() {}

    /**
     * D11: an amount in 万元 converted to CNY, exactly. Spaces, thousands separators (grouped by 3),
     * full-width characters, a leading 人民币/¥/RMB and a trailing 万元/万 are accepted. A trailing
     * bare 元 means the cell is already in CNY and is honoured. Negative or non-numeric text is
     * rejected with {@link IllegalArgumentException}.
     */
    public static BigDecimal wanToYuan(String text) {
        return parse(text, TEN_THOUSAND, "万元");
    }

    /** D11: an amount already in 元; like {@link #wanToYuan} but a bare number is taken as CNY. */
    public static BigDecimal yuan(String text) {
        return parse(text, BigDecimal.ONE, "元");
    }

    /**
     * D11: trailing zeros stripped, but never a negative scale, so that {@link BigDecimal#toString()}
     * never uses scientific notation ({@code 50000}, not {@code 5E+4}).
     */
    public static BigDecimal canonical(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** D11: the amount as plain digits without trailing zeros ({@code 50000}, {@code 1234.5}); null stays null. */
    public static String toPlainString(BigDecimal amount) {
        return amount == null ? null : canonical(amount).toPlainString();
    }

    private static BigDecimal parse(String text, BigDecimal defaultFactor, String unit) {
        String t = TextNormaliser.fold(text).replaceAll("\\s+", "");
        if (t.isEmpty()) {
            throw new IllegalArgumentException("amount is empty (expected a number of " + unit + ")");
        }
        for (String prefix : new String[] {"人民币", "¥", "RMB", "rmb", "CNY"}) {
            if (t.startsWith(prefix)) {
                t = t.substring(prefix.length());
            }
        }
        BigDecimal factor = defaultFactor;
        if (t.endsWith("万元") || t.endsWith("万")) {
            factor = TEN_THOUSAND;
            t = t.substring(0, t.lastIndexOf('万'));
        } else if (t.endsWith("元")) {
            factor = BigDecimal.ONE;
            t = t.substring(0, t.length() - 1);
        }
        if (t.startsWith("-")) {
            throw new IllegalArgumentException("amount must not be negative: \"" + text + "\"");
        }
        if (t.startsWith("+")) {
            t = t.substring(1);
        }
        if (t.indexOf(',') >= 0) {
            if (!GROUPED.matcher(t).matches()) {
                throw new IllegalArgumentException("misplaced thousands separator in amount \"" + text + "\"");
            }
            t = t.replace(",", "");
        }
        if (!PLAIN.matcher(t).matches()) {
            throw new IllegalArgumentException("amount is not a number: \"" + text + "\" (expected " + unit + ")");
        }
        return canonical(new BigDecimal(t).multiply(factor));
    }
}
