package org.creditgraph.loaders.rows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.creditgraph.model.SubjectKind;
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
        if (!regime.subjectCodeRequired() && c.text("code") == null) {
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
            if (code.length() == 15 && code.chars().allMatch(Character::isDigit)) {
                throw new RejectedRow(
                        "统一社会信用代码或证件号码 is a 15-digit registration number (工商注册号) " + code
                                + ", not a USCC: the listing cannot be tied to an enterprise; the number is kept as a"
                                + " legacy identifier of a known enterprise with this exact name",
                        name == null ? null : new RejectedRow.LegacyId(name, code));
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
        row.put("key", regime.name() + "|" + code + "|" + props.get("listedOn"));
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
        row.put("key", regime.name() + "|" + TextNormaliser.code(published) + "|" + props.get("listedOn"));
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

    @Override
    public String upsertStatement() {
        return "UNWIND $rows AS row "
                + "MERGE (l:Listing {key: row.key}) "
                // several rows of one listing (World Bank: one per address) each keep their hash
                + "WITH l, row, coalesce(l.rowHash = row.hash OR row.hash IN l.rowHashes, false) AS same "
                + "CALL (l, row, same) { WITH * WHERE NOT same "
                + "  WITH l, row, coalesce(l.loadRun = $run.id, false) AS sameRun "
                + "  SET l.addresses = CASE WHEN sameRun THEN coalesce(l.addresses, [])"
                + "      + [a IN row.addresses WHERE NOT a IN coalesce(l.addresses, [])] ELSE row.addresses END, "
                + "    l.rowHashes = CASE WHEN sameRun THEN coalesce(l.rowHashes, []) + row.hash ELSE [row.hash] END "
                + "  SET l += row.props, " + Cypher.provenance("l")
                + "  WITH l, row "
                // links made by entity matching (origin MATCH) survive a reload; the loader's own are replaced
                + "  OPTIONAL MATCH (l)-[old:OF|BASED_ON|DECIDED_BY]->() WHERE coalesce(old.origin, '') <> 'MATCH' "
                + "  DELETE old "
                + "  WITH DISTINCT l, row "
                + "  CALL (l, row) { WITH * WHERE row.uscc IS NOT NULL "
                + Cypher.enterprise("e", "row.uscc", "row.name")
                + "    MERGE (l)-[:OF]->(e) } "
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
                + "} "
                + Cypher.RETURN_UNCHANGED;
    }
}
