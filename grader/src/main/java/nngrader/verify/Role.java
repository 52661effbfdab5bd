package nngrader.verify;

/** What a submission graded by {@code grader verify} is, and so what a trustworthy suite must give it. */
public enum Role {
    /** The reference solution: must earn full marks. */
    REFERENCE,
    /** The student template, every solution a stub: must earn nothing. */
    TEMPLATE,
    /** The reference with one classic student bug: must lose points. */
    MUTANT
}
