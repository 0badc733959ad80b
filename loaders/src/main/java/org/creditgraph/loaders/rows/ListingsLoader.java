package org.creditgraph.loaders.rows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.rules.LegacyCodes;
import org.creditgraph.model.rules.ListingRegime;
import org.creditgraph.model.rules.ResidentId;
import org.creditgraph.model.rules.ResidentIdScrubber;
import org.creditgraph.model.rules.TextNormaliser;
import org.creditgraph.model.rules.Uscc;

/**
 * KIND listings: key (名单类型, 主体代码, 列入日期). D3: the regime (data, {@link ListingRegime}) decides
 * the management period and whether a row must name its subject by code; the 认定依据 references
 * become BASED_ON links to the penalties and accidents they name.
 *
 * <p>A row of a regime that does not require a code (World Bank debarment) and has none becomes a
 * listing with no subject: keyed by the name as published, with {@code subjectName}, {@code
 * subjectNameZh} (the Chinese name), {@code caseNumber} ({@code *NNN}), {@code publishedCode} (a USCC
 * quoted in the name, a hint only), {@code country},
 * {@code addresses} (rows repeating the listing in one run add their addresses) and {@code
 * permanent} (the regime's permanence marker as expiry). Entity matching links it later with {@code
 * MERGE (l)-[:OF {origin: 'MATCH'}]->(e)}; a reload keeps OF links whose origin is MATCH and
 * replaces only the links the loader made.
 */
public final class ListingsLoader implements KindLoader {

    @Override
    public Map<String, Object> map(Cells c) {
        String listText = c.required("list");
        ListingRegime regime = ListingRegime.parse(listText)
                .orElseThrow(() -> new RejectedRow("unknown 名单类型 '" + listText + "' (expected one of "
                        + ListingRegime.values().stream()
                                .map(r -> r.zh() + " (" + r.name() + ")")
                                .collect(Collectors.joining(", "))
                        + ")"));
        String subjectType = c.text("subject_type");
        boolean person = subjectType != null && (subjectType.contains("自然人") || subjectType.equalsIgnoreCase("PERSON"));
        SubjectKind kind = person ? SubjectKind.PERSON : SubjectKind.ENTERPRISE;
        if (!regime.subjectKinds().contains(kind)) {
            throw new RejectedRow(regime.name() + " lists no " + (person ? "natural persons (自然人)" : "units (法人)"));
        }
        Legacy legacy = person ? Legacy.NONE : legacy(c);
        String codeCell = c.text("code");
        if (codeCell == null && legacy != Legacy.NONE) {
            return legacyOnly(c, regime, listText, legacy);
        }
        if (!regime.subjectCodeRequired() && codeCell == null) {
            return unidentified(c, regime, listText, person);
        }
        String rawCode = c.required("code");
        String code = Uscc.normalise(rawCode);
        Map<String, Object> row = new HashMap<>();
        String name = c.name("name");
        if (person) {
            var id = c.person("code", null, true);
            row.put("person", Cells.params(id, name, null));
            row.put("uscc", null);
            code = id.key();
        } else {
            // D1: a 15-digit registration number or a 9-character organisation code where the USCC belongs
            String folded = LegacyCodes.normalise(rawCode);
            if (folded.length() == 15 && folded.chars().allMatch(Character::isDigit)) {
                return legacyOnly(c, regime, listText, legacy.withRegistrationNumber(folded, c));
            }
            if (folded.length() == 9 && LegacyCodes.orgCode(folded).wellFormed()) {
                return legacyOnly(c, regime, listText, legacy.withOrgCode(folded, c));
            }
            // D1/D12: a resident ID number is never an enterprise's USCC
            if (ResidentIdScrubber.isResidentIdRatherThanUscc(code)) {
                throw new RejectedRow("主体类别 is " + (subjectType == null ? "empty" : subjectType)
                        + " but the code is a resident ID number (" + ResidentId.mask(code)
                        + "): set 主体类别=自然人");
            }
            code = c.uscc("code", true);
            row.put("uscc", code);
            row.put("person", null);
        }
        Map<String, Object> props = props(c, regime, listText, person, name);
        props.put("subjectCode", person ? null : code);
        props.put("registrationNumber", legacy.registrationNumber());
        props.put("orgCode", legacy.orgCode());
        props.put("sourceId", c.text("source_id"));
        row.put("key", regime.name() + "|" + code + "|" + props.get("listedOn"));
        row.put("legacyIds", legacy.codes());
        return finish(row, props, name, List.of());
    }

