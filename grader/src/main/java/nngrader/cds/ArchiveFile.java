package nngrader.cds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * One JVM's dynamic class-data sharing archive ({@code X.jsa}) and its stamp ({@code X.jsa.stamp}: the
 * archive's size and modification time in seconds, written when it was made).
 *
 * <p>The JVM itself refuses an archive made for other jars or another JDK and starts without it
 * ({@code -Xshare:auto}), but it trusts the archive's own header: a truncated archive crashes it
 * (SIGBUS, JDK 17.0.15). So an archive is used only when it still has the size and time of its stamp;
 * {@code grader/bin/grader} checks the grader's own archive the same way.
 */
public record ArchiveFile(Path file) {

    /** The flags that make (at the JVM's exit) or use this archive, or none, as {@link ClassDataSharing#mode()} says. */
    public List<String> flags() {
        return switch (ClassDataSharing.mode()) {
            case MAKE -> List.of("-XX:ArchiveClassesAtExit=" + unsealed());
            case OFF -> List.of();
            case USE -> usable() ? List.of("-XX:SharedArchiveFile=" + file) : List.of();
            case REQUIRE -> List.of("-Xshare:on", "-XX:SharedArchiveFile=" + file);
        };
    }

    /** Whether the archive is there and unchanged since it was made. */
    public boolean usable() {
        try {
            return Files.readString(stamp(), StandardCharsets.US_ASCII).strip().equals(stampOf(file));
        } catch (IOException e) {
            return false;
        }
    }

    /** Where a JVM making this archive writes it; {@link #seal()} moves it into place. */
    public Path unsealed() {
        return file.resolveSibling(file.getFileName() + ".new");
    }

    /** Moves the newly made archive into place and stamps it; false when no JVM wrote one. */
    public boolean seal() throws IOException {
        if (!Files.isRegularFile(unsealed(), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Files.deleteIfExists(stamp());
        Files.move(unsealed(), file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Path stamp = stamp().resolveSibling(stamp().getFileName() + ".new");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.writeString(stamp, stampOf(file) + "\n", StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(stamp, PosixFilePermissions.fromString("r--r--r--"));
        Files.move(stamp, stamp(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    public Path stamp() {
        return file.resolveSibling(file.getFileName() + ".stamp");
    }

    /** "SIZE MTIME": what {@code stat -c '%s %Y'} prints, so that the launcher can check it without Java. */
    private static String stampOf(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            throw new IOException(file + " is not a regular file");
        }
        return attributes.size() + " " + attributes.lastModifiedTime().toMillis() / 1000;
    }
}
