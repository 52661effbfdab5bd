package nngrader.report;

import nngrader.run.TestOutcome;

import java.util.List;

/**
 * What one grading earned, whatever format its results file was written in: the part of a report
 * that a class summary needs. {@code grader grade --record FILE} writes it for {@code grader batch}.
 *
 * @param score         points earned
 * @param maxScore      points possible (0 when nothing could be graded)
 * @param failedToGrade the grader could not grade it (its fault or the upload's, see {@code problem})
 * @param problem       why it could not be graded, in one sentence; null when it was graded
 * @param tests         each hidden test's score, in the suite's order
 */
public record Scores(double score, double maxScore, boolean failedToGrade, String problem, List<TestScore> tests) {

    public Scores {
        tests = tests == null ? List.of() : List.copyOf(tests);
    }

    public static Scores of(GradingReport report) {
        List<TestScore> tests = report.tests().stream().map(Scores::score).toList();
        String problem = report.failedToGrade() ? staffPart(report.summary()) : null;
        return new Scores(report.score(), report.maxScore(), report.failedToGrade(), problem, tests);
    }

    /** As progress lines and the class report show it: {@code 87.5/100}, or {@code 0 (not gradable)}. */
    public String shown() {
        return failedToGrade ? "0 (not gradable)" : Numbers.points(score) + "/" + Numbers.points(maxScore);
    }

    /** A submission that earned nothing because it could not be graded at all. */
    public static Scores notGraded(String problem) {
        return new Scores(0, 0, true, problem, List.of());
    }

    private static TestScore score(TestOutcome t) {
        return new TestScore(t.number(), t.name(), t.score(), t.maxScore(), t.passed());
    }

    /** The "(for the staff) …" line of a failed report: the student-facing preamble says nothing useful in a table. */
    private static String staffPart(String summary) {
        int at = summary.indexOf("(for the staff) ");
        return at < 0 ? summary : summary.substring(at + "(for the staff) ".length());
    }
}
