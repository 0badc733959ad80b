package org.creditgraph.api.receipt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * D8: checks a receipt against public keys, offline. Anything that is not a receipt this issuer
 * signed is invalid with the reason: malformed token, wrong algorithm, unknown key, bad signature
 * or malformed receipt. Each part must be canonical base64url, so that no two spellings of the same
 * bytes exist and changing any character of a token invalidates it. Never throws.
 */
public final class ReceiptVerifier {

    /** Receipts are a few hundred characters; anything far longer is not one. */
    static final int MAX_LENGTH = 65_536;

    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");
    private static final String[] PARTS = {"header", "payload", "signature"};

    /** A verifier per key id: building one converts the JWK to a Java key, which is not free. */
    private final Map<String, ECDSAVerifier> verifiers = new HashMap<>();

    public ReceiptVerifier(JWKSet keys) {
        for (JWK key : keys.getKeys()) {
            if (key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve()) && ec.getKeyID() != null) {
                try {
                    verifiers.put(ec.getKeyID(), new ECDSAVerifier(ec.toPublicJWK()));
                } catch (JOSEException e) {
                    throw new IllegalArgumentException(
                            "unusable receipt key " + ec.getKeyID() + ": " + e.getMessage(), e);
                }
            }
        }
    }

    public ReceiptVerification verify(String token) {
        try {
            return check(token);
        } catch (RuntimeException e) {
            return ReceiptVerification.invalid("malformed token: not a signed receipt");
        }
    }

    private ReceiptVerification check(String token) {
        if (token == null || token.isEmpty()) {
            return ReceiptVerification.invalid("malformed token: empty");
        }
        if (token.length() > MAX_LENGTH) {
            return ReceiptVerification.invalid("malformed token: longer than " + MAX_LENGTH + " characters");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return ReceiptVerification.invalid(
                    "malformed token: a receipt has 3 parts separated by '.', this has " + parts.length);
        }
        for (int i = 0; i < 3; i++) {
            if (!canonicalBase64Url(parts[i])) {
                return ReceiptVerification.invalid("malformed token: the " + PARTS[i] + " is not canonical base64url");
            }
        }
        Map<String, Object> header;
        try {
            header = JSONObjectUtils.parse(new Base64URL(parts[0]).decodeToString());
        } catch (ParseException e) {
            return ReceiptVerification.invalid("malformed token: the header is not a JSON object");
        }
        Object alg = header.get("alg");
        if (alg == null) {
            return ReceiptVerification.invalid("malformed token: the header names no algorithm (alg)");
        }
        if (!JWSAlgorithm.ES256.getName().equals(alg)) {
            return ReceiptVerification.invalid("wrong algorithm: " + shown(alg) + " (receipts are signed with ES256)");
        }
        JWSObject jws;
        try {
            jws = JWSObject.parse(token);
        } catch (ParseException e) {
            return ReceiptVerification.invalid("malformed token: " + e.getMessage());
        }
        String kid = jws.getHeader().getKeyID();
        ECDSAVerifier key = kid == null ? null : verifiers.get(kid);
        if (key == null) {
            return ReceiptVerification.invalid("unknown key: "
                    + (kid == null
                            ? "the token names no key id (kid)"
                            : "kid " + shown(kid) + " is not a receipt key of this issuer"));
        }
        try {
            if (!jws.verify(key)) {
                return ReceiptVerification.invalid("bad signature: the token was altered or signed by another key");
            }
        } catch (JOSEException e) {
            return ReceiptVerification.invalid("bad signature: " + e.getMessage());
        }
        Map<String, Object> payload = jws.getPayload().toJSONObject();
        if (payload == null) {
            return ReceiptVerification.invalid("malformed receipt: the payload is not a JSON object");
        }
        try {
            return ReceiptVerification.valid(Receipt.of(JWTClaimsSet.parse(payload)), kid);
        } catch (ParseException | IllegalArgumentException e) {
            return ReceiptVerification.invalid("malformed receipt: " + e.getMessage());
        }
    }

    /** Only the one spelling that encoding the decoded bytes gives back (no padding, no spare bits). */
    static boolean canonicalBase64Url(String part) {
        if (!BASE64URL.matcher(part).matches() || part.length() % 4 == 1) {
            return false;
        }
        byte[] bytes = Base64.getUrlDecoder().decode(part);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(part);
    }

    private static String shown(Object value) {
        String text = String.valueOf(value);
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
