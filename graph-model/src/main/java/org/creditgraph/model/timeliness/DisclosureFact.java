package org.creditgraph.model.timeliness;

import java.time.LocalDate;
import java.util.Objects;

/**
 * D10: what the graph knows about the publication of one penalty decision, as read for one caller.
 *
 * @param authorityUscc the deciding authority (处罚机关统一社会信用代码)
 * @param authorityName its name
 * @param decisionNumber 行政处罚决定书文号; null when the caller may not see this penalty (D6)
 * @param decidedOn 处罚决定日期
 * @param publishedOn 公示日期 given by the source, or null
 * @param firstLoadedOn the day (Asia/Shanghai) the record was first loaded, or null when unknown
 * @param publiclyDisclosed whether the penalty is publicly disclosed today (D6)
 * @param listable whether the caller may see its details: agencies always, the public only while it
 *     is publicly disclosed (D6)
 */
public record DisclosureFact(
        String authorityUscc,
        String authorityName,
        String decisionNumber,
        LocalDate decidedOn,
        LocalDate publishedOn,
        LocalDate firstLoadedOn,
        boolean publiclyDisclosed,
        boolean listable) {

    public DisclosureFact {
        Objects.requireNonNull(authorityUscc, "authorityUscc");
        Objects.requireNonNull(decidedOn, "decidedOn");
    }
}
