package org.creditgraph.loaders.rows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.creditgraph.model.rules.TextNormaliser;

/** KIND enterprises: key 统一社会信用代码. The registered legal representative becomes a role edge. */
public final class EnterprisesLoader implements KindLoader {

    @Override
    public Map<String, Object> map(Cells c) {
        String uscc = c.uscc("uscc", true);
        String name = c.name("name");
        if (name == null) {
            throw new RejectedRow("missing 企业名称");
        }
        List<String> formerNames =
                c.list("former_names").stream().map(TextNormaliser::compact).toList();
        Map<String, Object> props = new HashMap<>();
        props.put("name", name);
        props.put("formerNames", formerNames);
        props.put("formerNamesText", String.join(" ; ", formerNames));
        props.put("regionCode", TextNormaliser.code(nullToEmpty(c.text("region_code"))));
        props.put("industryCode", TextNormaliser.code(nullToEmpty(c.text("industry_code"))));
        props.put(
                "industrySection",
                org.creditgraph.model.rules.Industry.section(nullToEmpty(c.text("industry_code")))
                        .map(String::valueOf)
                        .orElse(null));
        props.put("status", c.text("status"));
        props.put("foundedOn", c.date("founded_on", false));
        props.put("usccCheckDigitValid", c.usccCheckDigitValid(uscc));
        props.put("legalRepName", c.name("legal_rep_name"));
        props.put("stub", null);
        String registration = c.text("registration_number");
        props.put("legacyIds", registration == null ? List.of() : List.of(TextNormaliser.code(registration)));
        props.replaceAll((k, v) -> v instanceof String s && s.isEmpty() ? null : v);
        Map<String, Object> row = new HashMap<>();
        row.put("uscc", uscc);
        row.put("props", props);
        var rep = c.person("legal_rep_id_number", null, false);
        row.put("rep", rep == null ? null : Cells.params(rep, c.name("legal_rep_name"), null));
        return row;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String upsertStatement() {
        return "UNWIND $rows AS row "
                + "MERGE (e:Enterprise {uscc: row.uscc}) "
                + "ON CREATE SET e.orgCode = " + Cypher.ORG_CODE.formatted("row.uscc") + " "
                + Cypher.same("e", "e, row")
                + "CALL (e, row, same) { WITH * WHERE NOT same "
                + "  SET e += row.props, e.orgCode = " + Cypher.ORG_CODE.formatted("row.uscc") + ", "
                + Cypher.provenance("e")
                + "  WITH e, row "
                + "  OPTIONAL MATCH (:Person)-[old:HOLDS_ROLE {role: 'LEGAL_REPRESENTATIVE', registered: true}]->(e) "
                + "  DELETE old "
                + "  WITH DISTINCT e, row WHERE row.rep IS NOT NULL "
                + Cypher.person("p", "row.rep")
                + "  MERGE (p)-[r:HOLDS_ROLE {role: 'LEGAL_REPRESENTATIVE', registered: true}]->(e) "
                + "  SET r.from = row.props.foundedOn, " + Cypher.provenance("r")
                + "} "
                + Cypher.RETURN_UNCHANGED;
    }
}
