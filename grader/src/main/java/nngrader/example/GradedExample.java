package nngrader.example;

import nngrader.report.GradingReport;
import nngrader.report.ResultsFormat;
import nngrader.run.TestOutcome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

/**
 * A submission graded through the real pipeline, with what an instructor asks of it: the tests it
 * lost and the points they cost.
 *
 * <pre>{@code
 * GradedExample bug = new ExampleGrader(assignment).grade(ExampleSubmission.read(file));
 * bug.lostNumbers();                  // [2.5, 2.8]
 * bug.test("2.5").failure();          // "softmax([1000.0, 1000.0]) ... NaN ..."
 * }</pre>
 *
 * @param name        the example's name, e.g. {@code no-max-subtraction}, or {@code reference}
 * @param description one line: what it is
 * @param report      the grading report
 */
public record GradedExample(String name, String description, GradingReport report) {

    /**
     * @throws IllegalStateException when the report's results file for Gradescope or PrairieLearn would be over
     *         {@link ResultsFormat#MAX_BYTES}: every example an assignment's tests grade, hostile ones included,
     *         checks it
     */
    public GradedExample {
        for (ResultsFormat format : List.of(ResultsFormat.GRADESCOPE, ResultsFormat.PRAIRIELEARN)) {
            int size;
            try {
                size = format.bytes(report).length;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (size > ResultsFormat.MAX_BYTES) {
                throw new IllegalStateException(name + ": its " + format.id() + " results file would be " + size
                        + " bytes, over the " + ResultsFormat.MAX_BYTES + " the platforms take");
            }
        }
    }

    /** The tests that earned less than their points, in the suite's order. */
    public List<TestOutcome> lost() {
        return report.tests().stream().filter(t -> t.score() < t.maxScore()).toList();
    }

    /** The numbers of {@link #lost()}, e.g. {@code [1.3, 1.4, 3.10]}. */
    public List<String> lostNumbers() {
        return lost().stream().map(TestOutcome::number).toList();
    }

    /** The tests that earned something, in the suite's order. */
    public List<TestOutcome> earned() {
        return report.tests().stream().filter(t -> t.score() > 0).toList();
    }

    public double pointsLost() {
        return report.maxScore() - report.score();
    }

    /** The test with this number; throws when the suite has none, so a renumbered suite fails loudly. */
    public TestOutcome test(String number) {
        return report.tests().stream().filter(t -> t.number().equals(number)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(name + ": the suite has no test " + number));
    }

    /** Each lost test's number, name and failure, one per line: the message of a failed assertion about it. */
    public String failures() {
        return lost().stream().map(t -> t.number() + " " + t.name() + ": " + t.failure())
                .collect(Collectors.joining("\n", name + " lost:\n", ""));
    }
}
