package org.creditgraph.model;

/** D4: the areas in which listed subjects are restricted. */
public enum SanctionDomain {
    BUSINESS_OPERATION(true, true),
    FINANCING(true, true),
    GOVERNMENT_PROCUREMENT(true, true),
    PUBLIC_TENDERING(true, true),
    STATE_LAND(true, true),
    HONOURS(true, true),
    IMPORT_EXPORT(true, false),
    EXIT_ENTRY(false, true),
    QUALIFICATION_REVIEW(true, true);

    private final boolean enterprises;
    private final boolean persons;

    SanctionDomain(boolean enterprises, boolean persons) {
        this.enterprises = enterprises;
        this.persons = persons;
    }

    /** D4/D7: a domain that does not apply to the subject's kind is CLEAR for it. */
    public boolean appliesTo(SubjectKind kind) {
        return kind == SubjectKind.ENTERPRISE ? enterprises : persons;
    }
}
