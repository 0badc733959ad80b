package org.creditgraph.loaders.rows;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.creditgraph.model.rules.TextNormaliser;

/**
 * KIND responsibilities: key (事故编号, 证件号码或统一社会信用代码). Who the investigation report holds
 * responsible, and how they were dealt with; D5 bans derive from these records.
 */
public final class ResponsibilitiesLoader implements KindLoader {

    private static final Set<String> RESPONSIBILITIES = Set.of("直接责任", "主要责任", "重要责任", "领导责任");
    private static final Set<String> OUTCOMES = Set.of("刑事处罚", "撤职", "罚款", "处分", "其他");

    @Override
    public Map<String, Object> map(Cells c) {
        Map<String, Object> row = new HashMap<>();
        row.put("accidentNumber", TextNormaliser.code(c.required("accident_no")));
        String name = c.name("name");
        String partyType = TextNormaliser.compact(c.required("party_type"));
        boolean unit = partyType.equals("单位") || partyType.equalsIgnoreCase("ENTERPRISE");
        if (!unit && !partyType.equals("自然人") && !partyType.equalsIgnoreCase("PERSON")) {
            throw new RejectedRow("unknown 责任主体类别 '" + partyType + "' (expected 自然人 or 单位)");
        }
        if (unit) {
            row.put("uscc", c.uscc("code", true));
            row.put("person", null);
        } else {
            row.put("uscc", null);
            row.put("person", Cells.params(c.person("code", null, true), name, null));
        }
        row.put("name", name);
        Map<String, Object> props = new HashMap<>();
        props.put("employerUscc", c.uscc("employer_uscc", false));
        props.put("position", c.text("position") == null ? null : RolesLoader.role(c.text("position"), "职务"));
        props.put("responsibility", oneOf(c.text("responsibility"), RESPONSIBILITIES, "责任类型"));
        props.put("outcome", oneOf(c.text("outcome"), OUTCOMES, "处理结果"));
        props.put("outcomeOn", c.date("outcome_on", false));
        props.put("sentenceEndOn", c.date("sentence_end_on", false));
        row.put("props", props);
        return row;
    }

    private static String oneOf(String text, Set<String> allowed, String header) {
        if (text == null) {
            return null;
        }
        String t = TextNormaliser.compact(text);
        if (!allowed.contains(t)) {
            throw new RejectedRow("unknown " + header + " '" + text + "' (expected one of "
                    + String.join(", ", allowed.stream().sorted().toList()) + ")");
        }
        return t;
    }

    @Override
    public String upsertStatement() {
        return "UNWIND $rows AS row "
                + "MERGE (x:Accident {accidentNumber: row.accidentNumber}) ON CREATE SET x.stub = true "
                + "WITH x, row "
                + Cypher.enterpriseOrPerson("party", "uscc", "row.name")
                + "MERGE (party)-[r:RESPONSIBLE_FOR]->(x) "
                + Cypher.same("r", "r, row")
                + "FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END | "
                + "  SET r += row.props, " + Cypher.provenance("r") + ") "
                + Cypher.RETURN_UNCHANGED;
    }
}
