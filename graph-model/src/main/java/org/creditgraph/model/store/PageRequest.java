package org.creditgraph.model.store;

/**
 * {@code first} and {@code after} of a connection field; {@code first} defaults to 20, capped at
 * 100. {@code counted}: whether the caller asked for {@code totalCount}; a store does not count
 * otherwise.
 */
public record PageRequest(int first, String after, boolean counted) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public PageRequest(int first, String after) {
        this(first, after, true);
    }

    public static PageRequest of(Integer first, String after) {
        if (first != null && first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        int size = first == null ? DEFAULT_SIZE : Math.min(first, MAX_SIZE);
        return new PageRequest(size, after == null || after.isEmpty() ? null : after);
    }

    public PageRequest counted(boolean counted) {
        return new PageRequest(first, after, counted);
    }
}
