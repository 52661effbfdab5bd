package nngrader.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text of each file of a new assignment, from the templates beside this class
 * ({@code src/main/resources/nngrader/scaffold/*.txt}) with {@code {{id}}}, {@code {{Name}}} and
 * the other names filled in.
 */
final class ScaffoldFiles {
    /** The example mutant's name in {@code mutants/}. */
    static final String MUTANT = "relu-passes-negatives.json";

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
        files.put(assignment + "mutants/" + MUTANT, fill("mutant.json.txt", values));
        files.put(reference + names.name() + "Api.java", fill("Api.java.txt", values));
        files.put(reference + names.name() + ".java", fill("Solution.java.txt", values));
        return files;
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
