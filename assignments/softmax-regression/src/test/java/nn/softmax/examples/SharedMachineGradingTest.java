package nn.softmax.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.example.ExampleSubmission;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Red-team findings on a machine where graders run without CAP_SYS_ADMIN (Docker's default, and
 * {@code grader batch} in one pod), each through the command line as a staff member would run it,
 * as root without that capability (setpriv drops it, as GradescopeBundleTest does):
 * <ul>
 * <li>one student's leftover process stopped and killed the next student's worker in a batch;
 * <li>25 child processes of 70 MB in a 1 GB memory cgroup got the grader, not the worker, OOM-killed.
 * </ul>
 */
class SharedMachineGradingTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    /** Marks the leftover process of hostile-disturbs-the-next-grading, to clean up after a failure. */
    static final String DISTURBER = "case \" $mine \"";
    /** Marks the leftover processes of hostile-takes-over-the-next-worker (its script and its workers). */
    static final String IMPOSTOR = "nngrader-impostor-";

    @TempDir
    static Path dir;
    static Assignment assignment;

    @BeforeAll
    static void asRootWithoutSysAdmin() throws Exception {
        assumeTrue(run("id", "-u").equals("0") && Files.isExecutable(Path.of("/usr/bin/setpriv")),
                "needs root and setpriv, as Gradescope's container has");
        assignment = new AssignmentLoader().load(ASSIGNMENT);
        // JUnit makes the temp folder 700, which alone would keep the sandbox users out of everything in it
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void aProcessLeftByOneSubmissionCannotDisturbTheNextOnesWorker() throws Exception {
        Path submissions = Files.createDirectories(dir.resolve("class"));
        ExampleSubmission.read(ASSIGNMENT.resolve("examples/hostile-disturbs-the-next-grading.json"))
                .writeTo(assignment.reference(), assignment.submit(), submissions.resolve("a-attacker"));
        new ExampleSubmission("victim", "the reference", List.of())
                .writeTo(assignment.reference(), assignment.submit(), submissions.resolve("b-victim"));
        Path out = dir.resolve("graded");
        try {
            // one user for every grading (as --sandbox-user gives; the pool would give each its own): the
            // attacker's process is of the victim's uid, and only the sweep between gradings stops it
            String printed = grader(List.of(), "batch", "--assignment", ASSIGNMENT.toString(), "--submissions",
                    submissions.toString(), "--out", out.toString(), "--jobs", "1", "--sandbox-user",
                    "nngrader-redteam");
            assertTrue(printed.contains("Graded 2"), printed);
        } finally {
            killLeftovers(DISTURBER);
        }
        JsonNode victim = new ObjectMapper().readTree(out.resolve("submissions/b-victim/record.json").toFile());
        JsonNode scores = victim.get("scores");
        assertEquals(scores.get("maxScore").asDouble(), scores.get("score").asDouble(), 1e-9,
                "the victim gets its own full marks: " + victim);
        for (Path folder : List.of(out, out.resolve("submissions"), out.resolve("submissions/b-victim"))) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)),
                    "only the grader may read " + folder);
        }
    }

    /**
     * The attacker's leftover process waits for the next worker JVM it may trace, stops it, takes its stdin and
     * stdout with pidfd_getfd and serves the grader with a worker of the attacker's right code. Started by hand
     * as the worker's user in the middle of an empty template's grading, it raised that grading from 0 to 28 of
     * 100 on this machine (no Yama). In a batch the sweep after the attacker's grading ends it, and with the pool
     * the victim's worker is of another uid besides, which pidfd_getfd may not take from.
     */
    @ParameterizedTest(name = "sandbox user: {0}")
    @ValueSource(strings = {"the pool", "nngrader-redteam"})
    void aProcessLeftByOneSubmissionCannotTakeOverTheNextOnesWorker(String user) throws Exception {
        Path submissions = Files.createDirectories(dir.resolve("takeover-" + user.replace(' ', '-')));
        ExampleSubmission.read(ASSIGNMENT.resolve("examples/hostile-takes-over-the-next-worker.json"))
                .writeTo(assignment.reference(), assignment.submit(), submissions.resolve("a-attacker"));
        new ExampleSubmission("victim", "the empty template", List.of())
                .writeTo(assignment.template(), assignment.submit(), submissions.resolve("b-victim"));
        Path out = dir.resolve("graded-" + user.replace(' ', '-'));
        List<String> args = new ArrayList<>(List.of("batch", "--assignment", ASSIGNMENT.toString(), "--submissions",
                submissions.toString(), "--out", out.toString(), "--jobs", "1"));
        if (!user.equals("the pool")) {
            args.addAll(List.of("--sandbox-user", user));
        }
        try {
            String printed = grader(List.of(), args.toArray(String[]::new));
            assertTrue(printed.contains("Graded 2"), printed);
            assertTrue(printed.contains("b-victim 0/100"), "the victim's empty template earns nothing: " + printed);
            String attackersLog = Files.readString(out.resolve("submissions/a-attacker/grader.log"));
            Matcher removed = Pattern.compile("removed what the worker left when it was done: (\\d+) process")
                    .matcher(attackersLog);
            assertTrue(removed.find() && Integer.parseInt(removed.group(1)) > 0,
                    "the attacker's process was there to be removed: " + attackersLog);
            assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine().orElse("")
                    .contains(IMPOSTOR)), "no process of the attacker is left");
        } finally {
            killLeftovers(IMPOSTOR);
        }
        JsonNode victim = new ObjectMapper().readTree(out.resolve("submissions/b-victim/record.json").toFile());
        assertEquals(0, victim.get("scores").get("score").asDouble(), "the victim's own score: " + victim);
    }

    @Test
    void processesThatTakeMoreMemoryThanTheMachineHasCostOnlyTheirTestNotTheGrader() throws Exception {
        Path machine = Path.of("/sys/fs/cgroup/memory");
        assumeTrue(Files.isWritable(machine.resolve("cgroup.procs")), "needs a cgroup v1 memory hierarchy");
        Path submission = dir.resolve("memory-hog");
        ExampleSubmission.read(ASSIGNMENT.resolve("examples/hostile-memory-in-child-processes.json"))
                .writeTo(assignment.reference(), assignment.submit(), submission);
        // the machine: 1 GB for the grader and everything it starts, as the red team's container had 1.5 GB
        Path limited = Files.createDirectory(machine.resolve("nngrader-test-" + UUID.randomUUID()));
        try {
            Files.writeString(limited.resolve("memory.limit_in_bytes"), Long.toString(1024L * 1024 * 1024));
            for (boolean cgroupsWritable : new boolean[] {true, false}) {
                Path results = dir.resolve("memory-" + cgroupsWritable + ".json");
                List<String> inside = new ArrayList<>(List.of("sh", "-c", "echo $$ > \"$1\"/cgroup.procs && shift"
                        + " && exec \"$@\"", "enter", limited.toString()));
                if (!cgroupsWritable) {
                    // as in Docker's default container: /sys/fs/cgroup is read-only, so no cgroup for the worker
                    inside.addAll(List.of("unshare", "--mount", "sh", "-c", "for m in $(awk '$3 ~ /^cgroup/ {print $2}'"
                            + " /proc/mounts); do mount -o remount,bind,ro \"$m\" || exit 1; done; exec \"$@\"", "ro"));
                }
                grader(inside, "grade", "--assignment", ASSIGNMENT.toString(), "--submission", submission.toString(),
                        "--results", results.toString(), "--quiet");
                assertTrue(Files.isRegularFile(results), "the grader lived to write its results");
                JsonNode json = new ObjectMapper().readTree(results.toFile());
                for (JsonNode test : json.get("tests")) {
                    boolean passed = test.path("score").asDouble() == test.path("max_score").asDouble();
                    assertTrue(passed || test.get("name").asText().startsWith("oneHot"),
                            "only oneHot's tests may be lost: " + test);
                }
                assertFalse(json.get("output").asText().contains("contact"), json.get("output").asText());
            }
        } finally {
            killLeftovers("dd if=/dev/zero bs=70M");
            for (int tries = 0; tries < 40 && Files.exists(limited); tries++) {
                try {
                    Files.delete(limited);
                } catch (IOException busy) {
                    Thread.sleep(100);
                }
            }
        }
    }

    /** Runs the grader's command line as root without CAP_SYS_ADMIN, inside {@code wrapper}; what it printed. */
    private static String grader(List<String> wrapper, String... args) throws Exception {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of("/usr/bin/setpriv", "--bounding-set=-sys_admin", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "nngrader.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), out);
        return out + "\n(exit status " + p.exitValue() + ")";
    }

    private static void killLeftovers(String marker) {
        ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(marker))
                .forEach(ProcessHandle::destroyForcibly);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out;
    }
}
