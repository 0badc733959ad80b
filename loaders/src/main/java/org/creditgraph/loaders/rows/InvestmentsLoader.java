package org.creditgraph.loaders.rows;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.creditgraph.model.rules.ResidentId;
import org.creditgraph.model.rules.ResidentIdScrubber;
import org.creditgraph.model.rules.Uscc;

/**
 * KIND investments: key (投资方代码, 被投资企业统一社会信用代码, 认缴日期). The investor is a person when
 * its code is a valid resident ID number (D1; one valid as a USCC too only when it looks like a
 * resident ID, {@link ResidentIdScrubber#isResidentIdRatherThanUscc}), otherwise an enterprise by USCC.
 */
public final class InvestmentsLoader implements KindLoader {

    @Override
    public Map<String, Object> map(Cells c) {
        Map<String, Object> row = new HashMap<>();
        String code = ResidentId.normalise(c.required("investor_code"));
        String name = c.name("investor_name");
        if (ResidentIdScrubber.isResidentIdRatherThanUscc(code)) {
            row.put("person", Cells.params(c.person("investor_code", null, true), name, null));
            row.put("investorUscc", null);
        } else {
            if (!Uscc.check(code).wellFormed()) {
                throw new RejectedRow("投资方统一社会信用代码或证件号码 is neither a USCC nor a resident ID number: "
                        + Uscc.check(code).problem().orElseThrow());
            }
            row.put("investorUscc", c.uscc("investor_code", true));
            row.put("person", null);
        }
        row.put("investorName", name);
        row.put("investee", c.uscc("investee_uscc", true));
        LocalDate from = c.date("from", true);
        row.put("from", from);
        row.put("to", c.endDate("to", from, "from"));
        row.put("share", c.percent("share_percent"));
        return row;
    }

    @Override
    public String upsertStatement() {
        return "UNWIND $rows AS row "
                + Cypher.enterprise("t", "row.investee", "null")
                + "WITH t, row "
                + Cypher.enterpriseOrPerson("i", "investorUscc", "row.investorName")
                + "MERGE (i)-[r:INVESTS_IN {from: row.from}]->(t) "
                + Cypher.same("r", "r, row")
                + "FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END | "
                + "  SET r.to = row.to, r.sharePercent = row.share, " + Cypher.provenance("r") + ") "
                + Cypher.RETURN_UNCHANGED;
    }
}
