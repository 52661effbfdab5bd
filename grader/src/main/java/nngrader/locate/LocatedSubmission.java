package nngrader.locate;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import nngrader.assignment.SubmittedFile;

/**
 * What {@link SubmissionLocator} found: for every wanted file either a {@link LocatedFile} or at least one
 * {@link LocateProblem}.
 *
 * @param root     the submission folder, absolute
 * @param files    the wanted files that were found and can be compiled, in the order they were wanted
 * @param problems the wanted files that cannot be used, and why
 */
public record LocatedSubmission(Path root, List<LocatedFile> files, List<LocateProblem> problems) {

    public LocatedSubmission {
        Objects.requireNonNull(root, "root");
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** The located copy of a wanted file, if it was found and is usable. */
    public Optional<LocatedFile> file(SubmittedFile wanted) {
        return files.stream().filter(f -> f.wanted().equals(wanted)).findFirst();
    }

    /** The problems of one wanted file (empty when it was found). */
    public List<LocateProblem> problemsOf(SubmittedFile wanted) {
        return problems.stream().filter(p -> p.wanted().equals(wanted)).toList();
    }

    /**
     * Hex SHA-256 over the wanted file paths and the code found for them ({@link CodeText}: the syntax tree,
     * not the bytes), in the order of the wanted paths. It seeds the randomized hidden tests of this submission:
     * the same code gives the same fingerprint wherever the submission sits and wherever in it the files were
     * found, so a resubmission that only edits comments or layout is graded on the same inputs; any change to
     * the code (an identifier, a literal, an operator) changes it. (Batch grading tells a changed file by its
     * bytes, with a hash of its own.)
     */
    public String fingerprint() {
        var byPath = new TreeMap<String, Optional<String>>();
        problems.forEach(p -> byPath.putIfAbsent(p.wanted().file(), Optional.empty()));
        files.stream()
                .sorted(Comparator.comparing(f -> f.wanted().file()))
                .forEach(f -> byPath.put(f.wanted().file(), Optional.of(f.source())));
        MessageDigest sha256 = sha256();
        byPath.forEach((path, source) -> {
            update(sha256, path);
            sha256.update((byte) (source.isPresent() ? 1 : 0));
            source.ifPresent(s -> update(sha256, CodeText.of(s)));
        });
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Length-prefixed, so that no two different inputs hash the same byte stream. */
    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
