package org.creditgraph.model;

import java.time.LocalDate;
import java.util.List;

/** 生产经营单位, identified by its USCC (D1). */
public record Enterprise(
        String uscc,
        String name,
        List<String> formerNames,
        String regionCode,
        String industryCode,
        String status,
        LocalDate foundedOn,
        List<String> legacyIds,
        boolean usccCheckDigitValid)
        implements Subject {

    @Override
    public String id() {
        return uscc;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.ENTERPRISE;
    }
}
