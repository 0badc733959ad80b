package org.creditgraph.embedded;

/** A start-up failure with a message meant for the person at the terminal, not a stack trace. */
public final class EmbeddedStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EmbeddedStartException(String message) {
        super(message, null, false, false);
    }
}
