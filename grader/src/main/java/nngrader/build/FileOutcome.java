package nngrader.build;

import java.util.Objects;

import nngrader.assignment.SubmittedFile;

/**
 * What became of one file the student hands in.
 *
 * @param wanted      the file the assignment asks for
 * @param status      whether the student's copy or the template's stub was compiled
 * @param diagnostics for the student: the compiler's errors in javac's form (their path, line, message, source
 *                    line with a caret), capped; for {@link Status#NOT_SUBMITTED} why the file could not be
 *                    used; empty when it compiled
 */
public record FileOutcome(SubmittedFile wanted, Status status, String diagnostics) {

    /** Which copy of the file is in the compiled classes. */
    public enum Status {
        /** The student's file compiled and is used. */
        COMPILED,
        /** The student's file did not compile (or is in the wrong package): the template stub is used instead. */
        FELL_BACK_TO_STUB,
        /** The file was missing or unusable in the submission: the template stub is used. */
        NOT_SUBMITTED
    }

    public FileOutcome {
        Objects.requireNonNull(wanted, "wanted");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(diagnostics, "diagnostics");
    }
}
