package nngrader.run;

import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.sandbox.CallScope;
import nngrader.sandbox.CallTimedOut;
import nngrader.sandbox.ReferenceCalls;
import nngrader.sandbox.StudentObjects;
import nngrader.run.demo.Calc;
import nngrader.run.demo.Calculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The run stage alone, through {@link StudentObjects} of this JVM: no submission is compiled and no worker
 * started, so its rules (points, credit, numbers, visibility, tags, composed annotations, stopping at the first
 * loss) are tested in a fraction of a second each.
 */
class SuiteRunnerTest {
    @TempDir
    Path dir;

    @Test
    void theDemoSuiteScoresACorrectCalculatorAsTheInstructorApiSays() throws Exception {
        RunResult run = new SuiteRunner(false).run(assignment("nngrader.run.demo.suite"), inThisJvm(Calc::new), "seed",
                Instant.now().plusSeconds(60));

        assertEquals(List.of("1.1", "1.2", "1.3", "9.9", "1.5", "1.6", "2.1"), run.tests().stream().map(TestOutcome::number).toList());
        assertEquals(List.of(2.0, 1.0, 1.0, 1.0, 3.0, 0.0, 1.0), run.tests().stream().map(TestOutcome::score).toList(),
                "a quarter of the second test's 4 points, all of the others'");
        assertEquals("hidden", run.tests().get(3).visibility().gradescope());
        assertEquals(List.of("numbered"), run.tests().get(3).tags());
        assertEquals("after_due_date", run.tests().get(6).visibility().gradescope(), "class-level visibility");
    }

    @Test
    void composedAnnotationsCountWithoutAWorkerToo() throws Exception {
        RunResult run = new SuiteRunner(false).run(assignment("nngrader.run.demo.composed"), inThisJvm(Calc::new), "seed",
                Instant.now().plusSeconds(60));

        TestOutcome composed = run.tests().get(0);
        assertEquals("7.1", composed.number());
        assertEquals(3, composed.maxScore());
        assertEquals("hidden", composed.visibility().gradescope());
        assertEquals("after_published", run.tests().get(1).visibility().gradescope());
        assertEquals("after_due_date", run.tests().get(2).visibility().gradescope());
    }

    @Test
    void verifysRunnerSkipsEveryTestAfterTheFirstThatLosesPoints() throws Exception {
        Supplier<Calculator> subtracts = () -> new Calc() {
            @Override
            public int add(int a, int b) {
                return a - b;
            }
        };
        RunResult run = new SuiteRunner(false).stoppingAtFirstLoss().run(assignment("nngrader.run.demo.suite"),
                inThisJvm(subtracts), "seed", Instant.now().plusSeconds(60));

        assertFalse(run.tests().get(0).passed());
        assertTrue(run.tests().get(0).failure().contains("add(2, 3)"), run.tests().get(0).failure());
        assertTrue(run.tests().stream().skip(1).allMatch(t -> OutcomeCollector.STOPPED.equals(t.failure())),
                run.tests().toString());
    }

    @Test
    void whenTheBudgetRunsOutTheRemainingTestsAreNotRunButStillReported() throws Exception {
        // Every test of the budget suite spins until its 1 s limit, as a worker would be stopped then; the run's
        // 3.5 s budget, counted from here, is spent after three or four of them.
        RunResult run = new SuiteRunner(false).run(assignment("nngrader.run.demo.budget", 1), spinning(), "seed",
                Instant.now().plusMillis(3500));

        assertEquals(6, run.tests().size(), "every test is reported");
        assertEquals(0, run.tests().stream().mapToDouble(TestOutcome::score).sum());
        assertTrue(run.tests().get(0).failure().startsWith("timed out after 1 s"), run.tests().get(0).failure());
        assertEquals(OutcomeCollector.BUDGET_EXHAUSTED, run.tests().get(5).failure());
    }

    private Assignment assignment(String suitePackage) throws Exception {
        return assignment(suitePackage, 10);
    }

    private Assignment assignment(String suitePackage, double testSeconds) throws Exception {
        Path template = dir.resolve("template");
        Files.createDirectories(template);
        DemoAssignment.write(dir, template, suitePackage, testSeconds, 60);
        return new AssignmentLoader().load(dir);
    }

    /** Calculators whose {@code spin} waits for its call's deadline and then fails as a timed-out worker call does. */
    private static StudentObjects spinning() {
        return new StudentObjects() {
            @Override
            public <T> T instantiate(Class<T> api, String className, CallScope scope) {
                return api.cast(new Calc() {
                    @Override
                    public int spin() {
                        try {
                            Thread.sleep(Math.max(0, Duration.between(Instant.now(), scope.deadline()).toMillis()));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        throw new CallTimedOut(scope.limit(), "spin()");
                    }
                });
            }

            @Override
            public void answerStandInsWith(ReferenceCalls calls) {
            }
        };
    }

    /** Student objects made here, by {@code make}, whatever class the suite asks for. */
    private static StudentObjects inThisJvm(Supplier<? extends Calculator> make) {
        return new StudentObjects() {
            @Override
            public <T> T instantiate(Class<T> api, String className, CallScope scope) {
                return api.cast(make.get());
            }

            @Override
            public void answerStandInsWith(ReferenceCalls calls) {
            }
        };
    }
}
