package org.creditgraph.api.check;

import java.time.LocalDate;
import java.util.List;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Subject;
import org.creditgraph.model.check.CheckReason;
import org.creditgraph.model.check.MeasureDef;
import org.creditgraph.model.check.Verdict;

/** GraphQL {@code SanctionCheck}: the decision with its subject, data version and receipt. */
public record SanctionCheckView(
        Verdict verdict,
        boolean subjectFound,
        Subject subject,
        SanctionDomain domain,
        LocalDate asOf,
        List<MeasureDef> measures,
        List<CheckReason> reasons,
        List<String> evidenceIds,
        String dataVersion,
        String receipt) {}
