package nn.softmax.examples;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the student template's GitHub Classroom workflow honest: every test class it runs exists
 * (renaming a public test class fails the build, not a student's push), every public test class of
 * a file students write is run, the reporter hears from every grading step, and the points add up
 * to what the template's README promises.
 */
class ClassroomWorkflowTest {
    private static final Path TEMPLATE = StudentTemplateTest.TEMPLATE;
    private static final String GRADER = "classroom-resources/autograding-command-grader@";
    private static final String REPORTER = "classroom-resources/autograding-grading-reporter@";
    private static final Pattern COMMAND = Pattern.compile("mvn -B -q test -Dtest=(\\w+)");

    @Test
    void everyGradingStepRunsAPublicTestClassThatExistsAndEveryOneIsRun() throws IOException {
        Map<String, String> testClassById = new LinkedHashMap<>();
        for (Map<String, Object> step : gradingSteps()) {
            Map<String, Object> with = map(step.get("with"));
            Matcher command = COMMAND.matcher(String.valueOf(with.get("command")));
            assertTrue(command.matches(), "step " + step.get("id") + " runs one test class: " + with.get("command"));
            String testClass = command.group(1);
            assertEquals(testClass, with.get("test-name"), "the test name students see is the class's name");
            assertTrue(testClasses().contains(testClass), "step " + step.get("id") + " runs " + testClass
                    + ", which is not a test class in student-template/src/test/java");
            testClassById.put(String.valueOf(step.get("id")), testClass);
        }
        List<String> ofGivenUtilities = testClasses().stream().filter(c -> !testClassById.containsValue(c)).toList();
        assertEquals(List.of("AllCloseTest", "DatasetsTest", "IdxTest", "NumericalGradientTest"), ofGivenUtilities,
                "every public test of a file students write earns points; only the given utilities' tests (which pass"
                        + " from the start) do not");
    }

    @Test
    void theReporterHearsFromEveryStepAndThePointsAddUpToWhatTheReadmePromises() throws IOException {
        Map<String, Object> workflow = workflow();
        assertTrue(list(workflow.get("on")).contains("push"), "runs on each push");
        List<String> ids = gradingSteps().stream().map(s -> String.valueOf(s.get("id"))).toList();
        List<Map<String, Object>> reporters = steps().stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith(REPORTER)).toList();
        assertEquals(1, reporters.size(), "one reporter step");
        Map<String, Object> reporter = reporters.get(0);

        assertEquals(String.join(",", ids), map(reporter.get("with")).get("runners"), "the reporter lists every grading step");
        Map<String, String> expectedEnv = new LinkedHashMap<>();
        for (String id : ids) {
            // The reporter reads runner <id>'s result from the variable <ID>_RESULTS; a typo reports 0 points.
            expectedEnv.put(id.toUpperCase() + "_RESULTS", "${{ steps." + id + ".outputs.result }}");
        }
        assertEquals(expectedEnv, map(reporter.get("env")));

        int total = 0;
        for (Map<String, Object> step : gradingSteps()) {
            Object points = map(step.get("with")).get("max-score");
            assertTrue(points instanceof Integer p && p > 0, "step " + step.get("id") + " is worth points: " + points);
            total += (Integer) points;
        }
        String readme = Files.readString(TEMPLATE.resolve("README.md"));
        Matcher promised = Pattern.compile("reports up to\\s+\\*\\*(\\d+) points\\*\\*").matcher(readme);
        assertTrue(promised.find(), "the template's README says how many points the workflow reports");
        assertEquals(Integer.parseInt(promised.group(1)), total, "the README's total is the sum of the steps' max-score");
        String text = Files.readString(workflowFile());
        assertTrue(text.contains("(" + total + " in all,"), "the workflow's own comment states the same total");
    }

    private static Path workflowFile() {
        return TEMPLATE.resolve(".github/workflows/classroom.yml");
    }

    private static Map<String, Object> workflow() throws IOException {
        return map(new Yaml().load(Files.readString(workflowFile())));
    }

    private static List<Map<String, Object>> steps() throws IOException {
        Map<String, Object> jobs = map(workflow().get("jobs"));
        assertEquals(1, jobs.size(), "one job");
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Object step : list(map(jobs.values().iterator().next()).get("steps"))) {
            steps.add(map(step));
        }
        return steps;
    }

    private static List<Map<String, Object>> gradingSteps() throws IOException {
        List<Map<String, Object>> grading = steps().stream()
                .filter(s -> String.valueOf(s.get("uses")).startsWith(GRADER)).toList();
        assertTrue(grading.size() >= 1, "the workflow has grading steps");
        return grading;
    }

    private static TreeSet<String> testClasses() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATE.resolve("src/test/java"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Test.java"))
                    .map(n -> n.substring(0, n.length() - ".java".length()))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        assertTrue(yaml instanceof Map, "expected a mapping in the workflow, found: " + yaml);
        return (Map<String, Object>) yaml;
    }

    private static List<?> list(Object yaml) {
        assertTrue(yaml instanceof List, "expected a list in the workflow, found: " + yaml);
        return (List<?>) yaml;
    }
}
