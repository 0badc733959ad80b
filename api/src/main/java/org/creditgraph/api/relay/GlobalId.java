package org.creditgraph.api.relay;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Relay ids (全局标识). An enterprise's id is its USCC and a person's the opaque id from the keyed
 * hash of the ID number (D12), as the API has always returned them; every other record's id is its
 * type and natural key, {@code Penalty:<key>}, so that {@code node(id:)} knows where to look.
 */
public record GlobalId(Type type, String key) {

    public enum Type {
        Enterprise,
        Person,
        Penalty,
        Accident,
        Listing,
        Authority,
        Responsibility,
        Hazard,
        ListedParty
    }

    private static final Pattern PERSON_ID = Pattern.compile("P[0-9a-f]{24}");

    public static String of(Type type, String key) {
        return type.name() + ":" + key;
    }

    public static GlobalId parse(String id) {
        String text = id.strip();
        int colon = text.indexOf(':');
        if (colon > 0) {
            for (Type type : Type.values()) {
                if (type.name().equals(text.substring(0, colon))) {
                    return new GlobalId(type, text.substring(colon + 1));
                }
            }
        }
        if (PERSON_ID.matcher(text).matches()) {
            return new GlobalId(Type.Person, text);
        }
        return new GlobalId(Type.Enterprise, text.toUpperCase(Locale.ROOT));
    }
}
