package org.creditgraph.model.check;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.creditgraph.model.SanctionDomain;

/**
 * D7: the answer of a sanction check with its reasons (all that hold, in {@link CheckReason#ORDER}),
 * the distinct measures of the RESTRICTED reasons (by code), and the sorted distinct ids of the
 * evidence used, for the receipt (D8). {@code incentives} are the incentives in force for the domain
 * (never any when a reason holds or a restricting listing is in force).
 */
public record CheckResult(
        Verdict verdict,
        boolean subjectFound,
        SanctionDomain domain,
        LocalDate asOf,
        List<CheckReason> reasons,
        List<MeasureDef> measures,
        List<String> evidenceIds,
        List<IncentiveGrant> incentives) {

    public CheckResult {
        incentives = incentives == null ? List.of() : List.copyOf(incentives);
        Objects.requireNonNull(verdict, "verdict");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        measures = measures == null ? List.of() : List.copyOf(measures);
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
    }

    /** D7: CLEAR without reasons, for an unknown subject or a domain that does not apply to it. */
    static CheckResult clear(boolean subjectFound, SanctionDomain domain, LocalDate asOf) {
        return new CheckResult(Verdict.CLEAR, subjectFound, domain, asOf, List.of(), List.of(), List.of(), List.of());
    }
}
