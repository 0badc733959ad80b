package org.creditgraph.model;

import java.time.LocalDate;
import org.creditgraph.model.rules.HazardSupervision;

/**
 * 重大事故隐患挂牌督办: a major accident hazard put under supervision (D13). A public record: the
 * authority publishes the supervision notice.
 */
public record Hazard(
        String hazardNumber,
        String description,
        LocalDate listedOn,
        LocalDate deadline,
        LocalDate closedOn,
        LocalDate suspensionOrderedOn,
        boolean refused,
        String enterpriseUscc,
        String enterpriseName,
        Authority authority) {

    /** D13. */
    public boolean open(LocalDate on) {
        return HazardSupervision.open(listedOn, closedOn, on);
    }

    /** D13. */
    public boolean overdue(LocalDate on) {
        return HazardSupervision.overdue(listedOn, deadline, closedOn, on);
    }
}
