package org.creditgraph.model;

/**
 * A party named by a listing that is linked to no enterprise or person: a foreign firm on the World
 * Bank list, a unit published with only a legacy identifier (D1) that matches no known enterprise.
 * It can be found by name and checked by name (D7: {@code subjectFound} stays false), and its id is
 * {@code ListedParty:<listing key>}.
 *
 * @param nameZh the Chinese name the listing gives beside a foreign one, or null
 * @param legacyCode the organisation code or registration number the listing gives, or null
 */
public record ListedParty(
        String listingKey, String name, String nameZh, String list, String legacyCode, String country, SubjectKind kind)
        implements Subject {

    public static final String ID_PREFIX = "ListedParty:";

    @Override
    public String id() {
        return ID_PREFIX + listingKey;
    }
}
