package org.creditgraph.loaders.rows;

import java.util.Optional;

/**
 * Thrown while mapping a row that must be rejected; the message is the rejects file's reason. A
 * row rejected for lack of a USCC may still carry a legacy registration number (工商注册号) to keep on
 * the enterprise of the same name.
 */
public final class RejectedRow extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient LegacyId legacyId;

    public RejectedRow(String reason) {
        this(reason, null);
    }

    public RejectedRow(String reason, LegacyId legacyId) {
        super(reason, null, false, false);
        this.legacyId = legacyId;
    }

    public Optional<LegacyId> legacyId() {
        return Optional.ofNullable(legacyId);
    }

    /** A legacy identifier and the enterprise name it belongs to. */
    public record LegacyId(String enterpriseName, String code) {}

    /** Adds legacy identifiers to the enterprises with exactly these names (existing ones only). */
    public static final String KEEP_LEGACY_IDS = "UNWIND $rows AS row MATCH (e:Enterprise {name: row.enterpriseName}) "
            + "WHERE NOT row.code IN coalesce(e.legacyIds, []) "
            + "SET e.legacyIds = coalesce(e.legacyIds, []) + row.code";
}
