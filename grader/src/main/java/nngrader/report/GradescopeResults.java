package nngrader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nngrader.run.LeaderboardEntry;
import nngrader.run.TestOutcome;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a report as Gradescope's {@code results.json}: atomically (a reader sees the old file or
 * the whole new one), keys left out rather than null.
 */
public final class GradescopeResults {
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public void write(GradingReport report, Path file) throws IOException {
        AtomicFile.write(file, json.writeValueAsBytes(toJson(report)));
    }

    ObjectNode toJson(GradingReport report) {
        ObjectNode root = json.createObjectNode();
        root.put("score", Numbers.round(report.score()));
        root.put("execution_time", Math.max(0, Math.round(report.executionSeconds() * 100) / 100.0));
        root.put("output", report.summary());
        root.put("output_format", "text");
        root.put("visibility", "visible");
        root.put("stdout_visibility", "hidden");
        ArrayNode tests = root.putArray("tests");
        for (TestOutcome test : report.tests()) {
            ObjectNode t = tests.addObject();
            t.put("score", Numbers.round(test.score()));
            t.put("max_score", Numbers.round(test.maxScore()));
            t.put("status", test.passed() ? "passed" : "failed");
            t.put("name", test.name());
            t.put("number", test.number());
            String output = TestOutputText.of(test);
            if (!output.isEmpty()) {
                t.put("output", output);
                t.put("output_format", "text");
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
}
