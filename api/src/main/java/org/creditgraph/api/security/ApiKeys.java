package org.creditgraph.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.Viewer;

/**
 * The API keys the server accepts (contract §2): {@code ;}-separated entries
 * {@code KEY=ROLE[:DOMAIN,DOMAIN...][@NAME]}. Only the SHA-256 of each key is kept; a presented key
 * is hashed and looked up. An entry may also give the hash itself ({@code sha256:HEX=ROLE...}), so
 * that a keys file need not hold the keys at all. Mistakes in an entry stop the server with a
 * message that names the entry by position, never by its key.
 */
public final class ApiKeys {

    private static final String HASHED = "sha256:";

    private final Map<String, Viewer> byHash;

    private ApiKeys(Map<String, Viewer> byHash) {
        this.byHash = Map.copyOf(byHash);
    }

    public static ApiKeys parse(String... specs) {
        Map<String, Viewer> byHash = new LinkedHashMap<>();
        int position = 0;
        for (String spec : specs) {
            if (spec == null) {
                continue;
            }
            for (String raw : spec.split("[;\\n]")) {
                String entry = raw.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                position++;
                int eq = entry.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException(
                            "API key entry " + position + ": expected KEY=ROLE[:DOMAIN,...][@NAME]");
                }
                String key = entry.substring(0, eq).strip();
                String hash = key.startsWith(HASHED)
                        ? key.substring(HASHED.length()).toLowerCase(java.util.Locale.ROOT)
                        : sha256(key);
                if (!hash.matches("[0-9a-f]{64}")) {
                    throw new IllegalArgumentException(
                            "API key entry " + position + ": sha256: must be followed by 64 hex digits");
                }
                byHash.put(hash, viewer(entry.substring(eq + 1).strip(), hash, position));
            }
        }
        return new ApiKeys(byHash);
    }

    private static Viewer viewer(String grant, String hash, int position) {
        String name = "key " + hash.substring(0, 8);
        int at = grant.indexOf('@');
        if (at >= 0) {
            name = grant.substring(at + 1).strip();
            grant = grant.substring(0, at).strip();
        }
        String domains = "";
        int colon = grant.indexOf(':');
        if (colon >= 0) {
            domains = grant.substring(colon + 1);
            grant = grant.substring(0, colon).strip();
        }
        Viewer.Role role;
        try {
            role = Viewer.Role.valueOf(grant.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("API key entry " + position + ": role must be AGENCY or ADMIN");
        }
        if (role == Viewer.Role.PUBLIC) {
            throw new IllegalArgumentException(
                    "API key entry " + position + ": role must be AGENCY or ADMIN (no key is needed for PUBLIC)");
        }
        return new Viewer(role, domains(domains, position), name.isEmpty() ? "key " + hash.substring(0, 8) : name);
    }

    private static Set<SanctionDomain> domains(String list, int position) {
        Set<SanctionDomain> domains = EnumSet.noneOf(SanctionDomain.class);
        for (String d : list.split(",")) {
            if (d.isBlank()) {
                continue;
            }
            try {
                domains.add(SanctionDomain.valueOf(d.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("API key entry " + position + ": unknown domain '" + d.strip()
                        + "'; known: " + Arrays.toString(SanctionDomain.values()));
            }
        }
        return Set.copyOf(domains);
    }

    /** The caller a presented key stands for; empty for an unknown key. */
    public Optional<Viewer> lookup(String presentedKey) {
        return Optional.ofNullable(byHash.get(sha256(presentedKey.strip())));
    }

    public int size() {
        return byHash.size();
    }

    static String sha256(String key) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
