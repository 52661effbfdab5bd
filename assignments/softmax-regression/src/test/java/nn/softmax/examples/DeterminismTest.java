package nn.softmax.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.example.ExampleSubmission;
import nngrader.grade.Grader;
import nngrader.report.GradescopeResults;
import nngrader.report.GradingReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The same submission graded {@value #RUNS} times gives the same results.json, byte for byte, apart from
 * {@code execution_time} and the timings in {@code extra_data}: randomized inputs are seeded from the submission, tests run in a fixed order,
 * and nothing of the run (paths, times, worker ids) leaks into the feedback.
 */
class DeterminismTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final int RUNS = 20;

    @TempDir
    Path dir;

    @Test
    void theReferenceGetsTheSameResultsTwentyTimes() throws Exception {
        Path reference = ASSIGNMENT.resolve("../../reference").normalize();
        String first = gradeRepeatedly(reference);
        assertTrue(first.contains("\"score\" : 100.0") || first.contains("\"score\":100.0"), first);
    }

    @Test
    void aBuggySubmissionGetsTheSameFeedbackTwentyTimes() throws Exception {
        Assignment assignment = new AssignmentLoader().load(ASSIGNMENT);
        Path folder = dir.resolve("gradient-wrong-sign");
        ExampleSubmission.read(ASSIGNMENT.resolve("mutants/gradient-wrong-sign.json"))
                .writeTo(assignment.reference(), assignment.submit(), folder);
        String first = gradeRepeatedly(folder);
        assertTrue(first.contains("\"status\" : \"failed\""), "the bug is caught, with its numbers in the feedback");
    }

    /** Grades {@code submission} {@value #RUNS} times; each results.json without execution_time equals the first. */
    private String gradeRepeatedly(Path submission) throws Exception {
        String first = null;
        for (int run = 1; run <= RUNS; run++) {
            GradingReport report = new Grader().grade(ASSIGNMENT, submission);
            assertFalse(report.failedToGrade(), report.summary());
            Path results = dir.resolve("results-" + run + ".json");
            new GradescopeResults().write(report, results);
            String text = withoutExecutionTime(results);
            if (first == null) {
                first = text;
            } else {
                assertEquals(first, text, "run " + run + " differs from run 1: " + firstDifference(first, text));
            }
        }
        return first;
    }

    private static String firstDifference(String a, String b) {
        String[] left = a.split("\n");
        String[] right = b.split("\n");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            if (!left[i].equals(right[i])) {
                return "line " + (i + 1) + ":\n  " + left[i] + "\n  " + right[i];
            }
        }
        return "one is longer";
    }

    private static String withoutExecutionTime(Path results) throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(Files.readAllBytes(results));
        assertTrue(root.has("execution_time"));
        ((ObjectNode) root).remove("execution_time");
        // the staff's record of how long compiling and testing took
        ((ObjectNode) root.get("extra_data")).remove(List.of("compile_seconds", "test_seconds"));
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
