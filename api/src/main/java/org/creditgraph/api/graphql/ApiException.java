package org.creditgraph.api.graphql;

import java.util.Map;

/** An error meant for the caller: its message and extensions are safe to show (no raw ID numbers). */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient Map<String, Object> extensions;

    public ApiException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public ApiException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(message, null, false, false);
        this.code = code;
        this.extensions = extensions;
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
