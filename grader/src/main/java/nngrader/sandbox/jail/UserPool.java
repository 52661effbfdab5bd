package nngrader.sandbox.jail;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox users that gradings on this machine share, one grading at a time each: a grading
 * claims a user with an exclusive lock on a file of its own and holds it to the end, so that no two
 * gradings (batch --jobs 2, graders of other runs) ever run student code as the same uid. That is
 * what lets a grading kill every process of its uid without touching another grading's worker, and
 * what keeps one student's leftover process from reaching the next student's worker.
 *
 * <pre>{@code
 * try (UserPool.Claim claim = UserPool.claim(null)) {     // one of nngrader-w0 ... nngrader-w15
 *     SandboxUser user = claim.user();
 * }
 * }</pre>
 */
final class UserPool {
    /** How many users the pool has: more than a machine runs gradings at once. */
    static final int SIZE = 16;
    static final String PREFIX = "nngrader-w";
    private static final Duration WAIT = Duration.ofMinutes(10);
    /** Root's own: a sandbox user must not be able to take or hold a lock. */
    private static final Path LOCKS = Path.of("/run/nngrader-users");
    /**
     * The users this JVM holds. A lock file is never opened a second time while its user is held here: the locks
     * are POSIX record locks, and closing any channel to the file (after an OverlappingFileLockException) would
     * release this JVM's lock on it, letting another process claim the user while a grading here still runs as it
     * (its sweep would then kill this grading's worker and remove its folder).
     */
    private static final Set<String> HELD = ConcurrentHashMap.newKeySet();

    private UserPool() {
    }

    /** A user claimed for one grading; closing it lets the next grading have it. */
    record Claim(SandboxUser user, FileLock lock) implements AutoCloseable {
        @Override
        public void close() {
            try {
                lock.channel().close();
            } catch (IOException ignored) {
                // closing the channel releases the lock; the process's end would too
            } finally {
                HELD.remove(user.name());
            }
        }
    }

    /**
     * Claims {@code name}, waiting for the grading that holds it, or when {@code name} is null the
     * first free user of the pool (created on first use).
     *
     * @throws IOException when no user can be had within 10 minutes, or one cannot be created
     */
    static Claim claim(String name) throws IOException {
        if (name != null) {
            SandboxUser.checkName(name); // before it names a lock file
        }
        Path locks = lockFolder();
        Instant giveUp = Instant.now().plus(WAIT);
        while (true) {
            for (int i = 0; i < (name == null ? SIZE : 1); i++) {
                String candidate = name == null ? PREFIX + i : name;
                if (!HELD.add(candidate)) {
                    continue; // a grading in this JVM has it
                }
                FileLock lock;
                try {
                    lock = tryLock(locks.resolve(candidate + ".lock"));
                } catch (IOException | RuntimeException e) {
                    HELD.remove(candidate);
                    throw e;
                }
                if (lock == null) {
                    HELD.remove(candidate);
                    continue;
                }
                try {
                    return new Claim(SandboxUser.ensure(candidate), lock);
                } catch (IOException | RuntimeException e) {
                    lock.channel().close();
                    HELD.remove(candidate);
                    throw e;
                }
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IOException(name == null ? "all " + SIZE + " sandbox users are busy with other gradings"
                        : "the sandbox user " + name + " is busy with another grading");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for a sandbox user", e);
            }
        }
    }

    private static FileLock tryLock(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException heldInThisJvm) {
            // not by a claim (HELD keeps those out); the channel stays open, as closing it would release that lock
            return null;
        }
        channel.close();
        return null;
    }

    static Path lockFolder() throws IOException {
        Path folder = Files.isDirectory(LOCKS.getParent()) && Files.isWritable(LOCKS.getParent()) ? LOCKS
                : Path.of(System.getProperty("java.io.tmpdir"), "nngrader-users");
        try {
            Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (java.nio.file.FileAlreadyExistsException ok) {
            // made by an earlier grading
        }
        if (!Files.getOwner(folder).getName().equals("root") || Files.isSymbolicLink(folder)) {
            throw new IOException(folder + " is not root's own folder; remove it");
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        return folder;
    }
}
