package org.creditgraph.api.check;

/** GraphQL {@code input SubjectRef}: exactly one field set. */
public record SubjectRefInput(String uscc, String idNumber, String id, String name) {}
