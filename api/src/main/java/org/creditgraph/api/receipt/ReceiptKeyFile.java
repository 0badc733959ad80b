package org.creditgraph.api.receipt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.creditgraph.model.KeyFiles;

/**
 * D8: the receipt signing key on disk, a private EC P-256 JWK. Created on first start as
 * {@code <data-dir>/keys/receipt-signing.jwk}, readable by the owner only from the start, and put
 * in place atomically (a reader never sees half a key; of two concurrent starts, both end up with
 * the one key that landed first): see {@link KeyFiles}. The key id is always the JWK thumbprint (RFC 7638): stable per key.
 */
public final class ReceiptKeyFile {

    private ReceiptKeyFile() {}

    /** Where the key of a data dir lives. */
    public static Path in(Path dataDir) {
        return dataDir.resolve("keys").resolve("receipt-signing.jwk");
    }

    /** The signing key of a data dir, created on first use. */
    public static ECKey loadOrCreate(Path dataDir) {
        Path file = in(dataDir);
        try {
            KeyFiles.directory(dataDir);
            if (Files.exists(file)) {
                KeyFiles.tightenFile(file);
            } else {
                KeyFiles.createIfAbsent(file, generate().toJSONString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new ReceiptKeyException("cannot create the receipt key " + file + ": " + e);
        }
        return read(file);
    }

    /** The private signing key in a JWK file (a configured {@code creditgraph.receipts.key-file}). */
    public static ECKey read(Path file) {
        ECKey key;
        try {
            key = p256(JWK.parse(Files.readString(file, StandardCharsets.UTF_8)), file);
        } catch (IOException | ParseException e) {
            throw new ReceiptKeyException("cannot read the receipt key " + file + ": " + e.getMessage());
        }
        if (!key.isPrivate()) {
            throw new ReceiptKeyException("the receipt key " + file + " has no private part (d); it cannot sign");
        }
        return key;
    }

    /**
     * Public keys to verify with: a JWK Set (as served at {@code /.well-known/jwks.json}) or a
     * single JWK such as the data dir's key file. Only the public parts are kept.
     */
    public static JWKSet publicKeys(Path file) {
        try {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            List<JWK> keys = new ArrayList<>();
            if (JSONObjectUtils.parse(json).containsKey("keys")) {
                for (JWK key : JWKSet.parse(json).getKeys()) {
                    if (key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
                        keys.add(ec.getKeyID() == null ? withThumbprintId(ec).toPublicJWK() : ec.toPublicJWK());
                    }
                }
            } else {
                keys.add(p256(JWK.parse(json), file).toPublicJWK());
            }
            if (keys.isEmpty()) {
                throw new ReceiptKeyException(file + " holds no EC P-256 key");
            }
            return new JWKSet(keys);
        } catch (IOException | ParseException e) {
            throw new ReceiptKeyException("cannot read receipt keys from " + file + ": " + e.getMessage());
        }
    }

    private static ECKey p256(JWK jwk, Path file) {
        if (!(jwk instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
            throw new ReceiptKeyException("the receipt key " + file + " must be an EC P-256 key (ES256)");
        }
        return withThumbprintId(ec);
    }

    static ECKey withThumbprintId(ECKey key) {
        try {
            return new ECKey.Builder(key)
                    .keyID(key.computeThumbprint().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.ES256)
                    .build();
        } catch (JOSEException e) {
            throw new ReceiptKeyException("cannot compute the receipt key's thumbprint: " + e.getMessage());
        }
    }

    /** A new ES256 key, its id the thumbprint. */
    static ECKey generate() {
        try {
            return withThumbprintId(new ECKeyGenerator(Curve.P_256).generate());
        } catch (JOSEException e) {
            throw new ReceiptKeyException("cannot generate a receipt key: " + e.getMessage());
        }
    }

    /** The key is missing, unreadable or of the wrong kind; the message says which and where. */
    public static final class ReceiptKeyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReceiptKeyException(String message) {
            super(message);
        }
    }
}
