package nngrader.verify;

import nngrader.example.GradedExample;
import nngrader.mutation.Mutant;

/**
 * One automatic mutant and what became of it.
 *
 * @param mutant     the mutant
 * @param reference  the reference's text of its file, for its diff
 * @param fate       what verify found
 * @param graded     its grading, when it was graded; else null
 * @param equivalent why it is equivalent, from {@link EquivalentMutants}, when it survived and is listed there
 */
public record AutomaticMutant(Mutant mutant, String reference, Fate fate, GradedExample graded, String equivalent) {

    /** What verify found about one mutant. */
    public enum Fate {
        /** It does not compile: the compiler catches it, not the suite. */
        NOT_COMPILED,
        /** Its class files are the reference's byte for byte: the same program. */
        IDENTICAL,
        /** Left out by --max-mutants. */
        NOT_GRADED,
        /** A test took a point from it. */
        KILLED,
        /** No test took a point from it. */
        SURVIVED,
        /** The grader failed on it (not the suite's verdict): it counts as a survivor, with why. */
        FAILED_TO_GRADE
    }

    public String id() {
        return mutant.id();
    }

    public String file() {
        return mutant.file();
    }

    public boolean wasGraded() {
        return fate == Fate.KILLED || fate == Fate.SURVIVED || fate == Fate.FAILED_TO_GRADE;
    }

    /** A survivor that no entry of the equivalent-mutant file explains: verify fails on it. */
    public boolean unexplained() {
        return (fate == Fate.SURVIVED || fate == Fate.FAILED_TO_GRADE) && equivalent == null;
    }
}
