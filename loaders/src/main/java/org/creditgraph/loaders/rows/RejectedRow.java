package org.creditgraph.loaders.rows;

/** Thrown while mapping a row that must be rejected; the message is the rejects file's reason. */
public final class RejectedRow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RejectedRow(String reason) {
        super(reason, null, false, false);
    }
}
