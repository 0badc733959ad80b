package org.creditgraph.model;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.model.rules.PenaltyType;

/**
 * 行政处罚决定: one administrative penalty decision (D6, D11). Amounts are exact CNY decimals as
 * plain strings. {@code publiclyDisclosed} and {@code publicUntil} are computed for the date the
 * record was read for (D6). The party's name is already masked for anonymous callers when the party
 * is a natural person (D12).
 */
public record Penalty(
        String key,
        String decisionNumber,
        LocalDate decidedOn,
        List<PenaltyType> types,
        String fineAmountYuan,
        String confiscatedAmountYuan,
        String violationType,
        String facts,
        String legalBasis,
        String content,
        Authority authority,
        Party party,
        boolean publiclyDisclosed,
        LocalDate publicUntil,
        String status,
        LocalDate statusOn,
        LocalDate validUntil,
        LocalDate publicityUntil,
        String regionCode,
        String industryCode,
        LocalDate repairedOn) {

    /** 行政相对人: the subject penalised. {@code type} is 法人及非法人组织, 自然人 or 个体工商户. */
    public record Party(String name, String type, String uscc) {

        /** 自然人. */
        public static final String NATURAL_PERSON = "自然人";

        public boolean naturalPerson() {
            return NATURAL_PERSON.equals(type);
        }
    }
}
