package org.creditgraph.loaders.rows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.rules.ListingRegime;
import org.creditgraph.model.rules.ResidentId;
import org.creditgraph.model.rules.TextNormaliser;
import org.creditgraph.model.rules.Uscc;

/**
 * KIND listings: key (名单类型, 主体代码, 列入日期). D3: the regime decides the management period; the
 * 认定依据 references become BASED_ON links to the penalties and accidents they name.
 */
public final class ListingsLoader implements KindLoader {

    @Override
    public Map<String, Object> map(Cells c) {
        String listText = c.required("list");
        ListingRegime regime = ListingRegime.parse(listText)
                .orElseThrow(
                        () -> new RejectedRow("unknown 名单类型 '" + listText + "' (expected 联合惩戒对象, 黑名单 or 严重失信主体名单)"));
        String subjectType = c.text("subject_type");
        boolean person = subjectType != null && (subjectType.contains("自然人") || subjectType.equalsIgnoreCase("PERSON"));
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
            if (ResidentId.problem(code).isEmpty() && subjectType == null) {
                throw new RejectedRow("主体类别 is empty but the code is a resident ID number: set 主体类别=自然人");
            }
            code = c.uscc("code", true);
            row.put("uscc", code);
            row.put("person", null);
        }
        LocalDate listedOn = c.date("listed_on", true);
        LocalDate expiresOn = c.endDate("expires_on", listedOn, "listed_on");
        LocalDate removedOn = c.endDate("removed_on", listedOn, "listed_on");
        LocalDate restoredOn = c.date("restored_on", false);
        if (restoredOn != null && (removedOn == null || restoredOn.isBefore(removedOn))) {
            throw new RejectedRow("恢复日期 needs an earlier 移出日期 (a restoration revokes an early removal, D3)");
        }
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
        props.put("expiresOn", expiresOn);
        props.put("removedOn", removedOn);
        props.put("removalReason", c.text("removal_reason"));
        props.put("restoredOn", restoredOn);
        props.put("subjectCode", person ? null : code);
        row.put("key", regime.name() + "|" + code + "|" + listedOn);
        row.put("name", name);
        row.put("basis", basis);
        row.put("authorityUscc", props.get("authorityUscc"));
        row.put("authorityName", props.get("authorityName"));
        row.put("props", props);
        return row;
    }

    @Override
    public String upsertStatement() {
        return "UNWIND $rows AS row "
                + "MERGE (l:Listing {key: row.key}) "
                + Cypher.same("l", "l, row")
                + "CALL (l, row, same) { WITH * WHERE NOT same "
                + "  SET l += row.props, " + Cypher.provenance("l")
                + "  WITH l, row "
                + "  OPTIONAL MATCH (l)-[old:OF|BASED_ON|DECIDED_BY]->() DELETE old "
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
