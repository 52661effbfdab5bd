package nn.softmax.examples;

import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.grade.Grader;
import nngrader.report.GradingReport;
import nngrader.run.TestOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Infinite loops in several methods: after two timeouts later tests get shorter limits, the run ends far
 * sooner than with full limits, and no test that would pass is cut short by it.
 */
class AdaptiveDeadlinesTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void loopsInSeveralMethodsCostOnlyTheirTestsAndShortenTheLaterOnes() throws Exception {
        Assignment assignment = new AssignmentLoader().load(ASSIGNMENT);
        Path upload = dir.resolve("upload");
        Files.createDirectories(upload);
        for (String name : List.of("Logistic", "Softmax", "Trainer")) {
            Files.copy(assignment.reference().resolve("nn/softmax/" + name + ".java"), upload.resolve(name + ".java"));
        }
        loopAtStartOf(upload.resolve("Logistic.java"), "public double sigmoid(double z) {");
        loopAtStartOf(upload.resolve("Softmax.java"), "public double[] oneHot(int y, int k) {");
        loopAtStartOf(upload.resolve("Trainer.java"), "public Params step(Params p, Params gradient, double learningRate) {");

        GradingReport report = new Grader().grade(ASSIGNMENT, upload);
        assertFalse(report.failedToGrade(), report.summary());

        List<TestOutcome> timedOut = report.tests().stream()
                .filter(t -> t.failure() != null && t.failure().startsWith("timed out after")).toList();
        List<TestOutcome> shortened = timedOut.stream()
                .filter(t -> t.failure().matches("(?s)timed out after [0-9.]+ s \\(shortened after earlier timeouts\\)"
                        + " during .*")).toList();
        assertTrue(timedOut.size() >= 6, "loops in sigmoid, oneHot and step time out: " + timedOut.size());
        assertEquals(timedOut.size() - 2, shortened.size(), "all but the first two are shortened: " + names(timedOut));
        for (TestOutcome t : report.tests()) {
            if (!timedOut.contains(t)) {
                assertTrue(t.passed(), "a test that does not loop passes, shortened limit or not: " + t.number() + " "
                        + t.name() + ": " + t.failure());
            }
        }
        // What adaptation saves is read from the deadlines the run gave, not from a wall clock,
        // which would flake on a busy machine.
        double fullLimits = timedOut.stream().mapToDouble(t -> t.tags().contains("training") ? 15 : 10).sum();
        double given = timedOut.stream().mapToDouble(AdaptiveDeadlinesTest::limitGiven).sum();
        assertTrue(given < 0.6 * fullLimits, "the timeouts were given " + given + " s in all; full limits would be "
                + fullLimits + " s: " + names(timedOut));
    }

    /** The N of "timed out after N s". */
    private static double limitGiven(TestOutcome t) {
        Matcher m = Pattern.compile("^timed out after ([0-9.]+) s").matcher(t.failure());
        assertTrue(m.find(), t.failure());
        return Double.parseDouble(m.group(1));
    }

    private static void loopAtStartOf(Path file, String method) throws Exception {
        String source = Files.readString(file);
        assertTrue(source.contains(method), method);
        Files.writeString(file, source.replace(method, method + LOOP));
    }

    /** Loops forever but compiles wherever it is put: the compiler cannot prove it never ends. */
    private static final String LOOP = "\n        if (System.nanoTime() > 0) { while (true) { Thread.onSpinWait(); } }";

    private static String names(List<TestOutcome> tests) {
        return tests.stream().map(t -> t.number() + " " + t.name()).toList().toString();
    }
}
