package org.creditgraph.model.check;

import java.util.List;
import org.creditgraph.model.rules.ListingCriteria;

/** D9 evidence: the subject's own accidents and penalties, for D7(c) LISTING_CRITERIA_MET. */
public record CriteriaFacts(List<ListingCriteria.AccidentFact> accidents, List<ListingCriteria.PenaltyFact> penalties) {

    public static final CriteriaFacts NONE = new CriteriaFacts(List.of(), List.of());

    public CriteriaFacts {
        accidents = accidents == null ? List.of() : List.copyOf(accidents);
        penalties = penalties == null ? List.of() : List.copyOf(penalties);
    }
}
