package nn.mlp.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.example.ExampleGrader;
import nngrader.example.ExampleSubmission;
import nngrader.example.GradedExample;
import nngrader.grade.Grader;
import nngrader.report.GradescopeResults;
import nngrader.report.GradingReport;
import nngrader.run.TestOutcome;
import nngrader.sandbox.jail.JailOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile examples of this assignment (examples/hostile-*.json, each hooked into Sgd.accuracy), graded in both
 * deployments: with every protection this machine allows, and as in Docker's default container (no CAP_SYS_ADMIN,
 * so no PID, network or mount namespace and no cgroup for the worker). In both, each leaves a valid results.json,
 * the score it should have (the tests that call accuracy at most, or none when the hostile code returns the right
 * answer), and no process or file behind.
 */
class HostileSubmissionsTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final String WITH_SYS_ADMIN = "every protection";
    static final String WITHOUT_SYS_ADMIN = "no CAP_SYS_ADMIN";

    static Assignment assignment;
    static final Map<String, GradingReport> REFERENCE = new HashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        assignment = new AssignmentLoader().load(ASSIGNMENT);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {WITH_SYS_ADMIN, WITHOUT_SYS_ADMIN})
    void systemExitCostsOnlyTheTestsThatCallIt(String mode) throws Exception {
        GradedExample exit = grade(mode, "hostile-system-exit-in-accuracy");
        assertFalse(exit.lost().isEmpty(), "accuracy's tests are lost");
        for (TestOutcome lost : exit.lost()) {
            assertTrue(lost.name().contains("accuracy"), "only tests that call accuracy: " + exit.failures());
            assertTrue(lost.failure().contains("System.exit(0) was called"), lost.failure());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {WITH_SYS_ADMIN, WITHOUT_SYS_ADMIN})
    void aForkBombAndProcessesFullOfMemoryCostOneTestAndAreGoneAfterwards(String mode) throws Exception {
        GradedExample bomb = grade(mode, "hostile-fork-bomb-and-memory-in-accuracy");
        assertEquals(1, bomb.lost().size(), "the call that started them fails, and no other: " + bomb.failures());
        assertTrue(bomb.lost().get(0).name().contains("accuracy"), bomb.failures());
        // Which limit ends that call is a race, and either ending is the student's: when the fork bomb fills the
        // process limit first, the 64 MB processes cannot start and the call times out; when enough of them start
        // first, they pass the memory ceiling that the worker shares with its processes.
        String failure = bomb.lost().get(0).failure();
        assertTrue(failure.contains("timed out") || failure.contains("ran out of memory (the worker and the processes it"
                + " started may use"), bomb.failures());
        assertNothingLeft("nngrader_mlp_bomb");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {WITH_SYS_ADMIN, WITHOUT_SYS_ADMIN})
    void aDetachedProcessWritingFilesCostsNothingAndIsGoneWithItsFiles(String mode) throws Exception {
        GradedExample litter = grade(mode, "hostile-detached-process-writes-tmp-in-accuracy");
        assertEquals(reference(mode).score(), litter.report().score(), litter.failures());
        assertNothingLeft("nngrader_mlp_litter");
        for (String folder : List.of("/tmp", "/var/tmp", "/dev/shm")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("nngrader-mlp-litter-"))
                        .toList(), "files left in " + folder);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {WITH_SYS_ADMIN, WITHOUT_SYS_ADMIN})
    void printing100MegabytesPerCallIsCappedAndCostsNothing(String mode) throws Exception {
        GradedExample loud = grade(mode, "hostile-prints-100mb-in-accuracy");
        assertEquals(reference(mode).score(), loud.report().score(), loud.failures());
        for (TestOutcome t : loud.report().tests()) {
            assertTrue(t.studentOutput().length() < 64 * 1024, "output is capped: " + t.name());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {WITH_SYS_ADMIN, WITHOUT_SYS_ADMIN})
    void searchingForTheHiddenSuiteFindsWhatTheStaffAreWarnedOfAndNothingElse(String mode) throws Exception {
        GradedExample search = grade(mode, "hostile-reads-hidden-suite-in-accuracy");
        assertEquals(reference(mode).score(), search.report().score(), search.failures());
        String notes = String.join("\n", search.report().staffNotes());
        boolean warned = notes.contains("WARNING: the worker can read");
        for (TestOutcome t : search.report().tests()) {
            // as root with every protection the bundle is hidden; elsewhere the staff line must say it is not
            assertTrue(warned || !t.studentOutput().contains("FOUND"), t.name() + ": " + t.studentOutput());
            assertFalse(t.studentOutput().contains("FOUND class") || t.studentOutput().contains("FOUND resource"),
                    "the suite is never on the worker's class path: " + t.studentOutput());
        }
    }

    /** Grades the example with the mode's jail; checks its results.json is valid and matches the report. */
    private GradedExample grade(String mode, String example) throws IOException {
        GradedExample graded = new ExampleGrader(assignment, new Grader(jail(mode)))
                .grade(ExampleSubmission.read(ASSIGNMENT.resolve("examples/" + example + ".json")));
        GradingReport report = graded.report();
        assertFalse(report.failedToGrade(), report.summary());
        Path results = dir.resolve(example + ".json");
        new GradescopeResults().write(report, results);
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        assertEquals(report.score(), json.get("score").asDouble(), 1e-9, "results.json holds the score");
        // after the status entry "Files found and compiled", which has no points
        assertEquals(reference(mode).tests().size() + 1, json.get("tests").size(), "and every test");
        return graded;
    }

    private static synchronized GradingReport reference(String mode) {
        return REFERENCE.computeIfAbsent(mode, m -> {
            GradingReport r = new Grader(jail(m)).grade(ASSIGNMENT, assignment.reference());
            assertEquals(r.maxScore(), r.score(), "the reference earns full marks: " + r.summary());
            return r;
        });
    }

    private static JailOptions jail(String mode) {
        return mode.equals(WITH_SYS_ADMIN) ? JailOptions.defaults() : JailOptions.defaults().withoutSysAdmin();
    }

    private static void assertNothingLeft(String marker) throws InterruptedException {
        List<String> left = new ArrayList<>();
        for (int tries = 0; tries < 50; tries++) {
            left = ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))
                    .filter(c -> c.contains(marker)).toList();
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(marker))
                .forEach(ProcessHandle::destroyForcibly);
        assertEquals(List.of(), left, "processes left after grading");
    }
}
