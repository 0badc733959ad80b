package org.creditgraph.api.receipt;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * D8: {@code GET /.well-known/jwks.json}, the public key set receipts verify with (contract §5).
 * Public parts only; cacheable, with the key id as ETag.
 */
@RestController
public class JwksController {

    private final String json;
    private final String etag;

    public JwksController(ReceiptSigner signer) {
        this.json = signer.publicKeys().toString(); // JWKSet.toString() leaves out private parts
        this.etag = "\"" + signer.keyId() + "\"";
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> jwks(WebRequest request) {
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .eTag(etag)
                .body(json);
    }
}
