package org.creditgraph.loaders.source;

/** Input that cannot be loaded at all (contract §1: exit code 2): missing file, missing key column, bad encoding. */
public final class UnusableInputException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnusableInputException(String message) {
        super(message);
    }
}
