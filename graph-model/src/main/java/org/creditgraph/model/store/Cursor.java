package org.creditgraph.model.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursor: the sort values of the last row seen, base64url-encoded. Values are
 * strings joined by a unit separator, so they need no escaping.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";
    private static final String PREFIX = "k1" + SEPARATOR;

    private Cursor() {}

    public static String encode(List<String> sortValues) {
        String raw = PREFIX + String.join(SEPARATOR, sortValues);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort values, or an {@link InvalidCursorException} for anything this class did not write. */
    public static List<String> decode(String cursor, int expectedValues) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidCursorException();
        }
        if (!raw.startsWith(PREFIX)) {
            throw new InvalidCursorException();
        }
        List<String> values = List.of(raw.substring(PREFIX.length()).split(SEPARATOR, -1));
        if (values.size() != expectedValues) {
            throw new InvalidCursorException();
        }
        return values;
    }

    /** A cursor that was not issued by this server (or for another connection). */
    public static final class InvalidCursorException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidCursorException() {
            super("invalid cursor: pass an endCursor or edge cursor returned by this connection");
        }
    }
}
