package nngrader.batch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import nngrader.report.AtomicFile;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and writes {@link SubmissionRecord} and {@link BatchManifest} as JSON, atomically, so that a batch
 * that is stopped half-way never leaves a half-written record that a later run would trust.
 */
public final class RecordFiles {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RecordFiles() {
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

    public static void writeManifest(BatchManifest manifest, Path file) throws IOException {
        write(manifest, file);
    }

    /** @throws IOException when it is missing or is not a batch's manifest */
    public static BatchManifest readManifest(Path file) throws IOException {
        BatchManifest manifest = JSON.readValue(file.toFile(), BatchManifest.class);
        try {
            manifest.slice();
            manifest.started();
        } catch (RuntimeException e) {
            throw new IOException("its shard or start time cannot be read", e);
        }
        if (manifest.assignment() == null || manifest.against() == null || manifest.format() == null
                || manifest.submissions() == null || manifest.wholeClass() == null
                || !manifest.submissions().stream().allMatch(RecordFiles::isPlainName)) {
            throw new IOException("it lacks a field or names a submission outside its folder");
        }
        return manifest;
    }

    /** A submission id becomes a folder name: it must not reach outside the submissions folder. */
    static boolean isPlainName(String name) {
        return name != null && !name.isBlank() && !name.equals(".") && !name.equals("..") && !name.contains("/")
                && !name.contains("\\");
    }

    private static void write(Object value, Path file) throws IOException {
        AtomicFile.write(file, JSON.writeValueAsBytes(value));
    }
}
