package nngrader.example;

import nngrader.assignment.Assignment;
import nngrader.grade.Grader;
import nngrader.scratch.ScratchFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Grades example submissions of one assignment through the real pipeline: writes the reference with
 * the example's edits into a scratch folder, grades it as a student's upload, and deletes the folder.
 *
 * <pre>{@code
 * Assignment assignment = new AssignmentLoader().load(Path.of("assignments/softmax-regression"));
 * GradedExample bug = new ExampleGrader(assignment).grade(
 *         ExampleSubmission.read(assignment.directory().resolve("mutants/no-max-subtraction.json")));
 * }</pre>
 */
public final class ExampleGrader {
    private final Assignment assignment;
    private final Grader grader;

    public ExampleGrader(Assignment assignment) {
        this(assignment, new Grader());
    }

    public ExampleGrader(Assignment assignment, Grader grader) {
        this.assignment = assignment;
        this.grader = grader;
    }

    /**
     * @throws IOException when the assignment names no reference, or an edit no longer applies to
     *                     the reference (the message names the example and the text)
     */
    public GradedExample grade(ExampleSubmission example) throws IOException {
        if (assignment.reference() == null) {
            throw new IOException(example.name() + ": assignment.json names no reference to apply the edits to");
        }
        Path scratch = ScratchFolder.create("nngrader-example-");
        try {
            Path folder = scratch.resolve(example.name());
            example.writeTo(assignment.reference(), assignment.submit(), folder);
            return grade(example.name(), example.description(), folder);
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    /** Grades a submission folder as it is, e.g. the reference or the template sources. */
    public GradedExample grade(String name, String description, Path submission) {
        return new GradedExample(name, description, grader.grade(assignment.directory(), submission));
    }
}
