package org.creditgraph.api.graphql;

/** The error codes of contract §2, carried in {@code extensions.code}. */
public enum ErrorCode {
    BAD_USER_INPUT,
    INVALID_USCC,
    INVALID_ID_NUMBER,
    AMBIGUOUS_SUBJECT,
    UNAUTHENTICATED,
    FORBIDDEN,
    RATE_LIMITED,
    QUERY_TOO_COMPLEX,
    UNAVAILABLE,
    INTERNAL
}
