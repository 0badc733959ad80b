package org.creditgraph.api.graphql;

import org.creditgraph.api.receipt.ReceiptVerification;
import org.creditgraph.api.receipt.ReceiptVerifier;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code verifyReceipt} (D8): anyone may verify a receipt; garbage is invalid with a problem, never an error. */
@Controller
public class ReceiptVerificationController {

    private final ReceiptVerifier verifier;

    public ReceiptVerificationController(ReceiptVerifier verifier) {
        this.verifier = verifier;
    }

    @QueryMapping
    public ReceiptVerification verifyReceipt(@Argument String token) {
        return verifier.verify(token == null ? null : token.strip()); // surrounding blanks are not part of a token
    }
}
