package org.creditgraph.loaders.rows;

import java.util.HashMap;
import java.util.Map;

/** KIND roles: key (统一社会信用代码, 证件号码, 职务, 任职开始日期); one HOLDS_ROLE edge per key, dated. */
public final class RolesLoader implements KindLoader {

    private static final Map<String, String> ROLES = Map.of(
            "法定代表人", "LEGAL_REPRESENTATIVE",
            "主要负责人", "PRINCIPAL",
            "安全生产管理人员", "SAFETY_MANAGER",
            "董事", "DIRECTOR",
            "监事", "SUPERVISOR",
            "股东", "SHAREHOLDER");

    /** Chinese or English role name to the stored code; unknown rejects the row. */
    static String role(String text, String header) {
        if (text == null) {
            throw new RejectedRow("missing " + header);
        }
        if (ROLES.containsKey(text)) {
            return ROLES.get(text);
        }
        if (ROLES.containsValue(text.toUpperCase(java.util.Locale.ROOT))) {
            return text.toUpperCase(java.util.Locale.ROOT);
        }
        throw new RejectedRow(
                "unknown " + header + " '" + text + "' (expected one of 法定代表人, 主要负责人, 安全生产管理人员, 董事, 监事, 股东)");
    }

    @Override
    public Map<String, Object> map(Cells c) {
        Map<String, Object> row = new HashMap<>();
        row.put("uscc", c.uscc("uscc", true));
        String name = c.name("name");
        var person = c.person("id_number", "id_type", true);
        row.put("person", Cells.params(person, name, c.text("id_type")));
        row.put("role", role(c.text("role"), "职务"));
        var from = c.date("from", true);
        row.put("from", from);
        row.put("to", c.endDate("to", from, "from"));
        row.put("share", c.percent("share_percent"));
        return row;
    }

    @Override
    public String upsertStatement() {
        return "UNWIND $rows AS row "
                + Cypher.enterprise("e", "row.uscc", "null")
                + "WITH e, row "
                + Cypher.person("p", "row.person")
                + "MERGE (p)-[r:HOLDS_ROLE {role: row.role, from: row.from}]->(e) "
                + Cypher.same("r", "r, row")
                + "FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END | "
                + "  SET r.to = row.to, r.sharePercent = row.share, " + Cypher.provenance("r") + ") "
                + Cypher.RETURN_UNCHANGED;
    }
}
