package org.creditgraph.model.rules;

import java.time.LocalDate;

/**
 * D13 重大事故隐患挂牌督办: a hazard is open on T when it was put under supervision on or before T
 * and not closed (销号) on or before T; overdue on T when open and its rectification deadline
 * (整改期限) is before T.
 */
public final class HazardSupervision {

    private HazardSupervision() {}

    public static boolean open(LocalDate listedOn, LocalDate closedOn, LocalDate on) {
        return !listedOn.isAfter(on) && (closedOn == null || closedOn.isAfter(on));
    }

    public static boolean overdue(LocalDate listedOn, LocalDate deadline, LocalDate closedOn, LocalDate on) {
        return open(listedOn, closedOn, on) && deadline != null && deadline.isBefore(on);
    }

    /**
     * D9 (应急管理部令第11号): a refused order to suspend counts on {@code asOf} from 2023-10-01 when
     * the order was given on or before {@code asOf} and within the 12 months ending on it.
     */
    public static boolean refusedOrderCounts(boolean refused, LocalDate suspensionOrderedOn, LocalDate asOf) {
        return refused
                && suspensionOrderedOn != null
                && !asOf.isBefore(ListingCriteria.ORDER_11_IN_FORCE)
                && !suspensionOrderedOn.isAfter(asOf)
                && suspensionOrderedOn.isAfter(asOf.minusYears(1));
    }
}
