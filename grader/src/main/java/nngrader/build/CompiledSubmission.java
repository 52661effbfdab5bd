package nngrader.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nngrader.assignment.SubmittedFile;

/**
 * The compiled student and template classes, and what became of each submitted file.
 *
 * @param classesDir the class files: every template class, with the student's classes where they compiled
 * @param files      one outcome per wanted file, ordered by the file's path
 */
public record CompiledSubmission(Path classesDir, List<FileOutcome> files) {

    public CompiledSubmission {
        Objects.requireNonNull(classesDir, "classesDir");
        files = List.copyOf(files);
    }

    /** The outcome of one wanted file. */
    public Optional<FileOutcome> outcome(SubmittedFile wanted) {
        return files.stream().filter(f -> f.wanted().equals(wanted)).findFirst();
    }
}
