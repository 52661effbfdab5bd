package nn.softmax.examples;

import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.example.ExampleGrader;
import nngrader.example.ExampleSubmission;
import nngrader.example.GradedExample;
import nngrader.report.GradingReport;
import nngrader.run.TestOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grades example submissions that are not classic bugs (those are mutants, see {@link VerifyAssignmentTest}):
 * a file that does not compile, an infinite loop, System.exit, and printing. Each goes through the real
 * pipeline and is checked for what a student would see.
 */
class GradeExamplesTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static Assignment assignment;

    @BeforeAll
    static void load() throws Exception {
        assignment = new AssignmentLoader().load(ASSIGNMENT);
    }

    @Test
    void aFileThatDoesNotCompileCostsOnlyItsOwnTests() throws Exception {
        GradingReport report = grade("logistic-does-not-compile").report();
        assertTrue(report.summary().contains("nn/softmax/Logistic.java: DID NOT COMPILE"), report.summary());
        assertTrue(report.summary().contains("';' expected"), report.summary());
        for (TestOutcome t : report.tests()) {
            boolean usesLogistic = t.studentClasses().contains("nn.softmax.Logistic");
            assertEquals(!usesLogistic, t.passed(), t.number() + " " + t.name() + ": " + t.failure());
            if (usesLogistic) {
                assertTrue(t.failure().startsWith("Logistic.java did not compile, so this test of it cannot run:"),
                        t.failure());
            }
        }
        assertTrue(report.tests().stream().anyMatch(t -> t.studentClasses().contains("nn.softmax.Logistic")));
    }

    @Test
    void aClassFileThatCannotBeWrittenCostsOnlyItsFilesTests() throws Exception {
        GradingReport report = grade("broken-class-name-too-long").report();
        assertTrue(report.summary().contains("nn/softmax/Softmax.java: DID NOT COMPILE"), report.summary());
        assertTrue(report.summary().contains("the class files of Softmax.java cannot be written: class"
                + " nn.softmax.Softmax$HelperXXX"), report.summary());
        assertTrue(report.summary().contains("File name too long"), report.summary());
        for (TestOutcome t : report.tests()) {
            boolean usesSoftmax = t.studentClasses().contains("nn.softmax.Softmax");
            assertEquals(!usesSoftmax, t.passed(), t.number() + " " + t.name() + ": " + t.failure());
        }
    }

    @Test
    void aFileThatTheCompilerCannotFinishCostsOnlyItsOwnTests() throws Exception {
        GradingReport report = grade("hostile-nested-try-finally").report();
        assertTrue(report.summary().contains("nn/softmax/Softmax.java: DID NOT COMPILE"), report.summary());
        assertTrue(report.summary().contains("Softmax.java took longer than 20 s to compile: the compiler was stopped.")
                || report.summary().contains("Softmax.java needed more than 384 MB to compile: the compiler was"
                        + " stopped."), report.summary());
        for (TestOutcome t : report.tests()) {
            boolean usesSoftmax = t.studentClasses().contains("nn.softmax.Softmax");
            assertEquals(!usesSoftmax, t.passed(), t.number() + " " + t.name() + ": " + t.failure());
        }
    }

    @Test
    void anInfiniteLoopCostsOnlyTheTestsThatCallIt() throws Exception {
        GradedExample example = grade("infinite-loop-in-onehot");
        List<TestOutcome> lost = example.lost();
        assertFalse(lost.isEmpty());
        for (TestOutcome t : lost) {
            assertTrue(t.failure().contains("timed out after 10 s"), t.number() + ": " + t.failure());
            assertTrue(t.name().contains("oneHot"), "only tests that call oneHot: " + t.name());
        }
        assertTrue(example.report().tests().stream().noneMatch(t -> t.failure() != null && t.failure().startsWith("not run")),
                "the run finishes every test: " + example.failures());
    }

    @Test
    void systemExitCostsOnlyTheTestsThatCallIt() throws Exception {
        GradedExample example = grade("system-exit-in-dl-da");
        List<TestOutcome> lost = example.lost();
        assertFalse(lost.isEmpty());
        for (TestOutcome t : lost) {
            assertTrue(t.failure().contains("System.exit"), t.number() + ": " + t.failure());
            assertTrue(t.name().contains("dL_da"), "only tests that call dL_da: " + t.name());
        }
        assertTrue(example.report().tests().stream().filter(t -> t.name().startsWith("dL_dz")).allMatch(TestOutcome::passed),
                "later tests get a fresh worker");
    }

    @Test
    void whatTheStudentPrintsIsShownWithThatTest() throws Exception {
        GradedExample example = grade("prints-while-computing");
        assertEquals(List.of(), example.lostNumbers(), example::failures);
        TestOutcome softmax = example.report().tests().stream().filter(t -> t.name().startsWith("softmax:")).findFirst()
                .orElseThrow();
        assertTrue(softmax.studentOutput().contains("debug: softmax of"), softmax.studentOutput());
    }

    @Test
    void correctSubmissionsInAnotherStyleThanTheReferenceEarnFullMarks() throws Exception {
        for (String example : List.of("correct-collections-shuffle", "correct-log-sum-exp-summed-then-divided")) {
            GradedExample graded = grade(example);
            assertEquals(List.of(), graded.lostNumbers(), graded::failures);
            assertEquals(100, graded.report().score(), example);
        }
    }

    @Test
    void codeThatComputesNothingEarnsNothingNotEvenOnTheGradientChecks() {
        // every method returns zeros of the right shape: loss ≡ 0 and gradients ≡ 0 agree with centered
        // differences of that loss, leave their inputs alone and are deterministic, and used to earn 19 points
        GradedExample nothing = new ExampleGrader(assignment).grade("computes-nothing",
                "every method returns zeros of the right shape", ASSIGNMENT.resolve("src/test/resources/computes-nothing"));
        assertFalse(nothing.report().failedToGrade(), nothing.report().summary());
        assertEquals(0, nothing.report().score(), () -> "earned: " + nothing.earned());
        List<TestOutcome> gradientChecks = nothing.report().tests().stream().filter(t -> t.tags().contains("gradient"))
                .toList();
        assertTrue(gradientChecks.size() >= 8, gradientChecks::toString);
        assertTrue(gradientChecks.stream().allMatch(t -> t.score() == 0), gradientChecks::toString);
        for (String ownLoss : List.of("1.9", "3.5", "4.5")) {
            assertTrue(nothing.test(ownLoss).failure().contains("so that loss must be right first"), nothing.failures());
        }
    }

    private static GradedExample grade(String example) throws Exception {
        GradedExample graded = new ExampleGrader(assignment).grade(
                ExampleSubmission.read(ASSIGNMENT.resolve("examples/" + example + ".json")));
        assertFalse(graded.report().failedToGrade(), graded.report().summary());
        return graded;
    }
}
