package nngrader.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nngrader.report.AtomicFile;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes {@link Scores} and {@link SubmissionRecord} as JSON, atomically, so that a batch
 * that is stopped half-way never leaves a half-written record that a later run would trust.
 */
public final class RecordFiles {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RecordFiles() {
    }

    public static void writeScores(Scores scores, Path file) throws IOException {
        write(scores, file);
    }

    public static Scores readScores(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Scores.class);
    }

    public static void writeRecord(SubmissionRecord record, Path file) throws IOException {
        write(record, file);
    }

    /** @throws IOException when it is missing or is not a record (e.g. written by a newer grader) */
    public static SubmissionRecord readRecord(Path file) throws IOException {
        SubmissionRecord record = JSON.readValue(file.toFile(), SubmissionRecord.class);
        if (record.id() == null || record.scores() == null) {
            throw new IOException(file + " is not a submission record");
        }
        return record;
    }

    private static void write(Object value, Path file) throws IOException {
        AtomicFile.write(file, JSON.writeValueAsBytes(value));
    }
}
