package nngrader.report;

/**
 * One hidden test's result in a {@link Scores}.
 *
 * @param number   the test's number, e.g. {@code 2.3}
 * @param name     its display name
 * @param score    points earned
 * @param maxScore points it is worth
 * @param passed   whether it passed with full credit
 */
public record TestScore(String number, String name, double score, double maxScore, boolean passed) {

    /** {@code "2.3 softmax: sums to 1"}: how the summary's column and the report name the test. */
    public String label() {
        return number == null || number.isEmpty() ? name : number + " " + name;
    }
}
