package org.creditgraph.loaders.load;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** A stable digest of a mapped row: an identical re-loaded row is recognised as {@code unchanged}. */
final class RowHash {

    private RowHash() {}

    static String of(Map<String, Object> row) {
        StringBuilder canonical = new StringBuilder();
        append(canonical, row);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append('\u0000');
            case Map<?, ?> map -> {
                out.append('{');
                new TreeMap<>(map).forEach((k, v) -> {
                    out.append(k).append('=');
                    append(out, v);
                    out.append(';');
                });
                out.append('}');
            }
            case Collection<?> list -> {
                out.append('[');
                list.forEach(v -> {
                    append(out, v);
                    out.append(',');
                });
                out.append(']');
            }
            default -> out.append(value.getClass().getSimpleName()).append(':').append(value);
        }
    }
}
