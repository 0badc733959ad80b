package org.creditgraph.api.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.creditgraph.model.SanctionDomain;
import org.creditgraph.model.check.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** D8 receipts without a server: signing, verification, tampering, keys on disk. */
class ReceiptSigningTest {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    static final ECKey KEY = ReceiptKeyFile.generate();
    static final ReceiptSigner SIGNER = new ReceiptSigner(KEY);
    static final ReceiptVerifier VERIFIER = new ReceiptVerifier(SIGNER.publicKeys());

    @TempDir
    Path dir;

    static Receipt receipt() {
        return new Receipt(
                "6f1c2a4e-0d7b-4c55-9a57-0f0f3c1d2e9a",
                Instant.parse("2026-03-01T02:03:04Z"),
                "91110000600037341L",
                SanctionDomain.FINANCING,
                LocalDate.of(2026, 3, 1),
                Verdict.RESTRICTED,
                true,
                List.of("SERIOUS_DISHONESTY|91110000600037341L|2024-01-10", "11110000000019713H|京应急罚〔2023〕1号"),
                "load-run-7",
                "Bank A");
    }

    @Test
    void d8_aSignedReceiptVerifiesAndStatesWhatWasSigned() {
        String token = SIGNER.sign(receipt());
        assertThat(token.split("\\.")).hasSize(3);
        ReceiptVerification v = VERIFIER.verify(token);
        assertThat(v.valid()).isTrue();
        assertThat(v.problem()).isNull();
        assertThat(v.receipt()).isEqualTo(receipt());
        assertThat(v.keyId()).isEqualTo(KEY.getKeyID());
        assertThat(v.issuedAt()).isEqualTo("2026-03-01T02:03:04Z");
        assertThat(v.verdict()).isEqualTo(Verdict.RESTRICTED);
        assertThat(v.evidence()).hasSize(2);
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"alg\":\"ES256\"").contains("\"kid\":\"" + KEY.getKeyID() + "\"");
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(payload)
                .contains("\"iss\":\"creditgraph\"")
                .contains("\"jti\":\"6f1c2a4e-0d7b-4c55-9a57-0f0f3c1d2e9a\"")
                .contains("\"sub\":\"91110000600037341L\"")
                .contains("\"asOf\":\"2026-03-01\"")
                .contains("\"caller\":\"Bank A\"");
    }

    @Test
    void d8_changingAnyCharacterOfAReceiptInvalidatesIt() {
        // Each base64url character carries 6 bits: flipping each of them, at every position, and
        // putting a character outside the alphabet there, covers every way to change a token's bytes.
        String token = SIGNER.sign(receipt());
        int checked = 0;
        for (int i = 0; i < token.length(); i++) {
            char original = token.charAt(i);
            List<Character> replacements = new ArrayList<>(List.of('=', '+'));
            if (original == '.') {
                replacements.add('A');
            } else {
                replacements.add('.');
                for (int bit = 0; bit < 6; bit++) {
                    replacements.add(ALPHABET.charAt(ALPHABET.indexOf(original) ^ (1 << bit)));
                }
            }
            for (char c : replacements) {
                String altered = token.substring(0, i) + c + token.substring(i + 1);
                ReceiptVerification v = VERIFIER.verify(altered);
                assertThat(v.valid()).as("token altered at %d to '%s'", i, c).isFalse();
                assertThat(v.problem()).isNotBlank();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(token.length() * 8);
        // Dropping or adding a character anywhere is no better.
        for (int i = 0; i < token.length(); i += 7) {
            assertThat(VERIFIER.verify(token.substring(0, i) + token.substring(i + 1))
                            .valid())
                    .isFalse();
            assertThat(VERIFIER.verify(token.substring(0, i) + "A" + token.substring(i))
                            .valid())
                    .isFalse();
        }
        assertThat(VERIFIER.verify(token + "A").valid()).isFalse();
    }

    @Test
    void d8_aSignatureSpelledWithOtherSpareBitsIsRejected() {
        // 64 signature bytes take 86 base64url characters, the last with 4 spare bits: 'A' and 'B'
        // decode to the same bytes. Only the canonical spelling (spare bits zero) is accepted.
        String token = SIGNER.sign(receipt());
        String signature = token.substring(token.lastIndexOf('.') + 1);
        assertThat(signature).hasSize(86);
        int last = ALPHABET.indexOf(signature.charAt(85));
        char sameBytes = ALPHABET.charAt(last ^ 1);
        String altered = token.substring(0, token.length() - 1) + sameBytes;
        assertThat(Base64.getUrlDecoder().decode(altered.substring(altered.lastIndexOf('.') + 1)))
                .isEqualTo(Base64.getUrlDecoder().decode(signature));
        ReceiptVerification v = VERIFIER.verify(altered);
        assertThat(v.valid()).isFalse();
        assertThat(v.problem()).isEqualTo("malformed token: the signature is not canonical base64url");
    }

    @Test
    void d8_aReceiptSignedWithAnotherKeyIsInvalid() throws Exception {
        ECKey other = ReceiptKeyFile.generate();
        ReceiptVerification unknown = VERIFIER.verify(new ReceiptSigner(other).sign(receipt()));
        assertThat(unknown.valid()).isFalse();
        assertThat(unknown.problem()).startsWith("unknown key:");
        // the same key id, but not the same key
        ECKey impostor = new ECKey.Builder(other).keyID(KEY.getKeyID()).build();
        ReceiptVerification forged = VERIFIER.verify(new ReceiptSigner(impostor).sign(receipt()));
        assertThat(forged.valid()).isFalse();
        assertThat(forged.problem()).startsWith("bad signature:");
    }

    @Test
    void d8_otherAlgorithmsAreRefusedByName() throws Exception {
        SignedJWT hmac = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY.getKeyID()).build(),
                receipt().claims());
        hmac.sign(new MACSigner(new byte[32]));
        assertThat(VERIFIER.verify(hmac.serialize()).problem()).startsWith("wrong algorithm: HS256");
        String unsigned = new PlainJWT(receipt().claims()).serialize();
        assertThat(VERIFIER.verify(unsigned).problem()).startsWith("wrong algorithm: none");
        ECKey p384 = new ECKeyGenerator(Curve.P_384).keyID(KEY.getKeyID()).generate();
        SignedJWT es384 = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES384).keyID(KEY.getKeyID()).build(),
                receipt().claims());
        es384.sign(new com.nimbusds.jose.crypto.ECDSASigner(p384));
        assertThat(VERIFIER.verify(es384.serialize()).problem()).startsWith("wrong algorithm: ES384");
    }

    @Test
    void d8_garbageIsInvalidWithAProblemAndNeverThrows() {
        String[] garbage = {
            null,
            "",
            "abc",
            "a.b",
            "a.b.c",
            "...",
            "..",
            "eyJhbGciOiJFUzI1NiJ9.e30.AAAA",
            "eyJhbGciOiJFUzI1NiJ9.e30.",
            "W10.e30.AAAA",
            "收据.收据.收据",
            "x".repeat(ReceiptVerifier.MAX_LENGTH + 1)
        };
        for (String token : garbage) {
            ReceiptVerification v = VERIFIER.verify(token);
            assertThat(v.valid()).as(String.valueOf(token)).isFalse();
            assertThat(v.problem()).as(String.valueOf(token)).isNotBlank();
            assertThat(v.verdict()).isNull();
        }
        assertThat(VERIFIER.verify("eyJhbGciOiJFUzI1NiJ9.e30.AAAA").problem()).startsWith("unknown key:");
        assertThat(VERIFIER.verify("W10.e30.AAAA").problem()).startsWith("malformed token:");
    }

    @Test
    void d8_aSignedTokenThatIsNoReceiptIsMalformed() throws Exception {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(KEY.getKeyID()).build(),
                new com.nimbusds.jwt.JWTClaimsSet.Builder()
                        .issuer("creditgraph")
                        .subject("x")
                        .build());
        jwt.sign(new com.nimbusds.jose.crypto.ECDSASigner(KEY));
        ReceiptVerification v = VERIFIER.verify(jwt.serialize());
        assertThat(v.valid()).isFalse();
        assertThat(v.problem()).startsWith("malformed receipt:");
    }

    @Test
    void d8_theKeyIsCreatedOnceOwnerOnlyAndKeepsItsIdAcrossRestarts() throws Exception {
        ECKey first = ReceiptKeyFile.loadOrCreate(dir);
        Path file = ReceiptKeyFile.in(dir);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(first.isPrivate()).isTrue();
        assertThat(first.getKeyID()).isEqualTo(first.computeThumbprint().toString());
        ECKey again = ReceiptKeyFile.loadOrCreate(dir);
        assertThat(again.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(again).isEqualTo(first);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("receipt-signing.jwk");
        }
        // what one start signed, the next start verifies
        String token = new ReceiptSigner(first).sign(receipt());
        assertThat(new ReceiptVerifier(new ReceiptSigner(again).publicKeys())
                        .verify(token)
                        .valid())
                .isTrue();
    }

    @Test
    void d8_theKeysDirectoryIsOwnerOnlyAndAnOpenOneIsTightenedAtStart() throws Exception {
        ReceiptKeyFile.loadOrCreate(dir);
        Path keys = ReceiptKeyFile.in(dir).getParent();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)))
                .isEqualTo("rwx------");
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(ReceiptKeyFile.in(dir), PosixFilePermissions.fromString("rw-r--r--"));
        ECKey again = ReceiptKeyFile.loadOrCreate(dir);
        assertThat(again.isPrivate()).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(ReceiptKeyFile.in(dir))))
                .isEqualTo("rw-------");
    }

    @Test
    void d8_concurrentFirstStartsEndUpWithOneKey() throws Exception {
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<ECKey>> keys = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                keys.add(pool.submit((Callable<ECKey>) () -> ReceiptKeyFile.loadOrCreate(dir)));
            }
            String kid = keys.getFirst().get().getKeyID();
            for (Future<ECKey> key : keys) {
                assertThat(key.get().getKeyID()).isEqualTo(kid);
            }
        }
        try (var files = Files.list(ReceiptKeyFile.in(dir).getParent())) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @Test
    void d8_aConfiguredKeyFileIsReadAndMustBeAPrivateP256Key() throws Exception {
        Path file = dir.resolve("my-key.jwk");
        Files.writeString(file, KEY.toJSONString());
        assertThat(ReceiptKeyFile.read(file).getKeyID()).isEqualTo(KEY.getKeyID());
        Path noKid = dir.resolve("no-kid.jwk");
        Files.writeString(noKid, new ECKey.Builder(KEY).keyID(null).build().toJSONString());
        assertThat(ReceiptKeyFile.read(noKid).getKeyID()).isEqualTo(KEY.getKeyID());
        Path publicOnly = dir.resolve("public.jwk");
        Files.writeString(publicOnly, KEY.toPublicJWK().toJSONString());
        assertThatThrownBy(() -> ReceiptKeyFile.read(publicOnly)).hasMessageContaining("no private part");
        Path p384 = dir.resolve("p384.jwk");
        Files.writeString(p384, new ECKeyGenerator(Curve.P_384).generate().toJSONString());
        assertThatThrownBy(() -> ReceiptKeyFile.read(p384)).hasMessageContaining("P-256");
        assertThatThrownBy(() -> ReceiptKeyFile.read(dir.resolve("missing.jwk")))
                .isInstanceOf(ReceiptKeyFile.ReceiptKeyException.class)
                .hasMessageContaining("missing.jwk");
    }

    @Test
    void d8_publicKeysComeFromAKeyFileOrAJwkSetWithoutPrivateParts() throws Exception {
        Path keyFile = dir.resolve("receipt-signing.jwk");
        Files.writeString(keyFile, KEY.toJSONString());
        JWKSet fromKey = ReceiptKeyFile.publicKeys(keyFile);
        assertThat(fromKey.toString(false)).doesNotContain("\"d\"");
        Path jwks = dir.resolve("jwks.json");
        Files.writeString(jwks, SIGNER.publicKeys().toString());
        JWKSet fromSet = ReceiptKeyFile.publicKeys(jwks);
        String token = SIGNER.sign(receipt());
        assertThat(new ReceiptVerifier(fromKey).verify(token).valid()).isTrue();
        assertThat(new ReceiptVerifier(fromSet).verify(token).valid()).isTrue();
    }
}
