package nngrader.verify;

import nngrader.example.ExampleSubmission;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An assignment's mutants: {@code mutants/<name>.json}, each the reference with one classic student
 * bug, stored as an {@link ExampleSubmission}:
 *
 * <pre>{@code
 * { "description": "softmax without subtracting max z: exp overflows at large scores",
 *   "edits": [ { "file": "nn/softmax/Softmax.java", "find": "double m = max(z);", "replace": "double m = 0;" } ] }
 * }</pre>
 *
 * @param mutants  the readable mutants, by name
 * @param problems one sentence per thing that is missing or unreadable
 */
public record Mutants(List<ExampleSubmission> mutants, List<String> problems) {
    /** The folder below the assignment that holds them. */
    public static final String FOLDER = "mutants";
    /** Fewer classic bugs than this leave too much of a suite unaudited. */
    public static final int MINIMUM = 8;

    public static Mutants read(Path assignmentDir) {
        Path folder = assignmentDir.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return new Mutants(List.of(), List.of("no " + FOLDER + "/ folder in " + assignmentDir + ": add at least "
                    + MINIMUM + " classic student bugs there, each as <name>.json with a description and edits to the"
                    + " reference"));
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().equals(EquivalentMutants.FILE)).sorted().toList();
        } catch (IOException e) {
            return new Mutants(List.of(), List.of("cannot list " + folder + ": " + e.getMessage()));
        }
        List<ExampleSubmission> mutants = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                mutants.add(ExampleSubmission.read(file));
            } catch (IOException e) {
                problems.add(FOLDER + "/" + file.getFileName() + " is not a mutant: "
                        + firstLine(String.valueOf(e.getMessage()).replace(file + ": ", "")));
            }
        }
        if (mutants.size() < MINIMUM) {
            problems.add(FOLDER + "/ holds " + mutants.size() + " mutant" + (mutants.size() == 1 ? "" : "s")
                    + " but needs at least " + MINIMUM + ": add classic student bugs, each as <name>.json with a"
                    + " description and edits to the reference");
        }
        return new Mutants(List.copyOf(mutants), List.copyOf(problems));
    }

    private static String firstLine(String message) {
        String m = message.strip();
        int cut = m.indexOf('\n');
        return cut < 0 ? m : m.substring(0, cut);
    }
}