    /** The legacy identifiers of a row (D1: GB 11714 organisation code, 15-digit registration number). */
    record Legacy(String registrationNumber, String orgCode) {
        static final Legacy NONE = new Legacy(null, null);

        Legacy withRegistrationNumber(String number, Cells c) {
            return new Legacy(checkedRegistrationNumber(number, "统一社会信用代码或证件号码", c), orgCode);
        }

        Legacy withOrgCode(String code, Cells c) {
            return new Legacy(registrationNumber, checkedOrgCode(code, "统一社会信用代码或证件号码", c));
        }

        /** The key code: the organisation code (what the USCC embeds), else the registration number. */
        String keyCode() {
            return orgCode != null ? orgCode : registrationNumber;
        }

        List<String> codes() {
            return java.util.stream.Stream.of(registrationNumber, orgCode)
                    .filter(java.util.Objects::nonNull)
                    .toList();
        }
    }

    private static Legacy legacy(Cells c) {
        String number = c.text("registration_number");
        String org = c.text("org_code");
        String registration = null;
        String orgCode = null;
        if (number != null) {
            String folded = LegacyCodes.normalise(number);
            if (LegacyCodes.registrationNumber(folded).wellFormed()) {
                registration = checkedRegistrationNumber(folded, "工商注册号", c);
            } else {
                c.warn("工商注册号 '" + folded + "' is not a 15-digit registration number: "
                        + LegacyCodes.registrationNumber(folded).problem().orElseThrow() + "; ignored");
            }
        }
        if (org != null) {
            String folded = LegacyCodes.normalise(org);
            if (folded.length() == 18 && Uscc.check(folded).wellFormed()) {
                // some lists put the USCC in the organisation-code column: positions 9–17 are the code
                folded = LegacyCodes.orgCodeOf(folded).orElseThrow();
            }
            if (LegacyCodes.orgCode(folded).wellFormed()) {
                orgCode = checkedOrgCode(folded, "组织机构代码", c);
            } else {
                c.warn("组织机构代码 '" + folded + "' is malformed (GB 11714): "
                        + LegacyCodes.orgCode(folded).problem().orElseThrow() + "; ignored");
            }
        }
        return registration == null && orgCode == null ? Legacy.NONE : new Legacy(registration, orgCode);
    }

    private static String checkedRegistrationNumber(String number, String column, Cells c) {
        LegacyCodes.Check check = LegacyCodes.registrationNumber(number);
        if (!check.checkDigitValid()) {
            c.warn(column + " " + number + " fails the GS 15-2006 check digit (numbers issued before 2007 may); kept");
        }
        return number;
    }

    private static String checkedOrgCode(String code, String column, Cells c) {
        LegacyCodes.Check check = LegacyCodes.orgCode(code);
        if (!check.checkDigitValid()) {
            c.warn(column + " " + code + " fails the GB 11714 check character (expected "
                    + LegacyCodes.orgCodeCheckCharacter(code) + "); kept");
        }
        return code;
    }

    /*
     * D1: a unit named only by a legacy identifier. Kept, keyed by that identifier; the writer links it
     * to the enterprise whose USCC embeds the organisation code (GB 32100 positions 9–17) or which
     * holds the identifier among its legacy ids; otherwise it stays unlinked with its name, for entity
     * matching and for checks and searches by name.
     */
    private static Map<String, Object> legacyOnly(Cells c, ListingRegime regime, String listText, Legacy legacy) {
        String name = c.name("name");
        if (name == null) {
            throw new RejectedRow("missing 主体名称: a listing with only a legacy identifier (" + legacy.keyCode()
                    + ") needs the unit's name");
        }
        Map<String, Object> props = props(c, regime, listText, false, name);
        props.put("subjectCode", null);
        props.put("subjectName", name);
        props.put("registrationNumber", legacy.registrationNumber());
        props.put("orgCode", legacy.orgCode());
        props.put("legacyCode", legacy.keyCode());
        props.put("sourceId", c.text("source_id"));
        Map<String, Object> row = new HashMap<>();
        row.put("uscc", null);
        row.put("person", null);
        row.put("legacyIds", legacy.codes());
        row.put("legacyOrgCode", legacy.orgCode());
        row.put("legacyRegistrationNumber", legacy.registrationNumber());
        row.put("key", regime.name() + "|" + legacy.keyCode() + "|" + props.get("listedOn"));
        return finish(row, props, name, List.of());
    }

