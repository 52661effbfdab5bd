package nngrader.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@link Scores} as a JSON file, written atomically: {@code grader grade --record FILE} writes it,
 * whatever {@code --format} its results file has, and {@code grader batch} reads it back from each
 * child grader, so neither needs to parse the other's results format.
 */
public final class ScoresFile {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ScoresFile() {
    }

    public static void write(Scores scores, Path file) throws IOException {
        AtomicFile.write(file, JSON.writeValueAsBytes(scores));
    }

    public static Scores read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Scores.class);
    }
}
