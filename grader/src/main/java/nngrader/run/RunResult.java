package nngrader.run;

import java.util.List;

/**
 * Every hidden test's outcome, in the order they ran (tests that never ran come last).
 *
 * @param tests          the outcomes
 * @param graderProblem  why the grader could not run a test (no worker could be started), or null: the tests
 *                       then say nothing true about the submission
 * @param suiteProblem   a problem with the suite as a whole (no tests found, a class that failed
 *                       to set up), for the staff; null when there was none
 */
public record RunResult(List<TestOutcome> tests, String suiteProblem, String graderProblem) {

    public RunResult(List<TestOutcome> tests, String suiteProblem) {
        this(tests, suiteProblem, null);
    }
}
