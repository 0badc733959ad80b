package org.creditgraph.loaders.rows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.creditgraph.model.rules.TextNormaliser;

/**
 * KIND hazards (重大事故隐患挂牌督办, D13): key 隐患编号. The enterprise is linked by USCC, the
 * supervising authority by its USCC when given. 拒不执行 (refused an order to suspend) is 是/否 and
 * feeds the REFUSED_HAZARD_ORDER criterion of D9.
 */
public final class HazardsLoader implements KindLoader {

    @Override
    public Map<String, Object> map(Cells c) {
        String number = TextNormaliser.code(c.required("hazard_no"));
        LocalDate listedOn = c.date("listed_on", true);
        LocalDate deadline = c.date("deadline", false);
        LocalDate closedOn = c.date("closed_on", false);
        if (deadline != null && deadline.isBefore(listedOn)) {
            throw new RejectedRow("整改期限 " + deadline + " is before 挂牌日期 " + listedOn);
        }
        if (closedOn != null && closedOn.isBefore(listedOn)) {
            throw new RejectedRow("整改销号日期 " + closedOn + " is before 挂牌日期 " + listedOn);
        }
        Boolean refused = yesNo(c.text("refused"));
        LocalDate suspension = c.date("suspension_ordered_on", false);
        if (Boolean.TRUE.equals(refused) && suspension == null) {
            c.warn("拒不执行 = 是 without 责令停产停业日期: not counted for REFUSED_HAZARD_ORDER (D9)");
        }
        Map<String, Object> props = new HashMap<>();
        props.put("hazardNumber", number);
        props.put("uscc", c.uscc("uscc", false));
        props.put("enterpriseName", c.name("enterprise_name"));
        props.put("description", c.text("description"));
        props.put("listedOn", listedOn);
        props.put("deadline", deadline);
        props.put("closedOn", closedOn);
        props.put("suspensionOrderedOn", suspension);
        props.put("refused", refused != null && refused);
        props.put("authorityName", c.name("authority_name"));
        props.put("authorityUscc", c.uscc("authority_uscc", false));
        Map<String, Object> row = new HashMap<>();
        row.put("hazardNumber", number);
        row.put("uscc", props.get("uscc"));
        row.put("enterpriseName", props.get("enterpriseName"));
        row.put("authorityUscc", props.get("authorityUscc"));
        row.put("authorityName", props.get("authorityName"));
        row.put("props", props);
        return row;
    }

    private static Boolean yesNo(String text) {
        if (text == null) {
            return null;
        }
        return switch (TextNormaliser.compact(text).toLowerCase(java.util.Locale.ROOT)) {
            case "是", "yes", "y", "true", "1" -> true;
            case "否", "no", "n", "false", "0" -> false;
            default -> throw new RejectedRow("拒不执行 must be 是 or 否, got '" + text + "'");
        };
    }

    @Override
    public String upsertStatement() {
        return "UNWIND $rows AS row "
                + "MERGE (h:Hazard {hazardNumber: row.hazardNumber}) "
                + Cypher.same("h", "h, row")
                + "CALL (h, row, same) { WITH * WHERE NOT same "
                + Cypher.firstLoad("h")
                + "  SET h += row.props, " + Cypher.provenance("h")
                + "  WITH h, row "
                + "  OPTIONAL MATCH (h)-[old:AT|SUPERVISED_BY]->() DELETE old "
                + "  WITH DISTINCT h, row "
                + "  CALL (h, row) { WITH * WHERE row.uscc IS NOT NULL "
                + Cypher.enterprise("e", "row.uscc", "row.enterpriseName")
                + "    MERGE (h)-[:AT]->(e) } "
                + "  CALL (h, row) { WITH * WHERE row.authorityUscc IS NOT NULL "
                + "    MERGE (a:Authority {uscc: row.authorityUscc}) "
                + "    ON CREATE SET a.name = coalesce(row.authorityName, row.authorityUscc) "
                + "    MERGE (h)-[:SUPERVISED_BY]->(a) } "
                + "} "
                + Cypher.RETURN_UNCHANGED;
    }
}
