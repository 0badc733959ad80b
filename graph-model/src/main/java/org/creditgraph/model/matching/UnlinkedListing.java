package org.creditgraph.model.matching;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agreed shape of a listing without a code (issue 9): a World Bank debarment row becomes a
 * {@code (:Listing)} with these properties and NO {@code [:OF]} relationship until it is matched.
 * Matching links it with {@link #LINK}, the relationship the listings loader creates for USCC
 * listings, so that the sanction check (D7) needs no change. The one place this shape is written
 * down; the regimes loader and the matching tests both use it.
 */
public record UnlinkedListing(
        String key,
        String list,
        String subjectName,
        String subjectNameZh,
        String caseNumber,
        List<String> addresses,
        String country,
        boolean permanent,
        LocalDate listedOn,
        LocalDate expiresOn,
        String reason) {

    public static final String WORLD_BANK_DEBARMENT = "WORLD_BANK_DEBARMENT";

    /** {@code origin} of an {@code [:OF]} made by matching; a reload of the list keeps such links. */
    public static final String MATCH_ORIGIN = "MATCH";

    /** Writes listings ({@code $rows} of {@link #properties()}) without touching their links. */
    public static final String MERGE = "UNWIND $rows AS row MERGE (l:Listing {key: row.key}) SET l += row";

    /**
     * Links listing {@code l} to enterprise {@code e}; {@code row} holds the decision's {@code score},
     * {@code decidedBy} and {@code decidedAt}.
     */
    public static final String LINK = "MERGE (l)-[of:OF]->(e) SET of.origin = '" + MATCH_ORIGIN + "',"
            + " of.score = row.score, of.decidedBy = row.decidedBy, of.decidedAt = row.decidedAt";

    public UnlinkedListing {
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }

    public Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        p.put("key", key);
        p.put("list", list);
        p.put("subjectName", subjectName);
        p.put("subjectNameZh", subjectNameZh);
        p.put("caseNumber", caseNumber);
        p.put("addresses", addresses);
        p.put("country", country);
        p.put("permanent", permanent);
        p.put("listedOn", listedOn);
        p.put("expiresOn", expiresOn);
        p.put("reason", reason);
        return p;
    }
}
