package nngrader.run;

import nngrader.grade.Grader;
import nngrader.report.GradingReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run stage's rules, through the whole pipeline on a demo assignment: points, partial credit,
 * leaderboard, notes, per-test time limits, numbers, tags, visibility and seeded inputs (the budget: SuiteRunnerTest).
 */
class GradingRunTest {
    private static final Path API_SOURCE = Path.of("src/test/java/nngrader/run/demo/Calculator.java").toAbsolutePath();

    private static final String CORRECT = """
            package nngrader.run.demo;
            public class Calc implements Calculator {
                public int add(int a, int b) { return a + b; }
                public double[] scale(double[] v, double factor) {
                    double[] out = new double[v.length];
                    for (int i = 0; i < v.length; i++) { out[i] = v[i] * factor; }
                    System.out.println("scaled " + v.length);
                    return out;
                }
                public int spin() { while (true) { Thread.onSpinWait(); } }
            }
            """;

    @TempDir
    Path dir;
    Path assignment;

    @BeforeEach
    void demoAssignment() throws IOException {
        Path template = dir.resolve("template/nngrader/run/demo");
        Files.createDirectories(template);
        Files.copy(API_SOURCE, template.resolve("Calculator.java"));
        Files.writeString(template.resolve("Calc.java"), """
                package nngrader.run.demo;
                public class Calc implements Calculator {
                    public int add(int a, int b) { throw new UnsupportedOperationException("TODO: not implemented yet"); }
                    public double[] scale(double[] v, double f) { throw new UnsupportedOperationException("TODO: not implemented yet"); }
                    public int spin() { throw new UnsupportedOperationException("TODO: not implemented yet"); }
                }
                """);
        assignment = dir.resolve("assignment");
        Files.createDirectories(assignment);
    }

    @Test
    void everyRuleOfTheInstructorApiShowsInTheReport() throws IOException {
        writeAssignment("nngrader.run.demo.suite", 10, 60);
        GradingReport report = new Grader().grade(assignment, submission(CORRECT));
        assertFalse(report.failedToGrade(), report.summary());

        List<TestOutcome> tests = report.tests();
        assertEquals(List.of("1.1", "1.2", "1.3", "9.9", "1.5", "1.6", "2.1"),
                tests.stream().map(TestOutcome::number).toList(), "numbered class.test in order, unless @TestNumber");
        assertEquals(List.of("add: 2 + 3 = 5", "partialCredit", "spin returns", "numbered, tagged and hidden",
                "scale matches the reference on random vectors", "worth nothing, still shown", "addsNegatives"),
                tests.stream().map(TestOutcome::name).toList());

        TestOutcome partial = tests.get(1);
        assertEquals(1.0, partial.score(), "a quarter of 4 points");
        assertFalse(partial.passed());
        assertEquals(List.of("a quarter of the credit"), partial.notes());
        assertEquals(List.of(new LeaderboardEntry("speed", 3.5, nngrader.api.Grade.Order.DESCENDING)),
                report.leaderboard());

        TestOutcome spin = tests.get(2);
        assertEquals(0, spin.score());
        assertTrue(spin.failure().contains("timed out after 1 s"), spin.failure());

        TestOutcome numbered = tests.get(3);
        assertEquals(List.of("numbered"), numbered.tags());
        assertEquals("hidden", numbered.visibility().gradescope());
        assertTrue(numbered.passed(), "the test after a timeout gets a fresh worker: " + numbered.failure());

        TestOutcome seeded = tests.get(4);
        assertTrue(seeded.passed(), seeded.failure());
        assertTrue(seeded.studentOutput().contains("scaled "), "student output is kept with its test");

        assertEquals(0, tests.get(5).maxScore());
        assertTrue(tests.get(5).passed());
        assertEquals("after_due_date", tests.get(6).visibility().gradescope(), "class-level visibility");
        assertEquals(2 + 1 + 0 + 1 + 3 + 0 + 1, report.score());
        assertEquals(12, report.maxScore());
    }

    @Test
    void anAnnotationThatCarriesTheInstructorApiCountsLikeWhatItCarries() throws IOException {
        writeAssignment("nngrader.run.demo.composed", 10, 60);
        GradingReport report = new Grader().grade(assignment, submission(CORRECT));
        assertFalse(report.failedToGrade(), report.summary());

        List<TestOutcome> tests = report.tests();
        assertEquals(List.of("7.1", "1.2", "1.3"), tests.stream().map(TestOutcome::number).toList());
        TestOutcome spin = tests.get(0);
        assertEquals(3, spin.maxScore(), "@Points(3) on the composed @CalculatorTest");
        assertTrue(spin.failure().contains("timed out after 1 s"), "its @TimeLimit(1): " + spin.failure());
        assertEquals("hidden", spin.visibility().gradescope(), "its @Visibility(HIDDEN), not the class's");
        assertEquals(List.of("training"), spin.tags());
        assertEquals("after_published", tests.get(1).visibility().gradescope(), "@HiddenUntilPublished");
        assertEquals(2, tests.get(1).score());
        assertEquals("after_due_date", tests.get(2).visibility().gradescope(), "the class's composed @AfterDueDate");
        assertEquals(6, report.maxScore());
    }

    @Test
    void theSameSubmissionDrawsTheSameRandomInputsAndAnotherDrawsOthers() throws IOException {
        writeAssignment("nngrader.run.demo.suite", 10, 60);
        String printing = CORRECT.replace("System.out.println(\"scaled \" + v.length);",
                "System.out.println(\"scaled \" + java.util.Arrays.toString(v));");
        String first = outputOfSeededTest(printing, "a");
        assertEquals(first, outputOfSeededTest(printing, "b"), "a rerun draws the same inputs");
        String other = outputOfSeededTest(printing.replace("return a + b;", "return b + a;"), "c");
        assertFalse(first.equals(other), "another submission draws other inputs");
    }

    private String outputOfSeededTest(String source, String name) throws IOException {
        GradingReport report = new Grader().grade(assignment, submission(source, name));
        return report.tests().get(4).studentOutput();
    }

    private Path submission(String source) throws IOException {
        return submission(source, "submission");
    }

    private Path submission(String source, String name) throws IOException {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("Calc.java"), source);
        return folder;
    }

    private void writeAssignment(String suitePackage, double testSeconds, double totalSeconds) throws IOException {
        DemoAssignment.write(assignment, dir.resolve("template"), suitePackage, testSeconds, totalSeconds);
    }
}
