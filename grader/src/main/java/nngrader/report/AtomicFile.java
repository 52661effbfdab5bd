package nngrader.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a file in one step, so that an LMS polling for its results (or a crash half-way) never
 * sees half a file: the content goes to a temporary file beside the target, which is then moved
 * over it. The file is left readable by all (rw-r--r--), as a plain write would leave it, rather than
 * the temporary file's owner-only mode: a batch's output is shared with the TAs; the folder is what
 * keeps results private where they must be (run_autograder makes Gradescope's results folder root-only).
 *
 * <p>Where {@value #RESERVED} lies beside the target (run_autograder writes one before grading, with
 * a fallback results file), the content is written into it instead, over blocks the disk has already
 * given: student code that fills the disk during grading cannot keep the results from being written.
 * If writing fails all the same, the file that was there (the fallback) stays.
 */
public final class AtomicFile {
    /** Room for the results, taken before grading; run_autograder spells it the same. */
    public static final String RESERVED = ".reserved-for-results";

    private AtomicFile() {
    }

    public static void write(Path file, byte[] content) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path reserved = target.resolveSibling(RESERVED);
        boolean inReserved = Files.isRegularFile(reserved, LinkOption.NOFOLLOW_LINKS);
        Path temporary = inReserved ? reserved : Files.createTempFile(target.getParent(), ".results-", ".tmp");
        try {
            if (inReserved) {
                overwrite(reserved, content);
            } else {
                Files.write(temporary, content);
            }
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the default mode is the platform's
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes over the file's first bytes and cuts it there: no new blocks are needed while it was long enough. */
    private static void overwrite(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            ByteBuffer bytes = ByteBuffer.wrap(content);
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.truncate(content.length);
            channel.force(true);
        }
    }
}
