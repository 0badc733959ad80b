package org.creditgraph.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys directory and key files are the owner's only from the moment they exist. */
class KeyFilesTest {

    @TempDir
    Path dataDir;

    @BeforeEach
    void posix() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    }

    static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    static List<String> names(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theIdSecretAndItsDirectoryAreCreatedOwnerOnly() throws Exception {
        assumeTrue(System.getenv("CREDITGRAPH_ID_SECRET") == null, "the secret comes from the environment");
        PersonIdentity first = PersonIdentity.fromEnvironmentOr(dataDir);
        Path keys = dataDir.resolve("keys");
        assertThat(permissions(keys)).isEqualTo("rwx------");
        assertThat(permissions(keys.resolve("id-hmac.key"))).isEqualTo("rw-------");
        assertThat(Files.size(keys.resolve("id-hmac.key"))).isEqualTo(32);
        assertThat(names(keys)).containsExactly("id-hmac.key"); // no temporary file left behind
        assertThat(PersonIdentity.fromEnvironmentOr(dataDir).fingerprint()).isEqualTo(first.fingerprint());
    }

    @Test
    void anExistingOpenKeysDirectoryAndKeyFileAreTightenedAtStart() throws Exception {
        assumeTrue(System.getenv("CREDITGRAPH_ID_SECRET") == null, "the secret comes from the environment");
        Path keys = Files.createDirectories(dataDir.resolve("keys"));
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path secret = keys.resolve("id-hmac.key");
        Files.write(secret, "0123456789abcdef0123456789abcdef".getBytes());
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-r--r--"));
        String fingerprint = new PersonIdentity(Files.readAllBytes(secret)).fingerprint();
        assertThat(PersonIdentity.fromEnvironmentOr(dataDir).fingerprint()).isEqualTo(fingerprint);
        assertThat(permissions(keys)).isEqualTo("rwx------");
        assertThat(permissions(secret)).isEqualTo("rw-------");
    }

    @Test
    void aStricterDirectoryIsLeftAsItIs() throws Exception {
        Path keys = Files.createDirectories(dataDir.resolve("keys"));
        Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("r-x------"));
        try {
            assertThat(KeyFiles.directory(dataDir)).isEqualTo(keys.toAbsolutePath());
            assertThat(permissions(keys)).isEqualTo("r-x------");
        } finally {
            Files.setPosixFilePermissions(keys, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void anExistingKeyIsNeverReplaced() throws Exception {
        Path file = KeyFiles.directory(dataDir).resolve("k");
        KeyFiles.createIfAbsent(file, new byte[] {1});
        KeyFiles.createIfAbsent(file, new byte[] {2});
        assertThat(Files.readAllBytes(file)).containsExactly(1);
        assertThat(permissions(file)).isEqualTo("rw-------");
        assertThat(names(file.getParent())).containsExactly("k");
    }

    @Test
    void concurrentFirstCreationsEndUpWithOneKey() throws Exception {
        Path file = KeyFiles.directory(dataDir).resolve("k");
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<byte[]>> seen = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                byte value = (byte) i;
                seen.add(pool.submit((Callable<byte[]>) () -> {
                    KeyFiles.createIfAbsent(file, new byte[] {value, value, value});
                    return Files.readAllBytes(file);
                }));
            }
            byte[] first = seen.getFirst().get();
            for (Future<byte[]> f : seen) {
                assertThat(f.get()).containsExactly(first);
            }
        }
        assertThat(names(file.getParent())).containsExactly("k");
    }
}
