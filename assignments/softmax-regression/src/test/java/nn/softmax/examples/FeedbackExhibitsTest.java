package nn.softmax.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.api.Chart;
import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.example.ExampleGrader;
import nngrader.example.ExampleSubmission;
import nngrader.example.GradedExample;
import nngrader.report.ResultsFormat;
import nngrader.run.TestOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a student whose gradient has the wrong sign reads on Gradescope: under a failed comparison of
 * a matrix, a table of the entries that differ most and a heat map of the relative error per entry,
 * drawn as an image in the HTML output.
 */
class FeedbackExhibitsTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static Assignment assignment;

    @BeforeAll
    static void load() throws Exception {
        assignment = new AssignmentLoader().load(ASSIGNMENT);
    }

    @Test
    void aWrongGradientShowsItsWorstEntriesAndAHeatMapOfItsErrors() throws Exception {
        GradedExample wrongSign = new ExampleGrader(assignment).grade(
                ExampleSubmission.read(ASSIGNMENT.resolve("mutants/gradient-wrong-sign.json")));
        assertFalse(wrongSign.report().failedToGrade(), wrongSign.report().summary());
        TestOutcome lossGradient = wrongSign.lost().stream()
                .filter(t -> t.exhibits().charts().stream().anyMatch(c -> c instanceof Chart.HeatMap))
                .findFirst().orElseThrow(() -> new AssertionError("no lost test has a heat map: " + wrongSign.failures()));
        assertNotNull(lossGradient.exhibits().worst(), lossGradient.failure());
        assertTrue(lossGradient.exhibits().worst().entries().size() >= 2, lossGradient.exhibits().worst().toString());

        JsonNode results = new ObjectMapper().readTree(ResultsFormat.GRADESCOPE.bytes(wrongSign.report()));
        assertEquals("html", results.get("output_format").asText());
        JsonNode test = null;
        for (JsonNode t : results.get("tests")) {
            if (lossGradient.number().equals(t.path("number").asText())) {
                test = t;
            }
        }
        assertNotNull(test);
        String output = test.get("output").asText();
        assertTrue(output.contains("<table><thead><tr><th>entry</th>"), output);
        assertTrue(output.contains("<img src=\"data:image/png;base64,"), "the heat map is drawn: " + output);
        assertEquals("Files found and compiled", results.get("tests").get(0).get("name").asText());
        assertEquals("passed", results.get("tests").get(0).get("status").asText());
        assertTrue(results.get("extra_data").get("seed").asText().length() > 8, results.get("extra_data").toString());
    }
}
