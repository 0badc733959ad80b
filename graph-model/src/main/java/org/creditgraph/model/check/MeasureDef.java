package org.creditgraph.model.check;

import java.util.List;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.SubjectKind;
import org.creditgraph.model.rules.ListingRegime;

/**
 * D4: one measure (惩戒措施) of the catalogue, which is data: its domain, legal basis, and the
 * regimes and subject kinds it applies to.
 */
public record MeasureDef(
        String code,
        String titleZh,
        String titleEn,
        SanctionDomain domain,
        String legalBasis,
        List<ListingRegime> regimes,
        List<SubjectKind> subjectKinds) {

    public MeasureDef {
        regimes = regimes == null ? List.of() : List.copyOf(regimes);
        subjectKinds = subjectKinds == null ? List.of() : List.copyOf(subjectKinds);
    }

    /** D4/D7: the measure restricts a subject of this kind listed in this regime, in this domain. */
    public boolean appliesTo(SanctionDomain inDomain, ListingRegime regime, SubjectKind kind) {
        return domain == inDomain && regimes.contains(regime) && subjectKinds.contains(kind);
    }
}
