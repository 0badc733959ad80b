package org.creditgraph.api.check;

import org.creditgraph.model.SubjectKind;

/** A resolved subject: its opaque id (USCC or person id, never an ID number, D12) and kind. */
public record SubjectKey(String id, SubjectKind kind) {}