    // A listing of a regime that names subjects without a code: no OF link until entity matching makes one.
    private static Map<String, Object> unidentified(Cells c, ListingRegime regime, String listText, boolean person) {
        String published = c.text("name");
        if (published == null) {
            throw new RejectedRow("missing 主体名称: a listing without 统一社会信用代码或证件号码 is identified by its name");
        }
        PublishedName name = PublishedName.parse(published);
        Map<String, Object> props = props(c, regime, listText, person, name.name());
        props.put("subjectCode", null);
        props.put("subjectName", name.name());
        props.put("subjectNameZh", name.nameZh());
        props.put("caseNumber", name.caseNumber());
        props.put("publishedCode", name.publishedCode());
        props.put("country", c.text("country"));
        Map<String, Object> row = new HashMap<>();
        row.put("uscc", null);
        row.put("person", null);
        // the source's own entry id keeps distinct entries with one name apart (OFAC: one per programme)
        String sourceId = c.text("source_id");
        props.put("sourceId", sourceId);
        row.put("legacyIds", List.of());
        row.put(
                "key",
                regime.name() + "|" + TextNormaliser.code(published) + (sourceId == null ? "" : "#" + sourceId) + "|"
                        + props.get("listedOn"));
        String address = c.text("address");
        return finish(row, props, name.name(), address == null ? List.of() : List.of(address));
    }

    private static Map<String, Object> props(
            Cells c, ListingRegime regime, String listText, boolean person, String name) {
        LocalDate listedOn = c.date("listed_on", true);
        LocalDate expiresOn = c.endDate("expires_on", listedOn, "listed_on");
        LocalDate removedOn = c.endDate("removed_on", listedOn, "listed_on");
        LocalDate restoredOn = c.date("restored_on", false);
        if (restoredOn != null && (removedOn == null || restoredOn.isBefore(removedOn))) {
            throw new RejectedRow("恢复日期 needs an earlier 移出日期 (a restoration revokes an early removal, D3)");
        }
        // D3: the regime's permanence marker (World Bank: 2999-12-31) is no date but "never expires"
        boolean permanent = regime.isPermanentExpiry(expiresOn);
        List<String> basis =
                c.list("basis").stream().map(TextNormaliser::compact).toList();
        Map<String, Object> props = new HashMap<>();
        props.put("list", regime.name());
        props.put("listText", listText);
        props.put("subjectType", person ? "自然人" : "法人");
        props.put("name", name);
        props.put("reason", c.text("reason"));
        props.put("basis", basis);
        props.put("authorityName", c.name("authority_name"));
        props.put("authorityUscc", c.uscc("authority_uscc", false));
        props.put("listedOn", listedOn);
        props.put("expiresOn", permanent ? null : expiresOn);
        props.put("permanent", permanent);
        props.put("removedOn", removedOn);
        props.put("removalReason", c.text("removal_reason"));
        props.put("restoredOn", restoredOn);
        return props;
    }

    private static Map<String, Object> finish(
            Map<String, Object> row, Map<String, Object> props, String name, List<String> addresses) {
        row.put("name", name);
        row.put("basis", props.get("basis"));
        row.put("authorityUscc", props.get("authorityUscc"));
        row.put("authorityName", props.get("authorityName"));
        row.put("addresses", addresses);
        row.put("props", props);
        return row;
    }

