package nngrader.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nngrader.api.Visibility;
import nngrader.assignment.Feedback;
import nngrader.report.markup.Markup;
import nngrader.run.LeaderboardEntry;
import nngrader.run.TestOutcome;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a report as Gradescope's {@code results.json}: atomically (a reader sees the old file or
 * the whole new one), keys left out rather than null, in the markup the assignment chose
 * ({@code html} by default, with plots), and under 1 MB ({@link SizeCap}).
 *
 * <p>Beside the tests it writes a first entry with a status and no points, "Files found and
 * compiled", and, when some tests are not visible yet (so Gradescope may withhold the total), a
 * line with the visible tests' subtotal. {@code extra_data} keeps the seed, the timings and the
 * grader's version for the staff.
 */
public final class GradescopeResults {
    static final String FILES_ENTRY = "Files found and compiled";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ChartPainter painter;

    public GradescopeResults() {
        this(ChartPainter.standard());
    }

    public GradescopeResults(ChartPainter painter) {
        this.painter = painter;
    }

    public void write(GradingReport report, Path file) throws IOException {
        AtomicFile.write(file, bytes(report));
    }

    /** The file's bytes, under {@link SizeCap#MAX_BYTES}. */
    byte[] bytes(GradingReport report) throws JsonProcessingException {
        return SizeCap.bytes(json, report.tests(), (images, tests) -> toJson(report, images, tests));
    }

    private ObjectNode toJson(GradingReport report, ImageBudget images, List<TestOutcome> outcomes) {
        Feedback.Format format = report.feedback().format();
        Markup markup = markup(format);
        TestFeedback feedback = new TestFeedback(markup, painter, images);
        ObjectNode root = json.createObjectNode();
        root.put("score", Numbers.round(report.score()));
        root.put("execution_time", Math.max(0, Math.round(report.executionSeconds() * 100) / 100.0));
        root.put("output", summary(report, markup));
        root.put("output_format", format.gradescope());
        root.put("test_output_format", format.gradescope());
        root.put("visibility", "visible");
        root.put("stdout_visibility", report.feedback().stdout().gradescope());
        if (!report.extraData().isEmpty()) {
            ObjectNode extra = root.putObject("extra_data");
            for (Map.Entry<String, Object> e : report.extraData().entrySet()) {
                extra.putPOJO(e.getKey(), e.getValue());
            }
        }
        ArrayNode tests = root.putArray("tests");
        if (report.filesCompiled() != null) {
            ObjectNode files = tests.addObject();
            files.put("name", FILES_ENTRY);
            files.put("status", report.filesCompiled() ? "passed" : "failed");
            files.put("output", markup.paragraph(report.filesCompiled() ? "Every file was found and compiled."
                    : "Not every file was found and compiled: see the list at the top. Each file that is missing or"
                            + " does not compile costs only its own tests."));
            files.put("output_format", format.gradescope());
            files.put("visibility", "visible");
        }
        for (TestOutcome test : outcomes) {
            ObjectNode t = tests.addObject();
            t.put("score", Numbers.round(test.score()));
            t.put("max_score", Numbers.round(test.maxScore()));
            t.put("status", test.passed() ? "passed" : "failed");
            t.put("name", test.name());
            t.put("number", test.number());
            String output = feedback.of(test);
            if (!output.isEmpty()) {
                t.put("output", output);
                t.put("output_format", format.gradescope());
            }
            if (!test.tags().isEmpty()) {
                ArrayNode tags = t.putArray("tags");
                test.tags().forEach(tags::add);
            }
            t.put("visibility", test.visibility().gradescope());
        }
        if (!report.leaderboard().isEmpty()) {
            ArrayNode board = root.putArray("leaderboard");
            for (LeaderboardEntry entry : report.leaderboard()) {
                ObjectNode e = board.addObject();
                e.put("name", entry.name());
                e.put("value", Double.isFinite(entry.value()) ? entry.value() : 0);
                e.put("order", entry.order().gradescope());
            }
        }
        return root;
    }

    static Markup markup(Feedback.Format format) {
        return switch (format) {
            case HTML -> Markup.HTML;
            case MARKDOWN -> Markup.MARKDOWN;
            case TEXT -> Markup.TEXT;
        };
    }

    /** The summary (files, compile errors) as it is, then the visible tests' subtotal when some are not visible. */
    private static String summary(GradingReport report, Markup markup) {
        List<String> blocks = new ArrayList<>();
        for (String paragraph : report.summary().split("\n\n")) {
            // the list of files and a compiler's diagnostics are laid out with spaces: they keep their layout
            boolean laidOut = paragraph.lines().anyMatch(line -> line.startsWith(" ") || line.startsWith("\t"));
            if (!paragraph.isBlank()) {
                blocks.add(laidOut ? markup.preformatted(paragraph) : markup.paragraph(paragraph));
            }
        }
        List<TestOutcome> visible = report.tests().stream()
                .filter(t -> t.visibility() == Visibility.Level.VISIBLE).toList();
        if (visible.size() < report.tests().size()) {
            double score = visible.stream().mapToDouble(TestOutcome::score).sum();
            double max = visible.stream().mapToDouble(TestOutcome::maxScore).sum();
            blocks.add(markup.paragraph("Visible tests: " + Numbers.points(score) + " / " + Numbers.points(max)
                    + " points. The other " + (report.tests().size() - visible.size()) + " tests, worth "
                    + Numbers.points(report.maxScore() - max) + " points, are shown later, so Gradescope may not"
                    + " show your total yet.", "Visible tests: " + Numbers.points(score) + " / " + Numbers.points(max)
                    + " points."));
        }
        return markup.join(blocks);
    }

}
