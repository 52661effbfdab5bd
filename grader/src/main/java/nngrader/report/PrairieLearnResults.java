package nngrader.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nngrader.api.Chart;
import nngrader.api.Visibility;
import nngrader.report.markup.Markup;
import nngrader.run.TestOutcome;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Writes a report as PrairieLearn's external-grader {@code results.json} (what a grading container
 * leaves in {@code /grade/results/}):
 *
 * <pre>{@code
 * { "gradable": true, "score": 0.8, "message": "Your files: ...", "output": "...",
 *   "tests": [ { "name": "1.1 sigmoid(0) = 0.5", "points": 2, "max_points": 2, "message": "...", "output": "..." } ] }
 * }</pre>
 *
 * <ul>
 *   <li>{@code score} is the fraction of the points earned, in [0, 1].</li>
 *   <li>{@code gradable} is false only when the grader itself failed: PrairieLearn then costs the
 *       student no attempt. A submission that does not compile is still gradable (each file that
 *       fails costs only its own tests), and its diagnostics are in {@code message}.</li>
 *   <li>PrairieLearn shows every test it is given, at once. A test that Gradescope would hide
 *       ({@code hidden}, {@code after_due_date}, {@code after_published}) still counts and is
 *       listed with its name and points, but its failure text and output are withheld, so that a
 *       hidden test's inputs never reach students early.</li>
 *   <li>Each test's {@code message} is why it failed, a table of the entries that differ most, its
 *       notes and what its plots show in words; its {@code output} is what the student's code
 *       printed. PrairieLearn caps the file at 1 MB, so long texts are cut.</li>
 *   <li>The plots of visible tests are PNG {@code images} of the whole result, each labelled with its
 *       test, as PrairieLearn shows them; they share a budget of bytes, past which a plot is only its
 *       words in the test's message.</li>
 * </ul>
 */
public final class PrairieLearnResults {
    static final String WITHHELD = "Details of this test are not shown to students.";
    /** Per text field; 53 tests' texts stay well under PrairieLearn's 1 MB limit on the whole file. */
    static final int MAX_TEXT_CHARS = 8_000;

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ChartPainter painter;

    public PrairieLearnResults() {
        this(ChartPainter.standard());
    }

    public PrairieLearnResults(ChartPainter painter) {
        this.painter = painter;
    }

    public void write(GradingReport report, Path file) throws IOException {
        AtomicFile.write(file, bytes(report));
    }

    /** The file's bytes, under {@link SizeCap#MAX_BYTES}. */
    byte[] bytes(GradingReport report) throws JsonProcessingException {
        return SizeCap.bytes(json, report.tests(), (images, tests) -> toJson(report, images, tests));
    }

    ObjectNode toJson(GradingReport report) {
        return toJson(report, ImageBudget.standard(), report.tests());
    }

    private ObjectNode toJson(GradingReport report, ImageBudget images, List<TestOutcome> outcomes) {
        ObjectNode root = json.createObjectNode();
        root.put("gradable", !report.failedToGrade());
        if (!report.failedToGrade()) {
            double fraction = report.maxScore() > 0 ? report.score() / report.maxScore() : 0;
            root.put("score", Numbers.round(Math.max(0, Math.min(1, fraction))));
        }
        root.put("message", cut(report.summary()));
        root.put("output", cut(String.format(Locale.ROOT, "Points: %s / %s. Graded in %.1f s.", Numbers.points(report.score()),
                Numbers.points(report.maxScore()), report.executionSeconds())));
        TestFeedback feedback = new TestFeedback(Markup.TEXT, painter, new ImageBudget(0));
        ArrayNode pictures = json.createArrayNode();
        ArrayNode tests = root.putArray("tests");
        for (TestOutcome test : outcomes) {
            ObjectNode t = tests.addObject();
            t.put("name", test.number() + " " + test.name());
            t.put("points", Numbers.round(test.score()));
            t.put("max_points", Numbers.round(test.maxScore()));
            if (test.visibility() != Visibility.Level.VISIBLE) {
                if (!test.passed()) {
                    t.put("message", WITHHELD);
                }
                continue;
            }
            String verdict = feedback.verdict(test);
            if (!verdict.isEmpty()) {
                t.put("message", cut(verdict));
            }
            for (Chart chart : test.exhibits().charts()) {
                painter.png(chart).filter(png -> images.take(png.length)).ifPresent(png -> pictures.addObject()
                        .put("label", test.number() + " " + chart.title())
                        .put("url", "data:image/png;base64," + Base64.getEncoder().encodeToString(png)));
            }
            if (!test.studentOutput().isEmpty()) {
                t.put("output", cut(TestOutputText.printed(test)));
            }
        }
        if (!pictures.isEmpty()) {
            root.set("images", pictures);
        }
        return root;
    }

    private static String cut(String text) {
        return text.length() <= MAX_TEXT_CHARS ? text
                : text.substring(0, MAX_TEXT_CHARS) + "\n… (cut: " + (text.length() - MAX_TEXT_CHARS) + " more characters)";
    }
}
