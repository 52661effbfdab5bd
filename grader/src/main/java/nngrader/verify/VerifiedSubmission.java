package nngrader.verify;

import nngrader.example.GradedExample;
import nngrader.report.Numbers;
import nngrader.run.TestOutcome;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One submission that {@code grader verify} graded, and whether the suite treated it as it must.
 *
 * @param role        reference, template or mutant
 * @param graded      its grading, with the tests it lost
 * @param cannotGrade why it could not be graded at all (an edit that no longer applies, a grader
 *                    failure), or null
 */
public record VerifiedSubmission(Role role, GradedExample graded, String cannotGrade) {
    /** Below this a difference of points is rounding, not a lost point. */
    private static final double EPSILON = 1e-9;
    /** The class name that starts an exception's text ("nngrader.build.BrokenTemplateException: "): not for people. */
    private static final Pattern EXCEPTION_CLASS = Pattern.compile("^([a-z_$][\\w$]*\\.)+[A-Z][\\w$]*: ");
    /** A problem names this many tests, then how many more, so that it stays one readable sentence. */
    private static final int TESTS_NAMED = 5;

    public String name() {
        return graded.name();
    }

    public String description() {
        return graded.description();
    }

    /** The tests that caught it: those that gave it less than their points. */
    public List<TestOutcome> caughtBy() {
        return graded.lost();
    }

    public double pointsLost() {
        return graded.pointsLost();
    }

    /** True when the suite gave it what its role demands. */
    public boolean ok() {
        if (cannotGrade != null || graded.report().failedToGrade()) {
            return false;
        }
        return switch (role) {
            case REFERENCE -> pointsLost() < EPSILON;
            case TEMPLATE -> graded.report().score() < EPSILON;
            case MUTANT -> pointsLost() >= EPSILON && compiles();
        };
    }

    /**
     * False when a submitted file fell back to its stub. A mutant that does not compile is caught by
     * the compiler, not by the suite, so it proves nothing about the tests.
     */
    public boolean compiles() {
        return !graded.report().summary().contains(": DID NOT COMPILE");
    }

    /** One word for the table: ok, caught, SURVIVED, ... */
    public String result() {
        if (cannotGrade != null || graded.report().failedToGrade()) {
            return "NOT GRADED";
        }
        return switch (role) {
            case REFERENCE -> ok() ? "ok" : "LOSES POINTS";
            case TEMPLATE -> ok() ? "ok" : "EARNS POINTS";
            case MUTANT -> ok() ? "caught" : compiles() ? "SURVIVED" : "NO COMPILE";
        };
    }

    /** What is wrong, in one sentence that says what to do, or null when it is {@link #ok()}. */
    public String problem() {
        if (ok()) {
            return null;
        }
        String who = role == Role.MUTANT ? "mutant " + name() : "the " + name();
        if (cannotGrade != null) {
            return who + " cannot be graded: " + cannotGrade;
        }
        if (graded.report().failedToGrade()) {
            String summary = graded.report().summary();
            int staff = summary.indexOf("(for the staff) ");
            String why = (staff < 0 ? summary : summary.substring(staff + 16)).strip();
            return who + " cannot be graded: " + EXCEPTION_CLASS.matcher(why).replaceFirst("");
        }
        return switch (role) {
            case REFERENCE -> "the reference loses " + points(pointsLost()) + ", on "
                    + list(caughtBy()) + ": fix the reference or those tests";
            case TEMPLATE -> "the template earns " + points(graded.report().score()) + ", on "
                    + list(graded.earned()) + ": a test must fail when the code it grades is a stub";
            case MUTANT -> compiles()
                    ? "mutant " + name() + " survives: no test takes a point from it (" + description()
                            + "); add a test that catches it"
                    : "mutant " + name() + " does not compile, so the compiler catches it rather than the suite: fix"
                            + " its edits (grader grade on it shows the compiler's message)";
        };
    }

    private static String points(double points) {
        return Numbers.points(points) + (Numbers.points(points).equals("1") ? " point" : " points");
    }

    private static String list(List<TestOutcome> tests) {
        String named = tests.stream().limit(TESTS_NAMED).map(t -> t.number() + " \"" + t.name() + "\"")
                .collect(Collectors.joining(", ", tests.size() == 1 ? "test " : "tests ", ""));
        return tests.size() <= TESTS_NAMED ? named : named + " and " + (tests.size() - TESTS_NAMED) + " more";
    }
}
