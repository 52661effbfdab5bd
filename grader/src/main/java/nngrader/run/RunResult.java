package nngrader.run;

import java.util.List;

/**
 * Every hidden test's outcome, in the order they ran (tests that never ran come last).
 *
 * @param tests          the outcomes
 * @param suiteProblem   a problem with the suite as a whole (no tests found, a class that failed
 *                       to set up), for the staff; null when there was none
 */
public record RunResult(List<TestOutcome> tests, String suiteProblem) {
}
