package nngrader.batch.warm;

import nngrader.batch.ChildGrader;
import nngrader.batch.SubmissionGrading;
import nngrader.report.ResultsFormat;
import nngrader.report.Scores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One warm grader JVM grades submission after submission, and one that fails costs only the submission it failed
 * on: that one is graded again by the fallback (a grader JVM of its own, in a batch), and the next has a fresh JVM.
 * The grader JVMs here are {@link FakeServer}s, which fail on demand.
 */
class WarmGraderTest {
    private static final Duration TIME_LIMIT = Duration.ofSeconds(3);

    @TempDir
    Path dir;

    private final List<String> fallbackGraded = Collections.synchronizedList(new ArrayList<>());
    private final SubmissionGrading fallback = (submission, results) -> {
        fallbackGraded.add(submission.getFileName().toString());
        return Scores.notGraded("graded by the fallback");
    };

    private WarmGrader warm(int jobs) throws Exception {
        ChildGrader cold = new ChildGrader(dir.resolve("assignment"), ResultsFormat.GRADESCOPE, null, TIME_LIMIT);
        List<String> server = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), FakeServer.class.getName());
        return new WarmGrader(cold, fallback, server, jobs);
    }

    private Scores grade(WarmGrader warm, String name) throws Exception {
        Path submission = Files.createDirectories(dir.resolve("in").resolve(name));
        Path results = Files.createDirectories(dir.resolve("out").resolve(name)).resolve("results.json");
        return warm.grade(submission, results);
    }

    /** The pid of the fake grader JVM that graded it, and how many it had graded by then. */
    private static long[] gradedBy(Scores scores) {
        String[] words = scores.problem().split(" ");
        assertEquals("pid", words[0], scores.problem());
        return new long[] {Long.parseLong(words[1]), Long.parseLong(words[3])};
    }

    @Test
    void oneGraderJvmGradesSubmissionAfterSubmission() throws Exception {
        try (WarmGrader warm = warm(1)) {
            long[] a = gradedBy(grade(warm, "a"));
            long[] b = gradedBy(grade(warm, "b"));
            long[] c = gradedBy(grade(warm, "c"));
            assertEquals(a[0], b[0]);
            assertEquals(a[0], c[0]);
            assertEquals(List.of(1L, 2L, 3L), List.of(a[1], b[1], c[1]));
        }
        assertTrue(fallbackGraded.isEmpty());
    }

    @Test
    void aGraderJvmThatDiesCostsOnlyItsSubmissionWhichIsGradedAgainAlone() throws Exception {
        try (WarmGrader warm = warm(1)) {
            long first = gradedBy(grade(warm, "a"))[0];
            assertEquals("graded by the fallback", grade(warm, "dies-b").problem());
            String log = Files.readString(dir.resolve("out/dies-b/grader.log"));
            assertTrue(log.contains("(for the staff) the warm grader JVM ended during this grading; this submission was"
                    + " graded again by a grader JVM of its own"), log);
            long[] c = gradedBy(grade(warm, "c"));
            assertNotEquals(first, c[0], "a fresh grader JVM grades the next submission");
            assertEquals(1, c[1]);
            assertFalse(ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false));
        }
        assertEquals(List.of("dies-b"), fallbackGraded);
    }

    @Test
    void aGradingThatTakesLongerThanTheTimeLimitIsStoppedAndTheNextHasAFreshJvm() throws Exception {
        try (WarmGrader warm = warm(1)) {
            long first = gradedBy(grade(warm, "a"))[0];
            long start = System.nanoTime();
            Scores hung = grade(warm, "hangs-b");
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(TIME_LIMIT.multipliedBy(3)) < 0,
                    "stopped near its time limit");
            assertTrue(hung.failedToGrade());
            assertEquals("grading took longer than 3 s and was stopped (see grader.log).", hung.problem());
            assertFalse(ProcessHandle.of(first).map(ProcessHandle::isAlive).orElse(false), "the hung JVM is gone");
            assertNotEquals(first, gradedBy(grade(warm, "c"))[0]);
        }
        assertTrue(fallbackGraded.isEmpty(), "a grading that took too long is not graded again: " + fallbackGraded);
    }

    @Test
    void aGraderJvmThatCouldNotGradeIsReplacedAndTheSubmissionGradedAgainAlone() throws Exception {
        try (WarmGrader warm = warm(1)) {
            long first = gradedBy(grade(warm, "a"))[0];
            assertEquals("graded by the fallback", grade(warm, "cannot-grade-b").problem());
            long second = gradedBy(grade(warm, "c"))[0];
            assertEquals("graded by the fallback", grade(warm, "no-record-d").problem());
            long third = gradedBy(grade(warm, "e"))[0];
            assertEquals(3, List.of(first, second, third).stream().distinct().count());
        }
        assertEquals(List.of("cannot-grade-b", "no-record-d"), fallbackGraded);
    }

    @Test
    void aGraderJvmIsReplacedAfterItsShareOfGradings() throws Exception {
        List<Long> pids = new ArrayList<>();
        try (WarmGrader warm = warm(1)) {
            for (int i = 0; i <= WarmGrader.GRADINGS_PER_SERVER; i++) {
                pids.add(gradedBy(grade(warm, "s" + i))[0]);
            }
        }
        assertEquals(1, pids.subList(0, WarmGrader.GRADINGS_PER_SERVER).stream().distinct().count());
        assertNotEquals(pids.get(0), pids.get(WarmGrader.GRADINGS_PER_SERVER));
    }

    @Test
    void eachJobHasItsGraderJvmAndNoneIsLeftAfterTheBatch() throws Exception {
        List<Long> pids = Collections.synchronizedList(new ArrayList<>());
        try (WarmGrader warm = warm(2)) {
            List<Thread> jobs = new ArrayList<>();
            for (int job = 0; job < 2; job++) {
                int j = job;
                Thread thread = new Thread(() -> {
                    try {
                        for (int i = 0; i < 4; i++) {
                            pids.add(gradedBy(grade(warm, "job" + j + "-" + i))[0]);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                jobs.add(thread);
                thread.start();
            }
            for (Thread thread : jobs) {
                thread.join();
            }
        }
        assertEquals(8, pids.size());
        assertEquals(2, pids.stream().distinct().count(), "two grader JVMs for two jobs: " + pids);
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "closed at the end");
        }
    }
}
