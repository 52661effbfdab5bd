package nngrader.locate;

import java.util.List;
import java.util.Objects;

import nngrader.assignment.SubmittedFile;

/**
 * One wanted file as found in the submission.
 *
 * @param wanted       the file the assignment asks for
 * @param relativePath where it was found, relative to the submission folder, with {@code /} separators
 *                     (e.g. {@code src/main/java/nn/softmax/Softmax.java}, or just {@code Softmax.java})
 * @param source       its text, decoded, without a byte order mark
 * @param notes        things the student may want to know that did not stop the file from being used
 *                     (e.g. "Softmax.java is not UTF-8; read as Latin-1")
 */
public record LocatedFile(SubmittedFile wanted, String relativePath, String source, List<String> notes) {

    public LocatedFile {
        Objects.requireNonNull(wanted, "wanted");
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(source, "source");
        notes = List.copyOf(notes);
    }
}
