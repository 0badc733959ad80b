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
 * message that names the entry by position and name, never by its key.
 *
 * <p>A key must be guess-proof: at least {@value #MIN_LENGTH} characters, at least
 * {@value #MIN_BITS_PER_CHAR} bits of Shannon entropy per character, and not mostly runs ({@code
 * aaaa}, {@code abcd}, {@code 4321}). A hashed entry cannot be checked; whoever hashed it vouches
 * for it. Each caller's id is {@code key:} and the first 16 hex digits of the hash, so that it
 * stays the same while the key does, whatever the entry names it.
 */
public final class ApiKeys {

    private static final String HASHED = "sha256:";
    static final int MIN_LENGTH = 24;
    static final double MIN_BITS_PER_CHAR = 3.0;

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
                boolean hashed = key.startsWith(HASHED);
                String hash = hashed ? key.substring(HASHED.length()).toLowerCase(java.util.Locale.ROOT) : sha256(key);
                if (!hash.matches("[0-9a-f]{64}")) {
                    throw new IllegalArgumentException(
                            "API key entry " + position + ": sha256: must be followed by 64 hex digits");
                }
                Viewer viewer = viewer(entry.substring(eq + 1).strip(), hash, position);
                Optional<String> weakness = hashed ? Optional.empty() : weakness(key);
                if (weakness.isPresent()) {
                    throw new IllegalArgumentException("API key entry " + position + " (" + viewer.name()
                            + "): the key is " + weakness.get() + "; use at least " + MIN_LENGTH
                            + " random characters, e.g. from `openssl rand -base64 24`");
                }
                byHash.put(hash, viewer);
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
        return new Viewer(
                role,
                domains(domains, position),
                name.isEmpty() ? "key " + hash.substring(0, 8) : name,
                "key:" + hash.substring(0, 16));
    }

    /** Why a key could be guessed, or empty when it is strong enough. */
    static Optional<String> weakness(String key) {
        int[] chars = key.codePoints().toArray();
        if (chars.length < MIN_LENGTH) {
            return Optional.of("too short (" + chars.length + " characters)");
        }
        Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int c : chars) {
            counts.merge(c, 1, Integer::sum);
        }
        double bits = 0;
        for (int n : counts.values()) {
            double p = (double) n / chars.length;
            bits -= p * Math.log(p) / Math.log(2);
        }
        if (bits < MIN_BITS_PER_CHAR) {
            return Optional.of(
                    String.format(java.util.Locale.ROOT, "too regular (%.1f bits of entropy per character)", bits));
        }
        int inRuns = 0;
        for (int i = 1; i < chars.length; i++) {
            if (Math.abs(chars[i] - chars[i - 1]) <= 1) {
                inRuns++;
            }
        }
        if (inRuns * 2 >= chars.length) {
            return Optional.of("mostly runs of repeated or consecutive characters");
        }
        return Optional.empty();
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

    /** The callers the keys stand for, one per key. */
    public java.util.Collection<Viewer> callers() {
        return byHash.values();
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
