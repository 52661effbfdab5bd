package nngrader.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.api.Visibility;
import nngrader.run.TestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrairieLearnResultsTest {

    @Test
    void writesTheFractionOfPointsAndEachTestsPointsMessageAndOutput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results/results.json");
        new PrairieLearnResults().write(ReportFixtures.mixed(), file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());

        assertTrue(json.get("gradable").asBoolean());
        assertEquals(0.1533, json.get("score").asDouble(), "2.3 of 15 points");
        assertEquals("Your files:\n  nn/softmax/Softmax.java: compiled", json.get("message").asText());
        assertTrue(json.get("output").asText().startsWith("Points: 2.3 / 15."), json.get("output").asText());
        assertEquals(5, json.get("tests").size());

        JsonNode passed = json.get("tests").get(0);
        assertEquals("1.1 sigmoid(0) = 0.5", passed.get("name").asText());
        assertEquals(2.0, passed.get("points").asDouble());
        assertEquals(2.0, passed.get("max_points").asDouble());
        assertFalse(passed.has("message"), "a passed test without notes has no message");
        assertFalse(passed.has("output"));

        JsonNode failed = json.get("tests").get(1);
        assertEquals(0.0, failed.get("points").asDouble());
        assertEquals(3.0, failed.get("max_points").asDouble());
        assertEquals("expected 0.5 but was NaN\n```java\nz = 1000```", failed.get("message").asText());
        assertEquals("Your code printed:\ndebug line", failed.get("output").asText());

        JsonNode partial = json.get("tests").get(2);
        assertEquals(0.3, partial.get("points").asDouble());
        assertEquals("partial credit: 0.3 of 1 points\n\ntest accuracy 0.83", partial.get("message").asText());
        assertTrue(json.toString().indexOf("null") < 0, "no key is written as null");
    }

    @Test
    void aTestGradescopeWouldHideCountsButKeepsItsFeedbackFromStudents() {
        JsonNode hidden = new PrairieLearnResults().toJson(ReportFixtures.mixed()).get("tests").get(3);

        assertEquals("3.1 gradient on random inputs", hidden.get("name").asText());
        assertEquals(0.0, hidden.get("points").asDouble());
        assertEquals(4.0, hidden.get("max_points").asDouble());
        assertEquals(PrairieLearnResults.WITHHELD, hidden.get("message").asText());
        assertFalse(hidden.has("output"));
        assertFalse(hidden.toString().contains("W[2][1]"), "the hidden test's inputs do not reach the student");
        assertFalse(hidden.toString().contains("secret-ish print"));
    }

    @Test
    void aRunTheGraderCouldNotFinishIsNotGradableSoItCostsNoAttempt() {
        JsonNode json = new PrairieLearnResults().toJson(GradingReport.failed("HW 1", "assignment.json is missing", 0.5));

        assertFalse(json.get("gradable").asBoolean());
        assertFalse(json.has("score"), "PrairieLearn needs no score for an ungradable submission");
        assertTrue(json.get("message").asText().contains("This is not your fault"));
        assertEquals(0, json.get("tests").size());
    }

    @Test
    void scoreStaysInZeroToOneAndLongTextsAreCutUnderPrairieLearnsSizeLimit() {
        String flood = "x".repeat(200_000);
        TestOutcome overfull = new TestOutcome("1", "extra credit", 3, 2, true, null, List.of(), flood,
                Visibility.Level.VISIBLE, List.of(), Set.of(), List.of());
        JsonNode json = new PrairieLearnResults().toJson(new GradingReport("HW", flood, List.of(overfull), 1, false));

        assertEquals(1.0, json.get("score").asDouble());
        assertTrue(json.get("message").asText().endsWith("more characters)"));
        assertTrue(json.toString().length() < 20_000, "cut to a few kilobytes: " + json.toString().length());
        assertEquals(0.0, new PrairieLearnResults().toJson(new GradingReport("HW", "", List.of(), 1, false))
                .get("score").asDouble(), "no tests: score 0, not NaN");
    }

    @Test
    void plotsOfVisibleTestsAreImagesLabelledWithTheirTestAndHiddenTestsShowNone() throws Exception {
        nngrader.api.Chart chart = nngrader.api.Chart.heatMap("errors", new double[][] {{1, 2}}, "relative error");
        TestOutcome visible = withChart(ReportFixtures.failedWithOutput(), chart);
        TestOutcome hidden = withChart(ReportFixtures.hiddenFailure(), chart);
        GradingReport report = new GradingReport("HW", "ok", List.of(visible, hidden), 1, false);
        JsonNode json = new ObjectMapper().readTree(new PrairieLearnResults(new SolidPainter(4)).bytes(report));

        assertEquals(1, json.get("images").size(), json.toString());
        assertEquals("1.2 errors", json.get("images").get(0).get("label").asText());
        assertTrue(json.get("images").get(0).get("url").asText().startsWith("data:image/png;base64,"));
        assertTrue(json.get("tests").get(0).get("message").asText().contains("Plot: errors: one cell per entry"),
                json.get("tests").get(0).get("message").asText());
        assertFalse(json.get("tests").get(1).get("message").asText().contains("Plot"), "a hidden test shows nothing");
    }

    private static TestOutcome withChart(TestOutcome t, nngrader.api.Chart chart) {
        return new TestOutcome(t.number(), t.name(), t.score(), t.maxScore(), t.passed(), t.failure(), t.notes(),
                t.studentOutput(), t.visibility(), t.tags(), t.studentClasses(), t.leaderboard(),
                new nngrader.run.Exhibits(null, null, List.of(chart)));
    }
}
