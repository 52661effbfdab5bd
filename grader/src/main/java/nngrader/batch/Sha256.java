package nngrader.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 fed with texts and files in order, each followed by a zero byte so that no two inputs
 * run together; the fingerprints of submissions and of what they are graded against.
 *
 * <pre>{@code
 * String hex = new Sha256().text(assignment.id()).path(assignment.template()).hex();
 * }</pre>
 */
final class Sha256 {
    private final MessageDigest digest;

    Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    Sha256 text(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    /** A file's bytes. */
    Sha256 file(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        digest.update((byte) 0);
        return this;
    }

    /** A file's bytes; or every regular file below a folder, in path order, its path from there and its bytes; or "missing". */
    Sha256 path(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return file(path);
        }
        if (!Files.isDirectory(path)) {
            return text("missing");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            text(path.relativize(file).toString());
            file(file);
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
