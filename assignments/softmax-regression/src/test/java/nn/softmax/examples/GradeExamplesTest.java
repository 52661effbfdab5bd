package nn.softmax.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.example.ExampleSubmission;
import nngrader.grade.Grader;
import nngrader.report.GradescopeResults;
import nngrader.report.GradingReport;
import nngrader.run.TestOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grades whole example submissions through the real pipeline (locate, compile, worker JVM, hidden
 * suite, report) and asserts what a student would see: the score, which tests were lost, and the
 * words of the feedback.
 */
class GradeExamplesTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final Path REPO = ASSIGNMENT.resolve("../..").normalize();
    static Assignment assignment;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        assignment = new AssignmentLoader().load(ASSIGNMENT);
    }

    @Test
    void theReferenceAsAWholeRepositoryEarnsFullMarks() throws Exception {
        GradingReport report = new Grader().grade(ASSIGNMENT, REPO.resolve("reference"));
        assertFalse(report.failedToGrade(), report.summary());
        assertEquals(100, report.maxScore(), "the suite is worth a round 100 points");
        assertTrue(report.tests().size() >= 20, "at least 20 graded tests");
        assertEquals(report.maxScore(), report.score(), () -> failures(report));
        assertTrue(report.summary().contains("nn/softmax/Softmax.java: compiled (src/main/java/nn/softmax/Softmax.java)"),
                report.summary());

        Path results = dir.resolve("results.json");
        new GradescopeResults().write(report, results);
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        assertEquals(100.0, json.get("score").asDouble());
        for (JsonNode test : json.get("tests")) {
            for (String key : List.of("score", "max_score", "status", "name", "number", "visibility")) {
                assertTrue(test.has(key), key + " is set on every test: " + test);
            }
        }
        assertTrue(report.tests().stream().anyMatch(t -> t.visibility().gradescope().equals("visible")));
        assertTrue(report.tests().stream().anyMatch(t -> t.visibility().gradescope().equals("after_published")));
    }

    @Test
    void theTemplateEarnsNothingAndSaysNotImplementedYet() {
        GradingReport report = new Grader().grade(ASSIGNMENT, REPO.resolve("student-template"));
        assertEquals(0, report.score(), () -> "the template earns nothing, but: " + passed(report));
        for (TestOutcome t : report.tests()) {
            assertTrue(t.failure().contains("not implemented yet"), t.number() + ": " + t.failure());
        }
    }

    @Test
    void softmaxWithoutMaxSubtractionLosesOnlyTheStabilityTests() throws Exception {
        GradingReport report = grade("no-max-subtraction");
        List<TestOutcome> lost = lost(report);
        assertFalse(lost.isEmpty(), "the stability tests catch it");
        assertTrue(lost.stream().anyMatch(t -> t.name().startsWith("softmax:")), names(lost));
        assertTrue(lost.stream().allMatch(t -> t.name().contains("±1000")), "only stability tests are lost: " + names(lost));
        assertTrue(lost.stream().anyMatch(t -> t.failure().contains("NaN") || t.failure().contains("Infinity")),
                failures(report));
    }

    @Test
    void aGradientWithTheWrongSignLosesTheGradientTestsOnly() throws Exception {
        GradingReport report = grade("gradient-wrong-sign");
        List<TestOutcome> lost = lost(report);
        assertTrue(lost.stream().anyMatch(t -> t.name().startsWith("dL_dz: matches centered differences")), names(lost));
        assertTrue(lost.stream().anyMatch(t -> t.name().startsWith("dL_dz: a − onehot(y)")), names(lost));
        Predicate<TestOutcome> forward = t -> t.studentClasses().equals(java.util.Set.of("nn.softmax.Logistic"))
                || t.name().matches("^(scores|softmax|logSoftmax|crossEntropy|oneHot|loss|step|accuracy)[ :].*");
        List<TestOutcome> unrelated = lost.stream().filter(forward).toList();
        assertEquals(List.of(), unrelated, "forward computations and logistic regression are unaffected");
    }

    @Test
    void aFileThatDoesNotCompileCostsOnlyItsOwnTests() throws Exception {
        GradingReport report = grade("logistic-does-not-compile");
        assertTrue(report.summary().contains("nn/softmax/Logistic.java: DID NOT COMPILE"), report.summary());
        assertTrue(report.summary().contains("';' expected"), report.summary());
        for (TestOutcome t : report.tests()) {
            boolean usesLogistic = t.studentClasses().contains("nn.softmax.Logistic");
            assertEquals(!usesLogistic, t.passed(), t.number() + " " + t.name() + ": " + t.failure());
            if (usesLogistic) {
                assertTrue(t.notes().stream().anyMatch(n -> n.startsWith("Logistic.java did not compile")), t.notes().toString());
            }
        }
        assertTrue(report.tests().stream().anyMatch(t -> t.studentClasses().contains("nn.softmax.Logistic")));
    }

    @Test
    void anInfiniteLoopCostsOnlyTheTestsThatCallIt() throws Exception {
        GradingReport report = grade("infinite-loop-in-onehot");
        List<TestOutcome> lost = lost(report);
        assertFalse(lost.isEmpty());
        for (TestOutcome t : lost) {
            assertTrue(t.failure().contains("timed out after 10 s"), t.number() + ": " + t.failure());
            assertTrue(t.name().contains("oneHot"), "only tests that call oneHot: " + t.name());
        }
        assertEquals(reference().tests().size(), report.tests().size(), "the run finishes every test");
    }

    @Test
    void systemExitCostsOnlyTheTestsThatCallIt() throws Exception {
        GradingReport report = grade("system-exit-in-dl-da");
        List<TestOutcome> lost = lost(report);
        assertFalse(lost.isEmpty());
        for (TestOutcome t : lost) {
            assertTrue(t.failure().contains("System.exit"), t.number() + ": " + t.failure());
            assertTrue(t.name().contains("dL_da"), "only tests that call dL_da: " + t.name());
        }
        assertTrue(report.tests().stream().filter(t -> t.name().startsWith("dL_dz")).allMatch(TestOutcome::passed),
                "later tests get a fresh worker");
    }

    @Test
    void overwritingAnInputIsCaughtByTheNoMutationTestsOnly() throws Exception {
        GradingReport report = grade("softmax-overwrites-input");
        List<TestOutcome> lost = lost(report);
        assertFalse(lost.isEmpty(), "a softmax that writes into z is caught");
        for (TestOutcome t : lost) {
            assertTrue(t.name().contains("unchanged"), "only the tests about inputs: " + names(lost));
            assertTrue(t.failure().contains("softmax"), t.failure());
        }
    }

    @Test
    void whatTheStudentPrintsIsShownWithThatTest() throws Exception {
        GradingReport report = grade("prints-while-computing");
        assertEquals(report.maxScore(), report.score(), () -> failures(report));
        TestOutcome softmax = report.tests().stream().filter(t -> t.name().startsWith("softmax:")).findFirst().orElseThrow();
        assertTrue(softmax.studentOutput().contains("debug: softmax of"), softmax.studentOutput());
    }

    private GradingReport grade(String example) throws Exception {
        ExampleSubmission submission = ExampleSubmission.read(ASSIGNMENT.resolve("examples/" + example + ".json"));
        Path folder = dir.resolve(example);
        submission.writeTo(assignment.reference(), assignment.submit(), folder);
        GradingReport report = new Grader().grade(ASSIGNMENT, folder);
        assertFalse(report.failedToGrade(), report.summary());
        return report;
    }

    private static GradingReport reference;

    private static synchronized GradingReport reference() {
        if (reference == null) {
            reference = new Grader().grade(ASSIGNMENT, REPO.resolve("reference/src/main/java"));
        }
        return reference;
    }

    private static List<TestOutcome> lost(GradingReport report) {
        return report.tests().stream().filter(t -> t.score() < t.maxScore()).toList();
    }

    private static String names(List<TestOutcome> tests) {
        return tests.stream().map(t -> t.number() + " " + t.name()).toList().toString();
    }

    private static String passed(GradingReport report) {
        return names(report.tests().stream().filter(t -> t.score() > 0).toList());
    }

    private static String failures(GradingReport report) {
        StringBuilder s = new StringBuilder();
        lost(report).forEach(t -> s.append('\n').append(t.number()).append(' ').append(t.name()).append(": ").append(t.failure()));
        return s.toString();
    }
}
