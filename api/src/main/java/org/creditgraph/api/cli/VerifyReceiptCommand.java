package org.creditgraph.api.cli;

import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.creditgraph.api.receipt.ReceiptKeyFile;
import org.creditgraph.api.receipt.ReceiptVerification;
import org.creditgraph.api.receipt.ReceiptVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code creditgraph verify-receipt TOKEN} (contract §1, D8): verifies a check receipt offline with
 * the public key of a data dir or a saved JWK Set, prints what it states one {@code key: value}
 * per line and exits 0; an invalid receipt prints the problem and exits 1; without a key to verify
 * with it says "cannot verify: no key" and exits 3.
 */
@Command(
        name = "verify-receipt",
        mixinStandardHelpOptions = true,
        description = "Verify a check receipt offline and print its content (exit 0 valid, 1 invalid, 3 no key).")
final class VerifyReceiptCommand implements Callable<Integer> {

    /** Exit code when there is no key to verify with: the receipt was not judged at all. */
    static final int NO_KEY = 3;

    static final String KEY_FILE_ENV = "CREDITGRAPH_RECEIPT_KEY_FILE";

    @Parameters(paramLabel = "TOKEN", description = "The receipt, or - to read it from standard input.")
    String token;

    @Option(
            names = "--data-dir",
            paramLabel = "D",
            description = "Data dir of the server that issued the receipt; its keys/receipt-signing.jwk holds the"
                    + " key (default ./data, or the file named by " + KEY_FILE_ENV + ").")
    Path dataDir;

    @Option(
            names = "--jwks",
            paramLabel = "FILE",
            description = "A JWK Set file instead, e.g. saved from GET /.well-known/jwks.json.")
    Path jwks;

    @Spec
    CommandSpec spec;

    InputStream stdin = System.in;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jwks != null && dataDir != null) {
            err.println("creditgraph verify-receipt: use either --data-dir or --jwks, not both");
            return 2;
        }
        JWKSet keys = keys(err);
        if (keys == null) {
            err.flush();
            return NO_KEY;
        }
        try {
            String text = "-".equals(token) ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8) : token;
            ReceiptVerification result = new ReceiptVerifier(keys).verify(text.strip());
            if (!result.valid()) {
                out.println("valid: false");
                out.println("problem: " + result.problem());
                return 1;
            }
            out.println("valid: true");
            out.println("receiptId: " + result.receiptId());
            out.println("issuedAt: " + result.issuedAt());
            out.println("subjectCode: " + result.subjectCode());
            out.println("subjectFound: " + result.subjectFound());
            out.println("domain: " + result.domain());
            out.println("asOf: " + result.asOf());
            out.println("verdict: " + result.verdict());
            out.println("evidence: " + String.join("; ", result.evidence()));
            out.println("dataVersion: " + result.dataVersion());
            out.println("caller: " + result.caller());
            out.println("keyId: " + result.keyId());
            return 0;
        } catch (IOException | RuntimeException e) {
            out.println("valid: false");
            out.println("problem: " + e.getMessage());
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The public keys to verify with, or null (after saying why) when there are none to be had. */
    private JWKSet keys(PrintWriter err) {
        Path file = keyFile();
        if (!Files.isRegularFile(file)) {
            err.println("creditgraph verify-receipt: cannot verify: no key (no receipt key at " + file
                    + "); pass --data-dir of the server that issued the receipt, or --jwks FILE");
            return null;
        }
        try {
            return ReceiptKeyFile.publicKeys(file);
        } catch (ReceiptKeyFile.ReceiptKeyException e) {
            err.println("creditgraph verify-receipt: cannot verify: no key (" + e.getMessage() + ")");
            return null;
        }
    }

    private Path keyFile() {
        if (jwks != null) {
            return jwks;
        }
        if (dataDir != null) {
            return ReceiptKeyFile.in(dataDir);
        }
        String configured = System.getenv(KEY_FILE_ENV);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        return ReceiptKeyFile.in(Path.of("data"));
    }
}
