package nngrader.verify;

/** Which mutants {@code grader verify} grades besides the reference and the template. */
public enum MutantScope {
    /** Only the automatic mutants, made from the reference's solution regions. */
    AUTO,
    /** Only the named mutants of {@code mutants/<name>.json}, the classic bugs. */
    NAMED,
    /** Both. */
    ALL;

    public boolean named() {
        return this != AUTO;
    }

    public boolean automatic() {
        return this != NAMED;
    }
}
