package org.creditgraph.loaders.rows;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.creditgraph.model.rules.PenaltyType;
import org.creditgraph.model.rules.PenaltyTypes;
import org.creditgraph.model.rules.TextNormaliser;

/**
 * KIND penalties, the 双公示 administrative-penalty format: key (处罚机关统一社会信用代码, 行政处罚决定书文号).
 * Types follow D11; amounts in 万元 become exact CNY; 处罚有效期 missing is a warning, not a reject.
 */
public final class PenaltiesLoader implements KindLoader {

    static final String ENTERPRISE = "法人及非法人组织";
    static final String PERSON = "自然人";
    static final String SOLE_TRADER = "个体工商户";

    @Override
    public Map<String, Object> map(Cells c) {
        String authority = c.uscc("authority_uscc", true);
        String decision = TextNormaliser.compact(c.required("decision_no"));
        String partyName = c.name("party_name");
        if (partyName == null) {
            throw new RejectedRow("missing 行政相对人名称");
        }
        String partyType = partyType(c.required("party_type"));
        String partyUscc = c.uscc("uscc", false);
        var person = c.person("id_number", "id_type", false);
        var idInUscc = c.residentIdIn("uscc");
        if (idInUscc.isPresent()) {
            // D1/D12: a 个体工商户's or person's resident ID number in 统一社会信用代码 is no enterprise
            // code: it identifies the person, as if it had come in 证件号码
            if (partyType.equals(ENTERPRISE)) {
                throw new RejectedRow("统一社会信用代码 holds a resident ID number ("
                        + idInUscc.get().masked() + "), not a USCC, for a party of type " + ENTERPRISE);
            }
            if (person == null) {
                person = idInUscc.get();
                c.warn("统一社会信用代码 " + person.masked() + " is a resident ID number: the party is linked as the"
                        + " person with that number, not as an enterprise");
            } else if (!person.key().equals(idInUscc.get().key())) {
                c.warn("统一社会信用代码 " + idInUscc.get().masked() + " is a resident ID number other than 证件号码 "
                        + person.masked() + ": 证件号码 kept");
            }
        }
        if (partyType.equals(ENTERPRISE) && partyUscc == null) {
            throw new RejectedRow("missing 统一社会信用代码 for a party of type " + ENTERPRISE);
        }
        if (partyType.equals(PERSON)) {
            partyUscc = null;
            if (person == null) {
                c.warn("natural-person party without 证件号码: kept, not linked to a person");
            }
        }
        BigDecimal fine = c.wanAsYuan("fine_wan");
        EnumSet<PenaltyType> types = PenaltyTypes.parse(c.text("penalty_types"));
        types.addAll(PenaltyTypes.infer(c.text("content"), fine));
        if (c.text("valid_until") == null) {
            c.warn("处罚有效期 is empty (mandatory in the 双公示 standard, not used by the rules): kept");
        }
        Map<String, Object> props = new HashMap<>();
        props.put("decisionNumber", decision);
        props.put("authorityUscc", authority);
        props.put("authorityName", c.name("authority_name"));
        props.put("partyName", partyName);
        props.put("partyType", partyType);
        props.put("partyUscc", partyUscc);
        props.put("legalRepName", c.name("legal_rep_name"));
        props.put("violationType", c.text("violation_type"));
        props.put("facts", c.text("facts"));
        props.put("legalBasis", c.text("legal_basis"));
        props.put("types", types.stream().map(Enum::name).toList());
        props.put("typesText", c.text("penalty_types"));
        props.put("content", c.text("content"));
        props.put("fineYuan", c.yuanText(fine));
        props.put("confiscatedYuan", c.yuanText(c.wanAsYuan("confiscated_wan")));
        props.put("licence", c.text("licence"));
        props.put("decidedOn", c.date("decided_on", true));
        props.put("validUntil", c.date("valid_until", false));
        props.put("publicityUntil", c.date("publicity_until", false));
        props.put("repairedOn", c.date("repaired_on", false));
        props.put("sourceName", c.text("source_name"));
        props.put("sourceUscc", c.uscc("source_uscc", false));
        props.put("remarks", c.text("remarks"));
        props.put("publishedOn", c.date("published_on", false));
        props.put("status", status(c.text("status")));
        props.put("statusOn", c.date("status_on", false));
        Map<String, Object> row = new HashMap<>();
        row.put("key", authority + "|" + decision);
        row.put("authorityUscc", authority);
        row.put("authorityName", c.name("authority_name"));
        row.put("partyUscc", partyUscc);
        row.put("partyName", partyName);
        row.put(
                "person",
                partyUscc == null && person != null ? Cells.params(person, partyName, c.text("id_type")) : null);
        row.put("props", props);
        return row;
    }

    static String partyType(String text) {
        String t = TextNormaliser.compact(text);
        if (t.contains("自然人") || t.equalsIgnoreCase("PERSON")) {
            return PERSON;
        }
        if (t.contains("个体")) {
            return SOLE_TRADER;
        }
        if (t.contains("法人") || t.contains("组织") || t.equalsIgnoreCase("ENTERPRISE")) {
            return ENTERPRISE;
        }
        throw new RejectedRow("unknown 行政相对人类别 '" + text + "' (expected 法人及非法人组织, 自然人 or 个体工商户)");
    }

    static String status(String text) {
        if (text == null) {
            return null;
        }
        String t = TextNormaliser.compact(text);
        if (t.equals("有效") || t.equals("撤销") || t.equals("变更") || t.equals("确认无效")) {
            return t;
        }
        throw new RejectedRow("unknown 状态 '" + text + "' (expected 有效, 撤销, 变更 or 确认无效)");
    }

    @Override
    public String upsertStatement() {
        return "UNWIND $rows AS row "
                + "MERGE (a:Authority {uscc: row.authorityUscc}) "
                + "ON CREATE SET a.name = coalesce(row.authorityName, row.authorityUscc) "
                // every batch names the same few authorities: write (and lock) only on a change
                + "WITH * CALL (a, row) { WITH * WHERE row.authorityName IS NOT NULL AND a.name <> row.authorityName "
                + "  SET a.name = row.authorityName } "
                + "MERGE (pen:Penalty {key: row.key}) "
                + Cypher.same("pen", "a, pen, row")
                + "CALL (a, pen, row, same) { WITH * WHERE NOT same "
                + Cypher.firstLoad("pen")
                + "  SET pen += row.props, " + Cypher.provenance("pen")
                // D10: the first load time stands in for a missing 公示日期; set by the run that
                // creates the node, never changed by later loads of the same record
                + "  , pen.firstLoadedAt = coalesce(pen.firstLoadedAt, $run.startedAt) "
                + "  MERGE (pen)-[:ISSUED_BY]->(a) "
                + "  WITH pen, row "
                + "  OPTIONAL MATCH (pen)-[old:AGAINST]->() DELETE old "
                + "  WITH DISTINCT pen, row "
                + "  CALL (pen, row) { WITH * WHERE row.partyUscc IS NOT NULL "
                + Cypher.enterprise("e", "row.partyUscc", "row.partyName")
                + "    MERGE (pen)-[:AGAINST]->(e) "
                + "    SET pen.regionCode = e.regionCode, pen.industryCode = e.industryCode } "
                + "  CALL (pen, row) { WITH * WHERE row.person IS NOT NULL "
                + Cypher.person("p", "row.person")
                + "    MERGE (pen)-[:AGAINST]->(p) } "
                + "} "
                + Cypher.RETURN_UNCHANGED;
    }
}
