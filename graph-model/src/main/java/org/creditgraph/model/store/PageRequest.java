package org.creditgraph.model.store;

/** {@code first} and {@code after} of a connection field; {@code first} defaults to 20, capped at 100. */
public record PageRequest(int first, String after) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(Integer first, String after) {
        if (first != null && first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        int size = first == null ? DEFAULT_SIZE : Math.min(first, MAX_SIZE);
        return new PageRequest(size, after == null || after.isEmpty() ? null : after);
    }
}
