package nngrader.scaffold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of each file of a new assignment, from the templates beside this class
 * ({@code src/main/resources/nngrader/scaffold/*.txt}) with {@code {{id}}}, {@code {{Name}}} and
 * the other names filled in.
 */
final class ScaffoldFiles {
    /**
     * The starter mutants of the example {@code relu}: as many as {@code grader verify} asks for, so that the scaffold
     * passes it as it is, each a classic bug that one of the example tests catches.
     */
    static final List<StarterMutant> MUTANTS = List.of(
            new StarterMutant("relu-passes-negatives", "relu passes negative scores through instead of setting them to 0",
                    "a[i] = Math.max(0, z[i]);", "a[i] = z[i];"),
            new StarterMutant("relu-uses-min", "relu takes min(0, z_i) instead of max(0, z_i)",
                    "Math.max(0, z[i])", "Math.min(0, z[i])"),
            new StarterMutant("relu-returns-zeros", "relu returns zeros: the loop computes nothing",
                    "a[i] = Math.max(0, z[i]);", "a[i] = 0;"),
            new StarterMutant("relu-skips-the-last-entry", "the loop stops one entry early",
                    "i < z.length;", "i < z.length - 1;"),
            new StarterMutant("relu-skips-the-first-entry", "the loop starts at entry 1", "int i = 0;", "int i = 1;"),
            new StarterMutant("relu-absolute-value", "relu returns abs(z_i) instead of max(0, z_i)",
                    "Math.max(0, z[i])", "Math.abs(z[i])"),
            new StarterMutant("relu-leaky", "a leaky relu (0.01 z_i below 0) where the plain one is asked for",
                    "Math.max(0, z[i])", "(z[i] > 0 ? z[i] : 0.01 * z[i])"),
            new StarterMutant("relu-in-place", "relu writes its result into z instead of a new array",
                    "double[] a = new double[z.length];", "double[] a = z;"));

    /** A classic bug: one find/replace edit of the solution file. */
    record StarterMutant(String name, String description, String find, String replace) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Path relative to the repository (with '/') → content, in the order they are listed to the user. */
    Map<String, String> render(AssignmentNames names, String parentVersion) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("{{id}}", names.id());
        values.put("{{title}}", names.title());
        values.put("{{package}}", names.javaPackage());
        values.put("{{packagePath}}", names.packagePath());
        values.put("{{Name}}", names.name());
        values.put("{{parentVersion}}", parentVersion);

        String assignment = "assignments/" + names.id() + "/";
        String reference = "reference/src/main/java/" + names.packagePath() + "/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(assignment + "assignment.json", fill("assignment.json.txt", values));
        files.put(assignment + "pom.xml", fill("pom.xml.txt", values));
        files.put(assignment + "handout.md", fill("handout.md.txt", values));
        files.put(assignment + "src/main/java/" + names.packagePath() + "/grading/" + names.name() + "Test.java",
                fill("SuiteTest.java.txt", values));
        String test = names.packagePath() + "/examples/VerifyAssignmentTest.java";
        files.put(assignment + "src/test/java/" + test, fill("VerifyTest.java.txt", values));
        for (StarterMutant mutant : MUTANTS) {
            files.put(assignment + "mutants/" + mutant.name() + ".json", json(mutant, names));
        }
        files.put(reference + names.name() + "Api.java", fill("Api.java.txt", values));
        files.put(reference + names.name() + ".java", fill("Solution.java.txt", values));
        return files;
    }

    /** {@code mutants/<name>.json}: its description and its one edit of the solution file. */
    private static String json(StarterMutant mutant, AssignmentNames names) {
        Map<String, Object> edit = new LinkedHashMap<>();
        edit.put("file", names.packagePath() + "/" + names.name() + ".java");
        edit.put("find", mutant.find());
        edit.put("replace", mutant.replace());
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("description", mutant.description());
        file.put("edits", List.of(edit));
        try {
            return JSON.writeValueAsString(file) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a map of strings as JSON", e);
        }
    }

    private static String fill(String template, Map<String, String> values) {
        String text = read(template);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
        }
        return text;
    }

    private static String read(String template) {
        try (InputStream in = ScaffoldFiles.class.getResourceAsStream(template)) {
            if (in == null) {
                throw new IllegalStateException("the grader's jar lacks the scaffold template " + template);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
