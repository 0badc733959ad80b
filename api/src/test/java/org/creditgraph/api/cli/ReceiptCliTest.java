package org.creditgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.creditgraph.api.receipt.Receipt;
import org.creditgraph.api.receipt.ReceiptKeyFile;
import org.creditgraph.api.receipt.ReceiptSigner;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.check.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code creditgraph verify-receipt} (contract §1, D8), run in-process as bin/creditgraph runs it. */
class ReceiptCliTest {

    @TempDir
    Path dataDir;

    String token;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void issue() {
        ReceiptSigner signer = new ReceiptSigner(ReceiptKeyFile.loadOrCreate(dataDir));
        token = signer.sign(new Receipt(
                "0b6d7c1e-5f3a-4e8b-9c2d-1a2b3c4d5e6f",
                Instant.parse("2026-03-01T02:03:04Z"),
                "91110000600037341L",
                SanctionDomain.PUBLIC_TENDERING,
                LocalDate.of(2026, 3, 1),
                Verdict.ATTENTION,
                true,
                List.of("SG-1", "SG-2"),
                "load-run-7",
                "Tender Platform"));
    }

    int run(String stdin, String... args) {
        CommandLine cli = new CommandLine(new CreditGraphCli());
        Subcommands.addTo(cli);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        VerifyReceiptCommand command =
                cli.getSubcommands().get("verify-receipt").getCommand();
        if (stdin != null) {
            command.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        }
        return cli.execute(args);
    }

    @Test
    void d8_aValidReceiptPrintsItsContentAndExitsZero() {
        int exit = run(null, "verify-receipt", "--data-dir", dataDir.toString(), token);
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("valid: true\n")
                .contains("receiptId: 0b6d7c1e-5f3a-4e8b-9c2d-1a2b3c4d5e6f\n")
                .contains("issuedAt: 2026-03-01T02:03:04Z\n")
                .contains("subjectCode: 91110000600037341L\n")
                .contains("domain: PUBLIC_TENDERING\n")
                .contains("asOf: 2026-03-01\n")
                .contains("verdict: ATTENTION\n")
                .contains("evidence: SG-1; SG-2\n")
                .contains("dataVersion: load-run-7\n")
                .contains("caller: Tender Platform\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void d8_anAlteredReceiptPrintsTheProblemAndExitsOne() {
        char c = token.charAt(40) == 'A' ? 'B' : 'A';
        String altered = token.substring(0, 40) + c + token.substring(41);
        int exit = run(null, "verify-receipt", "--data-dir", dataDir.toString(), altered);
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("valid: false\n").contains("problem: ");
        assertThat(out.toString()).doesNotContain("verdict:");
        noStackTrace();
    }

    @Test
    void d8_garbageExitsOneWithoutAStackTrace() {
        assertThat(run(null, "verify-receipt", "--data-dir", dataDir.toString(), "not-a-receipt"))
                .isEqualTo(1);
        assertThat(out.toString()).contains("problem: malformed token");
        noStackTrace();
    }

    @Test
    void d8_aSavedJwkSetVerifiesToo() throws Exception {
        Path jwks = dataDir.resolve("jwks.json");
        Files.writeString(
                jwks,
                new ReceiptSigner(ReceiptKeyFile.read(ReceiptKeyFile.in(dataDir)))
                        .publicKeys()
                        .toString());
        assertThat(run(null, "verify-receipt", "--jwks", jwks.toString(), token))
                .isZero();
        assertThat(run(null, "verify-receipt", "--jwks", jwks.toString(), "--data-dir", dataDir.toString(), token))
                .isEqualTo(2);
    }

    @Test
    void d8_theTokenMayComeOnStandardInput() {
        assertThat(run(token + "\n", "verify-receipt", "--data-dir", dataDir.toString(), "-"))
                .isZero();
        assertThat(out.toString()).contains("verdict: ATTENTION");
    }

    @Test
    void d8_withoutAKeyItCannotVerifyAndSaysSoWithItsOwnExitCode() {
        Path empty = dataDir.resolve("no-such-dir");
        assertThat(run(null, "verify-receipt", "--data-dir", empty.toString(), token))
                .isEqualTo(VerifyReceiptCommand.NO_KEY);
        assertThat(VerifyReceiptCommand.NO_KEY).isEqualTo(3);
        assertThat(err.toString())
                .contains("cannot verify: no key")
                .contains("no receipt key at")
                .contains("--jwks");
        assertThat(out.toString()).as("not a verdict on the receipt").doesNotContain("valid:");
        noStackTrace();
    }

    void noStackTrace() {
        assertThat(out.toString() + err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
