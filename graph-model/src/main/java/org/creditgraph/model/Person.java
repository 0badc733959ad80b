package org.creditgraph.model;

/**
 * 自然人. D12: the raw ID number is never held here; {@code id} is derived from its keyed hash and
 * {@code maskedIdNumber} keeps the first 6 and last 4 characters.
 */
public record Person(String id, String name, String idType, String maskedIdNumber) implements Subject {

    @Override
    public SubjectKind kind() {
        return SubjectKind.PERSON;
    }

    /** D12: anonymous callers see the surname and one {@code *} per remaining character. */
    public Person visibleTo(Viewer viewer) {
        return viewer.isPublic() ? new Person(id, maskName(name), idType, maskedIdNumber) : this;
    }

    public static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }
}
