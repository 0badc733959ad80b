package org.creditgraph.loaders.rows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.creditgraph.model.rules.TextNormaliser;

/**
 * KIND credit-grades: an enterprise's safety-credit grade (安全生产诚信等级 A/B/C/D) by a grading
 * authority, valid from 有效期起 through 有效期止 (the last day it holds). Key (统一社会信用代码, 评定机关,
 * 有效期起). A grade of A in force earns the incentives of catalogue/incentives.csv unless the
 * enterprise is listed.
 */
public final class CreditGradesLoader implements KindLoader {

    @Override
    public Map<String, Object> map(Cells c) {
        String uscc = c.uscc("uscc", true);
        String grade = grade(c.required("grade"));
        LocalDate validFrom = c.date("valid_from", true);
        LocalDate validTo = c.endDate("valid_to", validFrom, "valid_from");
        String authorityUscc = c.uscc("authority_uscc", false);
        String authorityName = c.name("authority_name");
        String authority = authorityUscc != null ? authorityUscc : authorityName == null ? "" : authorityName;
        Map<String, Object> props = new HashMap<>();
        props.put("grade", grade);
        props.put("gradeText", c.text("grade"));
        props.put("uscc", uscc);
        props.put("authorityName", authorityName);
        props.put("authorityUscc", authorityUscc);
        props.put("validFrom", validFrom);
        props.put("validTo", validTo);
        Map<String, Object> row = new HashMap<>();
        row.put("key", uscc + "|" + authority + "|" + validFrom);
        row.put("uscc", uscc);
        row.put("name", c.name("name"));
        row.put("props", props);
        return row;
    }

    /** A, B, C or D; 级 and full-width letters accepted (Ａ级 → A). */
    static String grade(String text) {
        String g = TextNormaliser.code(text).toUpperCase(Locale.ROOT).replaceFirst("级$", "");
        if (!g.matches("[ABCD]")) {
            throw new RejectedRow("信用等级 '" + text + "' is not one of A, B, C, D");
        }
        return g;
    }

    @Override
    public String upsertStatement() {
        return "UNWIND $rows AS row "
                + "MERGE (g:CreditGrade {key: row.key}) "
                + Cypher.same("g", "g, row")
                + "CALL (g, row, same) { WITH * WHERE NOT same "
                + "  SET g += row.props, " + Cypher.provenance("g")
                + "  WITH g, row "
                + Cypher.enterprise("e", "row.uscc", "row.name")
                + "  MERGE (g)-[:GRADE_OF]->(e) "
                + "} "
                + Cypher.RETURN_UNCHANGED;
    }
}
