package org.creditgraph.api.check;

/** GraphQL {@code MatchedBy}: whether a check found its subject or listed party by identifier or by name. */
public enum MatchedBy {
    IDENTIFIER,
    NAME
}
