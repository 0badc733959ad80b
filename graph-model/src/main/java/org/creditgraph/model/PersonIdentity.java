package org.creditgraph.model;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.creditgraph.model.rules.ResidentId;

/**
 * D12: how a person's certificate number is stored. The graph keeps only a keyed hash (HMAC-SHA256
 * with a server secret) as the natural key, an opaque id derived from it, and the masked form.
 */
public final class PersonIdentity {

    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    public PersonIdentity(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the ID-number HMAC secret must have at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /**
     * The server's secret: {@code CREDITGRAPH_ID_SECRET} (at least 16 characters) if set, else the
     * file {@code <dataDir>/keys/id-hmac.key}, created with 32 random bytes on first use, owner-only
     * ({@link KeyFiles}).
     */
    public static PersonIdentity fromEnvironmentOr(java.nio.file.Path dataDir) {
        String configured = System.getenv("CREDITGRAPH_ID_SECRET");
        if (configured != null && !configured.isBlank()) {
            return new PersonIdentity(configured.getBytes(StandardCharsets.UTF_8));
        }
        java.nio.file.Path file = dataDir.resolve("keys").resolve("id-hmac.key");
        try {
            KeyFiles.directory(dataDir);
            if (java.nio.file.Files.exists(file)) {
                KeyFiles.tightenFile(file);
            } else {
                byte[] secret = new byte[32];
                new java.security.SecureRandom().nextBytes(secret);
                KeyFiles.createIfAbsent(file, secret);
            }
            return new PersonIdentity(java.nio.file.Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read or create the ID-number secret " + file, e);
        }
    }

    /** The stored identity of a normalised certificate number. */
    public Identity of(String normalisedNumber) {
        String hash = hmac("id:" + normalisedNumber);
        return new Identity(hash, "P" + hash.substring(0, 24), ResidentId.mask(normalisedNumber));
    }

    /** Fingerprint of the secret, stored in the graph so that a loader with another secret is refused. */
    public String fingerprint() {
        return hmac("creditgraph-fingerprint").substring(0, 16);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param key the natural key (full HMAC, hex)
     * @param id the opaque API id
     * @param masked first 6 and last 4 characters kept
     */
    public record Identity(String key, String id, String masked) {}
}
