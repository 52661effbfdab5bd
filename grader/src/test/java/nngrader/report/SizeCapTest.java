package nngrader.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.assignment.Feedback;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A results file stays under 1 MB: plots give way first, then what the code printed; a small report keeps its plots. */
class SizeCapTest {
    /** About 50 KB of PNG per plot. */
    private final SolidPainter painter = new SolidPainter(130);

    @Test
    void aHundredTestsThatEachPrintedTheMostAndPlottedFourTimesStayUnderOneMegabyte() throws Exception {
        for (Feedback.Format format : Feedback.Format.values()) {
            GradingReport report = HostileReports.large(100, format);
            byte[] gradescope = new GradescopeResults(painter).bytes(report);
            assertTrue(gradescope.length <= 1_000_000, format + ": " + gradescope.length + " bytes");
            String text = new String(gradescope, java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.contains("cut to keep the results file small"), "printed output was cut: " + format);
            byte[] prairieLearn = new PrairieLearnResults(painter).bytes(report);
            assertTrue(prairieLearn.length <= 1_000_000, "PrairieLearn: " + prairieLearn.length + " bytes");
        }
    }

    @Test
    void plotsGiveWayBeforeText() throws Exception {
        // 20 tests: their text fits, their 80 plots do not
        GradingReport report = HostileReports.large(20, Feedback.Format.HTML);
        String json = new String(new GradescopeResults(painter).bytes(report), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(json.length() <= 1_000_000);
        assertFalse(json.contains(SizeCap.CUT_NOTE.strip()), "no printed output was cut");
        assertTrue(json.contains("data:image/png;base64,"), "plots within the image budget stay");
        assertTrue(json.contains(TestFeedback.IMAGE_LEFT_OUT.strip()), "the others are their words, and say why");
    }

    @Test
    void aSmallReportKeepsEveryPlot() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new GradescopeResults(painter)
                .bytes(HostileReports.large(1, Feedback.Format.HTML)));
        String output = json.get("tests").get(0).get("output").asText();
        assertEquals(4, output.split("data:image/png;base64,", -1).length - 1, output.substring(0, 300));
    }
}
