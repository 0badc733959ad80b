package org.creditgraph.model;

/** An enterprise or a person: anything that can be penalised, listed or checked. */
public sealed interface Subject permits Enterprise, Person, ListedParty {
    /** Opaque stable id: the USCC for an enterprise, a keyed hash for a person (D12). */
    String id();

    String name();

    SubjectKind kind();
}
