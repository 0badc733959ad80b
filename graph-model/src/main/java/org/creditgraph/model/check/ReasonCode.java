package org.creditgraph.model.check;

/** D7: why a check is not CLEAR. Declared in the order reasons are returned. */
public enum ReasonCode {
    /** RESTRICTED: a listing in force with at least one measure of the domain (D3, D4). */
    LISTED,
    /** RESTRICTED: a ban on the person in force, domain QUALIFICATION_REVIEW (D5). */
    BANNED_PERSON,
    /**
     * ATTENTION: a listing in force on a foreign debarment list (World Bank) whose regime names
     * measures of the domain; foreign lists are no legal restriction in China.
     */
    FOREIGN_DEBARMENT,
    /** ATTENTION (a): controlled on asOf by a subject LISTED in the same domain. */
    RELATED_PARTY_RESTRICTED,
    /** ATTENTION (b): the enterprise's principal holds a ban covering it (D5). */
    BANNED_PRINCIPAL,
    /** ATTENTION (c): the subject's own records meet a listing criterion (D9). */
    LISTING_CRITERIA_MET;

    /** D7: whether this reason restricts (RESTRICTED) or only calls for attention. */
    public boolean restricts() {
        return this == LISTED || this == BANNED_PERSON;
    }
}
