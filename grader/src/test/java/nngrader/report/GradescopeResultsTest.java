package nngrader.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.api.Grade;
import nngrader.api.Visibility;
import nngrader.assignment.Feedback;
import nngrader.run.LeaderboardEntry;
import nngrader.run.TestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradescopeResultsTest {

    @Test
    void everyFormatLeavesItsFileReadableByTheTeachingAssistants(@TempDir Path dir) throws Exception {
        GradingReport report = new GradingReport("t", "s", List.of(), 1, false);
        for (ResultsFormat format : ResultsFormat.values()) {
            Path file = dir.resolve(format.id() + "-" + format.fileName());
            format.write(report, file);
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), format.id());
        }
    }

    @Test
    void writesGradescopesFieldsAndLeavesOutEmptyOnes(@TempDir Path dir) throws Exception {
        TestOutcome passed = new TestOutcome("1.1", "sigmoid(0) = 0.5", 2, 2, true, null, List.of(), "",
                Visibility.Level.VISIBLE, List.of(), Set.of(), List.of());
        TestOutcome failed = new TestOutcome("1.2", "softmax is stable", 0, 3, false, "expected 0.5 but was NaN",
                List.of(), "debug line\n", Visibility.Level.AFTER_PUBLISHED, List.of("stability"), Set.of(),
                List.of());
        TestOutcome partial = new TestOutcome("2.1", "accuracy", 0.1 + 0.2, 1, false, null,
                List.of("test accuracy 0.83"), "", Visibility.Level.HIDDEN, List.of(), Set.of(),
                List.of(new LeaderboardEntry("accuracy", 0.83, Grade.Order.DESCENDING)));
        GradingReport report = new GradingReport("HW", "Your files: ok", List.of(passed, failed, partial), 1.234, false)
                .withFeedback(new Feedback(Feedback.Format.TEXT, Feedback.StdoutVisibility.HIDDEN));

        Path file = dir.resolve("out/results.json");
        new GradescopeResults().write(report, file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());

        assertEquals(2.3, json.get("score").asDouble());
        assertEquals(1.23, json.get("execution_time").asDouble());
        assertTrue(json.get("output").asText().startsWith("Your files: ok\n\nVisible tests: 2 / 2 points."),
                json.get("output").asText());
        assertEquals("text", json.get("output_format").asText());
        assertEquals("visible", json.get("visibility").asText());
        assertEquals("hidden", json.get("stdout_visibility").asText());
        JsonNode t0 = json.get("tests").get(0);
        assertEquals("passed", t0.get("status").asText());
        assertFalse(t0.has("output"), "a passed test without notes has no output key");
        assertFalse(t0.has("tags"));
        JsonNode t1 = json.get("tests").get(1);
        assertEquals("failed", t1.get("status").asText());
        assertEquals("after_published", t1.get("visibility").asText());
        assertEquals("expected 0.5 but was NaN\n\nYour code printed:\ndebug line", t1.get("output").asText());
        assertEquals("stability", t1.get("tags").get(0).asText());
        JsonNode t2 = json.get("tests").get(2);
        assertEquals(0.3, t2.get("score").asDouble());
        assertEquals("partial credit: 0.3 of 1 points\n\ntest accuracy 0.83", t2.get("output").asText());
        assertEquals("desc", json.get("leaderboard").get(0).get("order").asText());
        assertTrue(json.toString().indexOf("null") < 0, "no key is written as null");
        try (var left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void keepsTheSeedTimingsAndVersionAndSaysFirstWhetherTheFilesCompiled() throws Exception {
        GradingReport report = new GradingReport("HW", "Your files: ok", List.of(ReportFixtures.passed()), 1, false)
                .withExtraData("seed", "abc").withExtraData("compile_seconds", 0.5)
                .withFeedback(new Feedback(Feedback.Format.MARKDOWN, Feedback.StdoutVisibility.AFTER_PUBLISHED))
                .withFilesCompiled(false);
        JsonNode json = new ObjectMapper().readTree(new GradescopeResults().bytes(report));

        assertEquals("abc", json.get("extra_data").get("seed").asText());
        assertEquals(0.5, json.get("extra_data").get("compile_seconds").asDouble());
        assertEquals("after_published", json.get("stdout_visibility").asText());
        assertEquals("md", json.get("output_format").asText());
        JsonNode files = json.get("tests").get(0);
        assertEquals("Files found and compiled", files.get("name").asText());
        assertEquals("failed", files.get("status").asText());
        assertFalse(files.has("score") || files.has("max_score"), "a status, no points: " + files);
        assertEquals(2, json.get("score").asDouble(), "the status entry changes no score");
        assertFalse(json.get("output").asText().contains("Visible tests"), "every test is visible: no subtotal line");
    }

    @Test
    void whenSomeTestsAreNotVisibleTheOutputGivesTheVisibleSubtotal() throws Exception {
        GradingReport report = ReportFixtures.mixed();
        JsonNode json = new ObjectMapper().readTree(new GradescopeResults().bytes(report));
        // visible: 1.1 (2/2), 1.2 (0/3), 2.1 (0.3/1), 4.1 (0/5); 3.1 (0/4) after publishing
        assertTrue(json.get("output").asText().contains("<strong>Visible tests: 2.3 / 11 points.</strong> The other 1"
                + " tests, worth 4 points, are shown later"), json.get("output").asText());
    }
}
