package org.creditgraph.loaders.kind;

import java.util.List;

/**
 * One column of a loader KIND (contract §3): the canonical Chinese header, the English alias, any
 * further accepted headers, and whether the natural key needs it.
 */
public record Column(String zh, String en, boolean key, List<String> otherHeaders) {

    public static Column key(String zh, String en) {
        return new Column(zh, en, true, List.of());
    }

    public static Column optional(String zh, String en) {
        return new Column(zh, en, false, List.of());
    }

    public Column alsoAccepting(String... headers) {
        return new Column(zh, en, key, List.of(headers));
    }

    /** The header written by the generator: {@code 中文(english)}, which readers accept. */
    public String header() {
        return zh;
    }
}
