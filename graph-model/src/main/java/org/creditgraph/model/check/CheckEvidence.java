package org.creditgraph.model.check;

import java.util.List;
import org.creditgraph.model.SubjectKind;

/**
 * D7: everything the sanction check decides from, fetched for one subject as of one date. For a
 * person, {@code ownResponsibilities} carry the bans on the person (D5); for an enterprise, {@code
 * roleHolders} are all its PRINCIPAL and LEGAL_REPRESENTATIVE role holders with their dates, and
 * {@code controllers} the candidate upstream paths. {@code industrySection} is the enterprise's
 * GB/T 4754 section (null for a person or when unknown). {@code grades} are the enterprise's
 * credit grades (any date; the decision picks those in force).
 */
public record CheckEvidence(
        boolean subjectFound,
        SubjectKind kind,
        String subjectId,
        Character industrySection,
        List<ListingFact> listings,
        List<ResponsibilityFact> ownResponsibilities,
        List<PrincipalFact> roleHolders,
        List<Controller> controllers,
        CriteriaFacts criteria,
        List<GradeFact> grades) {

    public CheckEvidence {
        grades = grades == null ? List.of() : List.copyOf(grades);
        listings = listings == null ? List.of() : List.copyOf(listings);
        ownResponsibilities = ownResponsibilities == null ? List.of() : List.copyOf(ownResponsibilities);
        roleHolders = roleHolders == null ? List.of() : List.copyOf(roleHolders);
        controllers = controllers == null ? List.of() : List.copyOf(controllers);
        criteria = criteria == null ? CriteriaFacts.NONE : criteria;
    }

    /** D7: a subject unknown to the graph. */
    public static CheckEvidence notFound(SubjectKind kind, String subjectId) {
        return new CheckEvidence(false, kind, subjectId, null, null, null, null, null, null, null);
    }
}
