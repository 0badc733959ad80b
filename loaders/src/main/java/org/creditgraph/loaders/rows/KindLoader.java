package org.creditgraph.loaders.rows;

import java.util.Map;

/**
 * The loader of one KIND: how a row becomes Cypher parameters, and the one UNWIND statement that
 * MERGEs a batch of them on their natural key. The statement receives {@code $rows} (each with
 * {@code hash} and {@code line}) and {@code $run} (provenance) and returns {@code unchanged}.
 */
public interface KindLoader {

    /** Parameters of one accepted row; throws {@link RejectedRow} for a row that must be rejected. */
    Map<String, Object> map(Cells cells);

    String upsertStatement();
}