    /**
     * Returns {@code unchanged}, and {@code created}, {@code updated} and {@code merged}: rows that
     * created a listing, rewrote one held before this run, or were merged into one this run had
     * already written (World Bank: one row per address of the same debarment).
     */
    @Override
    public String upsertStatement() {
        return "UNWIND $rows AS row "
                + "MERGE (l:Listing {key: row.key}) ON CREATE SET l.firstLoadRun = $run.id "
                // several rows of one listing (World Bank: one per address) each keep their hash
                + "WITH l, row, coalesce(l.rowHash = row.hash OR row.hash IN l.rowHashes, false) AS same "
                + "CALL (l, row, same) { WITH * WHERE same RETURN 'unchanged' AS outcome "
                + "UNION "
                + "  WITH * WHERE NOT same "
                + "  WITH l, row, coalesce(l.loadRun = $run.id, false) AS sameRun, "
                + "    coalesce(l.firstLoadRun = $run.id, false) AS fresh "
                + "  SET l.addresses = CASE WHEN sameRun THEN coalesce(l.addresses, [])"
                + "      + [a IN row.addresses WHERE NOT a IN coalesce(l.addresses, [])] ELSE row.addresses END, "
                + "    l.rowHashes = CASE WHEN sameRun THEN coalesce(l.rowHashes, []) + row.hash ELSE [row.hash] END "
                + "  SET l += row.props, " + Cypher.provenance("l")
                + "  WITH l, row, sameRun, fresh "
                // links made by entity matching (origin MATCH) survive a reload; the loader's own are replaced
                + "  OPTIONAL MATCH (l)-[old:OF|BASED_ON|DECIDED_BY]->() WHERE coalesce(old.origin, '') <> 'MATCH' "
                + "  DELETE old "
                + "  WITH DISTINCT l, row, sameRun, fresh "
                + "  CALL (l, row) { WITH * WHERE row.uscc IS NOT NULL "
                + Cypher.enterprise("e", "row.uscc", "row.name")
                + "    MERGE (l)-[:OF]->(e) "
                // D1: the legacy identifiers the row gives beside the USCC identify the enterprise later
                + "    WITH e, row WHERE any(x IN row.legacyIds WHERE NOT x IN coalesce(e.legacyIds, [])) "
                + "    SET e.legacyIds = coalesce(e.legacyIds, []) "
                + "      + [x IN row.legacyIds WHERE NOT x IN coalesce(e.legacyIds, [])] } "
                // D1: a legacy identifier only: the enterprise whose USCC embeds the organisation code
                // (GB 32100 positions 9–17), else the one holding the identifier; never a guess between two
                + "  CALL (l, row) { WITH * WHERE row.uscc IS NULL AND row.person IS NULL AND size(row.legacyIds) > 0 "
                + "    OPTIONAL MATCH (byOrg:Enterprise {orgCode: row.legacyOrgCode}) "
                + "    WITH l, row, collect(DISTINCT byOrg) AS byOrg "
                + "    OPTIONAL MATCH (byId:Enterprise) WHERE size(byOrg) = 0 "
                + "      AND any(x IN row.legacyIds WHERE x IN coalesce(byId.legacyIds, [])) "
                + "    WITH l, byOrg, collect(DISTINCT byId) AS byId "
                + "    WITH l, CASE WHEN size(byOrg) = 1 THEN byOrg WHEN size(byOrg) = 0 AND size(byId) = 1 "
                + "      THEN byId ELSE [] END AS targets "
                + "    FOREACH (e IN targets | MERGE (l)-[:OF {origin: 'LEGACY_ID'}]->(e)) } "
                + "  CALL (l, row) { WITH * WHERE row.person IS NOT NULL "
                + Cypher.person("p", "row.person")
                + "    MERGE (l)-[:OF]->(p) } "
                + "  CALL (l, row) { WITH * WHERE row.authorityUscc IS NOT NULL "
                + "    MERGE (a:Authority {uscc: row.authorityUscc}) "
                + "    ON CREATE SET a.name = coalesce(row.authorityName, row.authorityUscc) "
                + "    MERGE (l)-[:DECIDED_BY]->(a) } "
                + "  CALL (l, row) { UNWIND row.basis AS ref "
                + "    OPTIONAL MATCH (pen:Penalty {decisionNumber: ref}) "
                + "    OPTIONAL MATCH (acc:Accident {accidentNumber: ref}) "
                + "    WITH l, [n IN collect(DISTINCT pen) + collect(DISTINCT acc) WHERE n IS NOT NULL] AS records "
                + "    FOREACH (n IN records | MERGE (l)-[:BASED_ON]->(n)) } "
                + "  RETURN CASE WHEN sameRun THEN 'merged' WHEN fresh THEN 'created' ELSE 'updated' END AS outcome "
                + "} "
                + "RETURN count(CASE WHEN outcome = 'unchanged' THEN 1 END) AS unchanged, "
                + "  count(CASE WHEN outcome = 'created' THEN 1 END) AS created, "
                + "  count(CASE WHEN outcome = 'updated' THEN 1 END) AS updated, "
                + "  count(CASE WHEN outcome = 'merged' THEN 1 END) AS merged";
    }
}
