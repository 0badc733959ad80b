package org.creditgraph.model;

/** The two kinds of subject: 法人及非法人组织 (enterprise) and 自然人 (person). */
public enum SubjectKind {
    ENTERPRISE,
    PERSON
}
