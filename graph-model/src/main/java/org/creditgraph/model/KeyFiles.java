package org.creditgraph.model;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's secrets on disk: {@code <data-dir>/keys/} (the ID-number secret, the receipt
 * signing key). The directory is the owner's only ({@code rwx------}); one found more open is
 * tightened, with a log line. A key file is born owner-only ({@code rw-------}, set when it is
 * created, never changed afterwards), written in full under a temporary name in the same
 * directory, and then put in place atomically: a reader never sees half a key, and of two
 * concurrent first starts both end up with the one key that landed first. On file systems without
 * POSIX permissions the files are created without them.
 */
public final class KeyFiles {

    private static final Logger log = LoggerFactory.getLogger(KeyFiles.class);
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private KeyFiles() {}

    /** {@code <dataDir>/keys}, created owner-only, or tightened to owner-only when it exists. */
    public static Path directory(Path dataDir) throws IOException {
        Path dir = dataDir.toAbsolutePath().resolve("keys");
        Files.createDirectories(dir.getParent());
        try {
            Files.createDirectory(dir, ownerOnly(DIRECTORY));
        } catch (FileAlreadyExistsException exists) {
            if (!Files.isDirectory(dir)) {
                throw exists;
            }
            tighten(dir, DIRECTORY);
        }
        return dir;
    }

    /**
     * Creates {@code file} (in {@link #directory}) with {@code content} unless it exists; an
     * existing file, also one another process put there a moment ago, is kept as it is.
     */
    public static void createIfAbsent(Path file, byte[] content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        Path temp = Files.createTempFile(dir, "." + name + ".", ".tmp", ownerOnly(FILE));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                var buffer = java.nio.ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.createLink(file, temp); // atomic, and never replaces a key already there
            } catch (FileAlreadyExistsException anotherStartWon) {
                // keep theirs
            } catch (UnsupportedOperationException | IOException noHardLinks) {
                if (!Files.exists(file)) {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes group and other permissions from an existing key file. */
    public static void tightenFile(Path file) throws IOException {
        tighten(file, FILE);
    }

    private static void tighten(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!POSIX) {
            return;
        }
        Set<PosixFilePermission> current = Files.getPosixFilePermissions(path);
        if (!wanted.containsAll(current)) {
            Files.setPosixFilePermissions(path, wanted);
            log.warn(
                    "{} was {}; tightened to {} (key files are the owner's only)",
                    path,
                    PosixFilePermissions.toString(current),
                    PosixFilePermissions.toString(wanted));
        }
    }

    private static FileAttribute<?>[] ownerOnly(Set<PosixFilePermission> permissions) {
        return POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)}
                : new FileAttribute<?>[0];
    }
}
