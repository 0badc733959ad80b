package org.creditgraph.model.check;

import java.util.List;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;

/**
 * One incentive (激励措施) of the catalogue, which is data like the measures (D4): its domain, legal
 * basis, the rewarding regimes (red list) whose listings earn it and the credit grades (A ...) that
 * earn it, and the subject kinds it applies to.
 */
public record IncentiveDef(
        String code,
        String titleZh,
        String titleEn,
        SanctionDomain domain,
        String legalBasis,
        List<String> regimes,
        List<String> grades,
        List<SubjectKind> subjectKinds) {

    public IncentiveDef {
        regimes = regimes == null ? List.of() : List.copyOf(regimes);
        grades = grades == null ? List.of() : List.copyOf(grades);
        subjectKinds = subjectKinds == null ? List.of() : List.copyOf(subjectKinds);
    }

    /** Whether the incentive exists in this domain for this kind of subject. */
    public boolean appliesTo(SanctionDomain inDomain, SubjectKind kind) {
        return domain == inDomain && subjectKinds.contains(kind);
    }
}
