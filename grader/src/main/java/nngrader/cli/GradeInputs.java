package nngrader.cli;

import nngrader.assignment.AssignmentLoader;
import nngrader.assignment.InvalidAssignmentException;
import nngrader.grade.Grader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What is wrong with {@code grade}'s {@code --assignment} and {@code --submission} before any grading: a
 * misspelled path, an assignment that does not load. These are the staff's mistakes, not a student's, so
 * {@code grade} says so in one sentence and exits 2 instead of printing a failed student's table. An empty but
 * existing submission folder is not one of them: that is a student who handed in nothing, graded as such.
 */
final class GradeInputs {

    private GradeInputs() {
    }

    /** The one sentence (without its final period) that names the staff's mistake, if there is one. */
    static Optional<String> problem(Path assignment, Path submission) {
        if (!Files.exists(submission)) {
            return Optional.of("the submission folder " + submission + " does not exist");
        }
        if (!Files.isDirectory(submission)) {
            return Optional.of(Grader.notAFolder(submission));
        }
        try {
            new AssignmentLoader().load(assignment);
            return Optional.empty();
        } catch (InvalidAssignmentException e) {
            return Optional.of("assignment: " + e.getMessage());
        }
    }
}
