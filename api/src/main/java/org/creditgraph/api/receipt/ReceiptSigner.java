package org.creditgraph.api.receipt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;

/** D8: signs receipts as compact JWS (ES256) with the server's key; thread-safe. */
public final class ReceiptSigner {

    private final ECKey key;
    private final JWSSigner signer;
    private final JWSHeader header;

    public ReceiptSigner(ECKey key) {
        this.key = key;
        try {
            this.signer = new ECDSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("not an ES256 signing key: " + e.getMessage(), e);
        }
        this.header = new JWSHeader.Builder(JWSAlgorithm.ES256)
                .keyID(key.getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
    }

    /** The compact token {@code header.payload.signature}. */
    public String sign(Receipt receipt) {
        SignedJWT jwt = new SignedJWT(header, receipt.claims());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a receipt: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** The public key set, as published at {@code /.well-known/jwks.json}. */
    public JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }
}
