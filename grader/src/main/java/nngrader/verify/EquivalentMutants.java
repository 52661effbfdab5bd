package nngrader.verify;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The automatic mutants an assignment declares equivalent to the reference (no test can tell them
 * apart), each with one sentence of why, in {@code mutants/equivalent.json}:
 *
 * <pre>{@code
 * { "Softmax.softmax:relational:3fa2c1": "m is only subtracted to avoid overflow: any m ≥ max z gives the same a" }
 * }</pre>
 *
 * @param reasons  why each listed id is equivalent
 * @param problems one sentence each when the file is unreadable or an entry has no reason
 */
public record EquivalentMutants(Map<String, String> reasons, List<String> problems) {
    /** Its name below {@link Mutants#FOLDER}; {@link Mutants} does not read it as a mutant. */
    public static final String FILE = "equivalent.json";

    public static EquivalentMutants read(Path assignmentDir) {
        Path file = assignmentDir.resolve(Mutants.FOLDER).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new EquivalentMutants(Map.of(), List.of());
        }
        Map<String, String> read;
        try {
            read = new ObjectMapper().readValue(file.toFile(), new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage()).strip();
            int cut = message.indexOf('\n');
            return new EquivalentMutants(Map.of(), List.of(Mutants.FOLDER + "/" + FILE + " is not an object of mutant"
                    + " ids to reasons: " + (cut < 0 ? message : message.substring(0, cut))));
        }
        List<String> problems = read.entrySet().stream().filter(e -> e.getValue() == null || e.getValue().isBlank())
                .map(e -> Mutants.FOLDER + "/" + FILE + " lists " + e.getKey() + " without a reason: say in one sentence"
                        + " why no test can tell it from the reference")
                .toList();
        return new EquivalentMutants(Map.copyOf(read), problems);
    }

    /** Why the mutant of this id is equivalent, or null when the file does not list it (with a reason). */
    public String reason(String id) {
        String reason = reasons.get(id);
        return reason == null || reason.isBlank() ? null : reason;
    }
}
