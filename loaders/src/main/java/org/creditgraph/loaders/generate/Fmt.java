package org.creditgraph.loaders.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/** Formatting and date helpers of the generator. */
final class Fmt {

    private Fmt() {}

    /** yyyy-MM-dd, or empty for null. */
    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** An amount in CNY as 万元 with as few decimals as needed: 35000 → {@code 3.5}. */
    static String wan(long yuan) {
        return decimal(yuan, 4);
    }

    /** Hundredths as a decimal with two places: 35642 → {@code 356.42}. */
    static String centi(long hundredths) {
        long whole = hundredths / 100;
        long frac = hundredths % 100;
        return whole + (frac < 10 ? ".0" : ".") + frac;
    }

    /** A share in tenths of a percent: 515 → {@code 51.5}, 600 → {@code 60}. */
    static String share(int tenths) {
        return decimal(tenths, 1);
    }

    private static String decimal(long value, int scale) {
        long div = 1;
        for (int i = 0; i < scale; i++) {
            div *= 10;
        }
        long whole = value / div;
        long frac = value % div;
        if (frac == 0) {
            return Long.toString(whole);
        }
        StringBuilder f = new StringBuilder(Long.toString(frac));
        while (f.length() < scale) {
            f.insert(0, '0');
        }
        int end = f.length();
        while (f.charAt(end - 1) == '0') {
            end--;
        }
        return whole + "." + f.substring(0, end);
    }

    /** A uniformly random day in [from, to]; {@code from} when the range is empty. */
    static LocalDate between(SplittableRandom r, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(r.nextLong(days + 1));
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** {@code n} between lo and hi inclusive. */
    static int in(SplittableRandom r, int lo, int hi) {
        return lo + r.nextInt(hi - lo + 1);
    }

    static long in(SplittableRandom r, long lo, long hi) {
        return lo + r.nextLong(hi - lo + 1);
    }

    /** The month·day tag of an accident title: {@code “3·15”}. */
    static String tag(LocalDate d) {
        return "“" + d.getMonthValue() + "·" + d.getDayOfMonth() + "”";
    }

    static String chineseDate(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
