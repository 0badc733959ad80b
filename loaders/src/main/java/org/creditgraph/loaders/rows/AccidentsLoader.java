package org.creditgraph.loaders.rows;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.creditgraph.model.rules.AccidentGrade;
import org.creditgraph.model.rules.Industry;
import org.creditgraph.model.rules.TextNormaliser;

/**
 * KIND accidents: key 事故编号. D2: the grade is computed from deaths, serious injuries and loss; a
 * grade given by the source is kept as its claim and flagged when it disagrees.
 */
public final class AccidentsLoader implements KindLoader {

    @Override
    public Map<String, Object> map(Cells c) {
        String number = TextNormaliser.code(c.required("accident_no"));
        Long deaths = c.count("deaths");
        Long injuries = c.count("serious_injuries");
        BigDecimal loss = c.wanAsYuan("loss_wan");
        AccidentGrade grade = AccidentGrade.of(
                deaths == null ? 0 : deaths.intValue(), injuries == null ? 0 : injuries.intValue(), loss);
        String claimed = c.text("grade");
        if (claimed != null) {
            var claim = AccidentGrade.parseClaimed(claimed);
            if (claim.isEmpty() || claim.get() != grade) {
                c.warn("source grade '" + claimed + "' disagrees with the D2 grade " + grade
                        + " computed from the numbers: kept as the source's claim");
            }
        }
        String industry = TextNormaliser.code(orEmpty(c.text("industry_code")));
        Map<String, Object> props = new HashMap<>();
        props.put("accidentNumber", number);
        props.put("title", c.text("title"));
        props.put("occurredOn", c.date("occurred_on", true));
        props.put("regionCode", emptyToNull(TextNormaliser.code(orEmpty(c.text("region_code")))));
        props.put("industryCode", emptyToNull(industry));
        props.put(
                "industrySection",
                Industry.section(industry).map(String::valueOf).orElse(null));
        props.put("category", c.text("category"));
        props.put("deaths", deaths == null ? 0L : deaths);
        props.put("seriousInjuries", injuries == null ? 0L : injuries);
        props.put("directLossYuan", c.yuanText(loss == null ? BigDecimal.ZERO : loss));
        props.put("grade", grade.name());
        props.put("claimedGrade", claimed);
        props.put("uscc", c.uscc("uscc", false));
        props.put("enterpriseName", c.name("enterprise_name"));
        props.put("liability", liability(c.text("liability")));
        props.put("reportApprovedOn", c.date("report_approved_on", false));
        props.put("stub", null);
        Map<String, Object> row = new HashMap<>();
        row.put("accidentNumber", number);
        row.put("uscc", props.get("uscc"));
        row.put("enterpriseName", props.get("enterpriseName"));
        row.put("props", props);
        return row;
    }

    /** 是否责任事故: 是 / 否; D9 counts liability accidents only, so an unreadable value rejects. */
    static Boolean liability(String text) {
        if (text == null) {
            return null;
        }
        return switch (TextNormaliser.compact(text).toLowerCase(java.util.Locale.ROOT)) {
            case "是", "yes", "y", "true", "1" -> true;
            case "否", "no", "n", "false", "0" -> false;
            default -> throw new RejectedRow("是否责任事故 must be 是 or 否, got '" + text + "'");
        };
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    @Override
    public String upsertStatement() {
        return "UNWIND $rows AS row "
                + "MERGE (x:Accident {accidentNumber: row.accidentNumber}) "
                + Cypher.same("x", "x, row")
                + "CALL (x, row, same) { WITH * WHERE NOT same "
                + Cypher.firstLoad("x")
                + "  SET x += row.props, " + Cypher.provenance("x")
                + "  WITH x, row "
                + "  OPTIONAL MATCH (x)-[old:AT]->() DELETE old "
                + "  WITH DISTINCT x, row WHERE row.uscc IS NOT NULL "
                + Cypher.enterprise("e", "row.uscc", "row.enterpriseName")
                + "  MERGE (x)-[:AT]->(e) "
                + "  SET x.industrySection = coalesce(x.industrySection, e.industrySection) "
                + "} "
                + Cypher.RETURN_UNCHANGED;
    }
}
