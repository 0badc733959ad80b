package org.creditgraph.model.check;

import java.util.List;
import org.creditgraph.model.rules.ListingCriteria;

/**
 * D9 evidence: the subject's own accidents, penalties and hazards (D13), and for a person the
 * accidents it was held responsible for with its role then, for D7(c) LISTING_CRITERIA_MET.
 */
public record CriteriaFacts(
        List<ListingCriteria.AccidentFact> accidents,
        List<ListingCriteria.PenaltyFact> penalties,
        List<ListingCriteria.HazardFact> hazards,
        List<ListingCriteria.ResponsibleRole> responsibleRoles) {

    public static final CriteriaFacts NONE = new CriteriaFacts(List.of(), List.of());

    public CriteriaFacts(List<ListingCriteria.AccidentFact> accidents, List<ListingCriteria.PenaltyFact> penalties) {
        this(accidents, penalties, List.of(), List.of());
    }

    public CriteriaFacts {
        accidents = accidents == null ? List.of() : List.copyOf(accidents);
        penalties = penalties == null ? List.of() : List.copyOf(penalties);
        hazards = hazards == null ? List.of() : List.copyOf(hazards);
        responsibleRoles = responsibleRoles == null ? List.of() : List.copyOf(responsibleRoles);
    }
}
