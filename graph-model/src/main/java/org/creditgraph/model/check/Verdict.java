package org.creditgraph.model.check;

/** D7: the answer of a sanction check. */
public enum Verdict {
    /** A listing in force with a measure of the domain, or (person, QUALIFICATION_REVIEW) a ban in force. */
    RESTRICTED,
    /** Not restricted, but related-party exposure, a banned principal, or listing criteria met. */
    ATTENTION,
    /** None of the above. */
    CLEAR
}
