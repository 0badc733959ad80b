package org.creditgraph.api.check;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Subject;
import org.creditgraph.model.check.CheckReason;
import org.creditgraph.model.check.GradeFact;
import org.creditgraph.model.check.IncentiveGrant;
import org.creditgraph.model.check.ListingFact;
import org.creditgraph.model.check.MeasureDef;
import org.creditgraph.model.check.Verdict;

/** GraphQL {@code SanctionCheck}: the decision with its subject, data version and receipt. */
public record SanctionCheckView(
        Verdict verdict,
        boolean subjectFound,
        MatchedBy matchedBy,
        Subject subject,
        SanctionDomain domain,
        LocalDate asOf,
        List<MeasureDef> measures,
        List<CheckReason> reasons,
        List<String> evidenceIds,
        String dataVersion,
        String receipt,
        List<IncentiveView> incentives) {

    /** GraphQL {@code Incentive}: an incentive in force for the domain and what earned it. */
    public record IncentiveView(
            String code,
            String titleZh,
            String titleEn,
            SanctionDomain domain,
            String legalBasis,
            ListingFact listing,
            GradeFact grade,
            LocalDate inForceUntil) {

        static IncentiveView of(IncentiveGrant g) {
            var i = g.incentive();
            return new IncentiveView(
                    i.code(),
                    i.titleZh(),
                    i.titleEn(),
                    i.domain(),
                    i.legalBasis(),
                    g.listing(),
                    g.grade(),
                    g.inForceUntil());
        }
    }
}
