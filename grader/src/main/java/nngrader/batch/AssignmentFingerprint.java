package nngrader.batch;

import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 of what a submission is graded against: the assignment's id, its {@code assignment.json},
 * every file on the suite's class path (the compiled hidden suite and reference) and the template
 * sources submissions are compiled over. A batch skips a submission only when its record was graded
 * against the same fingerprint, so an edited assignment or a rebuilt suite grades everything again.
 *
 * <p>It hashes contents, not times: it is computed once per batch run (a few hundred class files take
 * milliseconds), and the shards of one regrade, each built on a machine of its own, must agree on it
 * for {@code grader merge} to accept them.
 */
public final class AssignmentFingerprint {
    private AssignmentFingerprint() {
    }

    public static String of(Assignment assignment) throws IOException {
        MessageDigest digest = sha256();
        text(digest, assignment.id());
        file(digest, assignment.directory().resolve(AssignmentLoader.FILE_NAME));
        List<Path> roots = new ArrayList<>(assignment.suite().classPath());
        roots.add(assignment.template());
        for (Path root : roots) {
            text(digest, "root");
            tree(digest, root);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every regular file below a folder (its path from there, then its bytes), or a file such as a jar. */
    private static void tree(MessageDigest digest, Path root) throws IOException {
        if (Files.isRegularFile(root)) {
            file(digest, root);
        } else if (Files.isDirectory(root)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                text(digest, root.relativize(file).toString());
                file(digest, file);
            }
        } else {
            text(digest, "missing");
        }
    }

    private static void text(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static void file(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
