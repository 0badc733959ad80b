package org.creditgraph.loaders.rows;

/** Cypher fragments shared by the KIND loaders, so every write records provenance the same way. */
final class Cypher {

    private Cypher() {}

    /** SET items recording which load run, file, checksum and row wrote {@code variable}. */
    static String provenance(String variable) {
        return variable + ".rowHash = row.hash, " + variable + ".loadRun = $run.id, " + variable
                + ".sourceFile = $run.file, " + variable + ".sourceChecksum = $run.checksum, " + variable
                + ".sourceRow = row.line, " + variable + ".dataQualityWarnings = row.warnings";
    }

    /**
     * SET the load run that first wrote {@code variable} from a row of its own (a node created
     * now, or a stub another KIND created); later runs keep it. Watch events name records new in a
     * run by it. Must come before {@link #provenance}, which sets the row hash.
     */
    static String firstLoad(String variable) {
        return "SET " + variable + ".firstLoadRun = CASE WHEN " + variable + ".rowHash IS NULL THEN $run.id ELSE "
                + variable + ".firstLoadRun END ";
    }

    /** GB 32100: the organisation code a USCC embeds at positions 9–17 (D1), for links by legacy code. */
    static final String ORG_CODE = "CASE WHEN size(%1$s) = 18 THEN substring(%1$s, 8, 9) END";

    /** MERGE an enterprise by USCC; created as a stub (name from the referring row) until its own row loads. */
    static String enterprise(String variable, String usccExpression, String nameExpression) {
        return "MERGE (" + variable + ":Enterprise {uscc: " + usccExpression + "}) ON CREATE SET " + variable
                + ".name = coalesce(" + nameExpression + ", " + usccExpression + "), " + variable + ".stub = true, "
                + variable + ".formerNames = [], " + variable + ".legacyIds = [], " + variable + ".orgCode = "
                + ORG_CODE.formatted(usccExpression) + " ";
    }

    /**
     * MERGE a person by keyed hash (D12); {@code personExpression} is a {@code row.*} map holding key,
     * id, masked, name and idType. Name and type are written only when they change, so that
     * concurrent batches naming the same person do not contend for its lock.
     */
    static String person(String variable, String personExpression) {
        String p = personExpression;
        return "MERGE (" + variable + ":Person {key: " + p + ".key}) ON CREATE SET " + variable + ".id = " + p
                + ".id, " + variable + ".maskedIdNumber = " + p + ".masked, " + variable + ".name = coalesce(" + p
                + ".name, ''), " + variable + ".idType = " + p + ".idType "
                + "WITH * CALL (" + variable + ", row) { WITH * WHERE (" + p + ".name IS NOT NULL AND " + variable
                + ".name <> " + p + ".name) OR (" + p + ".idType IS NOT NULL AND coalesce(" + variable
                + ".idType, '') <> " + p + ".idType) SET " + variable + ".name = coalesce(" + p + ".name, "
                + variable + ".name), " + variable + ".idType = coalesce(" + p + ".idType, " + variable
                + ".idType) } ";
    }

    /**
     * A subquery yielding {@code variable}: the enterprise {@code row.<usccField>} when set, else the
     * person {@code row.person}. Used where a party may be either (investors, responsible parties).
     */
    static String enterpriseOrPerson(String variable, String usccField, String nameExpression) {
        return "CALL (row) { "
                + "  WITH row WHERE row." + usccField + " IS NOT NULL "
                + enterprise(variable, "row." + usccField, nameExpression)
                + "  RETURN " + variable
                + "  UNION "
                + "  WITH row WHERE row.person IS NOT NULL "
                + person(variable, "row.person")
                + "  RETURN " + variable
                + "} ";
    }

    /** Row-level change detection: {@code same} is true when the stored row hash equals the new one. */
    static String same(String variable, String carried) {
        return "WITH " + carried + ", coalesce(" + variable + ".rowHash = row.hash, false) AS same ";
    }

    static final String RETURN_UNCHANGED = "RETURN count(CASE WHEN same THEN 1 END) AS unchanged";
}
