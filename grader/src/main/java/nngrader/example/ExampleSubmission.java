package nngrader.example;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.assignment.SubmittedFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An example submission kept with an assignment as the reference plus a few edits, e.g. one
 * classic student bug, so that it stays in step with the reference as the reference changes.
 * Stored as {@code examples/<name>.json}, or {@code mutants/<name>.json} for a classic bug that
 * {@code grader verify} checks:
 *
 * <pre>{@code
 * { "description": "softmax without subtracting max z",
 *   "edits": [ { "file": "nn/softmax/Softmax.java", "find": "double m = max(z);", "replace": "double m = 0;" } ] }
 * }</pre>
 *
 * An example that is right (it only prints, or is written another way) says {@code "correct": true}:
 * {@code grader verify} then checks that it earns full marks under every seed of its seed sweep.
 *
 * @param name        the file's base name
 * @param description one line: what the student got wrong
 * @param edits       the changes to the reference
 * @param correct     whether it is a correct submission, which must earn full marks
 */
public record ExampleSubmission(String name, String description, List<Edit> edits, boolean correct) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record Stored(String description, List<Edit> edits, Boolean correct) {
    }

    /** An example that is not marked correct. */
    public ExampleSubmission(String name, String description, List<Edit> edits) {
        this(name, description, edits, false);
    }

    public static ExampleSubmission read(Path file) throws IOException {
        Stored stored = JSON.readValue(file.toFile(), Stored.class);
        if (stored.description() == null || stored.edits() == null || stored.edits().isEmpty()) {
            throw new IOException(file + ": needs a description and at least one edit");
        }
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        return new ExampleSubmission(name, stored.description(), List.copyOf(stored.edits()),
                Boolean.TRUE.equals(stored.correct()));
    }

    /**
     * Writes the submission into {@code out}: every submitted file from {@code referenceSources},
     * with the edits applied.
     *
     * @throws IOException when an edit's text is not found exactly once (the example no longer
     *                     fits the reference and must be updated)
     */
    public void writeTo(Path referenceSources, List<SubmittedFile> submit, Path out) throws IOException {
        for (SubmittedFile wanted : submit) {
            String text = Files.readString(referenceSources.resolve(wanted.file()), StandardCharsets.UTF_8);
            for (Edit edit : edits) {
                if (edit.file().equals(wanted.file())) {
                    text = apply(edit, text);
                }
            }
            Path target = out.resolve(wanted.file());
            Files.createDirectories(target.getParent());
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
        for (Edit edit : edits) {
            if (submit.stream().noneMatch(f -> f.file().equals(edit.file()))) {
                throw new IOException(name + ": edits " + edit.file() + ", which is not a submitted file");
            }
        }
    }

    private String apply(Edit edit, String text) throws IOException {
        int first = text.indexOf(edit.find());
        if (first < 0 || text.indexOf(edit.find(), first + 1) >= 0) {
            throw new IOException(name + ": the text to find in " + edit.file() + " must occur exactly once, but occurs "
                    + (first < 0 ? "nowhere" : "more than once") + ": \"" + edit.find() + "\"");
        }
        return text.substring(0, first) + edit.replace() + text.substring(first + edit.find().length());
    }
}
