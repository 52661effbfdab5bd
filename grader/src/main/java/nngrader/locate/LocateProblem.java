package nngrader.locate;

import java.util.Objects;

import nngrader.assignment.SubmittedFile;

/**
 * Why a wanted file could not be taken from the submission. The message is written for the student
 * and names paths relative to the submission folder only.
 *
 * @param wanted  the file the assignment asks for
 * @param kind    what went wrong
 * @param message what the student reads, e.g. "Softmax.java was not found in your submission; expected
 *                nn/softmax/Softmax.java"
 */
public record LocateProblem(SubmittedFile wanted, Kind kind, String message) {

    /** What went wrong with one wanted file. */
    public enum Kind {
        /** No candidate anywhere in the submission (or the submission is empty). */
        MISSING,
        /** More than one equally good candidate; none was used. */
        AMBIGUOUS,
        /** The chosen candidate is a symbolic link; links are never followed. */
        SYMBOLIC_LINK,
        /** The chosen candidate is larger than the size cap. */
        TOO_LARGE,
        /** The chosen candidate holds NUL bytes: not source text. */
        BINARY,
        /** The submission folder, or the chosen candidate, could not be read. */
        UNREADABLE
    }

    public LocateProblem {
        Objects.requireNonNull(wanted, "wanted");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
