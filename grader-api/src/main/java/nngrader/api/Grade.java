package nngrader.api;

/**
 * Partial credit and leaderboard entries for the running test; inject it as a parameter.
 *
 * <pre>{@code
 * @Test @Points(4)
 * void accuracyEarnsCredit(@Student Training t, Grade grade) {
 *     double accuracy = ...;
 *     grade.fraction((accuracy - 0.70) / (0.90 - 0.70));     // clamped to [0, 1]
 *     grade.leaderboard("accuracy", accuracy, Grade.Order.DESCENDING);
 *     grade.note("test accuracy " + accuracy);
 * }
 * }</pre>
 *
 * A test that returns normally earns {@code fraction × points} (all its points if no fraction
 * was set); a test that throws earns nothing, whatever fraction was set before.
 */
public interface Grade {

    /** Sets the share of this test's points earned; values outside [0, 1] are clamped, NaN is 0. */
    void fraction(double fraction);

    /** Adds (or replaces) a leaderboard column for this submission. */
    void leaderboard(String name, double value, Order order);

    /** Adds a line to this test's output, shown to the student with the result. */
    void note(String line);

    /**
     * Adds a plot to this test's feedback, shown after its notes: drawn where the platform shows
     * images, described in words elsewhere. See {@link Chart} for the kinds and an example.
     */
    void chart(Chart chart);

    /** How a leaderboard column sorts: which end is best. */
    enum Order {
        ASCENDING("asc"),
        DESCENDING("desc");

        private final String gradescope;

        Order(String gradescope) {
            this.gradescope = gradescope;
        }

        /** The value Gradescope's {@code results.json} uses. */
        public String gradescope() {
            return gradescope;
        }
    }
}
