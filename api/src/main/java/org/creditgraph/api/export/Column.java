package org.creditgraph.api.export;

import java.util.function.Function;

/**
 * One column of a record export: the Chinese header (the contract §3 header where the loaders have
 * one), the English name (the CSV header in brackets and the NDJSON key), and the value of a row:
 * a String, a number, a Boolean, a LocalDate, a List of Strings or null.
 */
record Column<T>(String zh, String en, Function<T, Object> value) {

    static <T> Column<T> of(String zh, String en, Function<T, Object> value) {
        return new Column<>(zh, en, value);
    }

    /** {@code 中文(english)}, a header the loaders accept too (contract §3). */
    String csvHeader() {
        return zh + "(" + en + ")";
    }
}
