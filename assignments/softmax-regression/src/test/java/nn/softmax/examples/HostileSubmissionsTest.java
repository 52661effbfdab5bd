package nn.softmax.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.example.Edit;
import nngrader.example.ExampleSubmission;
import nngrader.grade.Grader;
import nngrader.report.GradescopeResults;
import nngrader.report.GradingReport;
import nngrader.run.TestOutcome;
import nngrader.sandbox.jail.JailOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile submissions (examples/hostile-*.json and two of the older examples), each graded through
 * the real pipeline with 3-second tests. Each must finish within the budget, leave a valid
 * results.json, cost only the tests whose method it breaks (compared with the reference's
 * outcomes), gain nothing, and put nothing of the hidden suite or the reference into any output.
 *
 * <p>What only root can have (another user, no network, a PID namespace, a hidden bundle) is
 * asserted when the grader says it is in place, and otherwise the grader must say plainly, for the
 * staff, that it is missing. CI runs as root, so there the protections themselves are tested.
 */
class HostileSubmissionsTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final Path REPO = ASSIGNMENT.resolve("../..").normalize();
    static final double TEST_SECONDS = 3;
    /** Whatever the hostile code does, grading one submission must not take longer than this. */
    /** Text of the hidden suite or the reference that must never reach a student. */
    static final List<String> SECRETS = List.of("nn.softmax.grading", "nn/softmax/grading", "BEGIN SOLUTION",
            "END SOLUTION", "SoftmaxGradientTests", "SoftmaxTests", "LogisticRegressionTests", "@Student", "@Points",
            "Check.allClose", "FOUND ");

    static Path shortAssignment;
    static Assignment assignment;
    /** How the worker is locked up: every protection this machine allows, or those of Docker's default container. */
    static JailOptions jail;
    static GradingReport reference;
    static String sandboxNote;

    @TempDir
    Path dir;

    @BeforeAll
    static void gradeTheReference() throws Exception {
        gradeTheReference(JailOptions.defaults());
    }

    static void gradeTheReference(JailOptions options) throws Exception {
        jail = options;
        shortAssignment = shortCopy(TEST_SECONDS);
        assignment = new AssignmentLoader().load(shortAssignment);
        reference = new Grader(jail).grade(shortAssignment, REPO.resolve("reference/src/main/java"));
        assertFalse(reference.failedToGrade(), reference.summary());
        assertEquals(reference.maxScore(), reference.score(), "the reference earns full marks");
        sandboxNote = String.join("\n", reference.staffNotes());
    }

    // ---- the worker ends itself ------------------------------------------------------------

    @Test
    void systemExitInAMethodCostsOnlyItsTests() throws Exception {
        GradingReport report = contained("system-exit-in-dl-da", name -> name.contains("dL_da"));
        lostAll(report, "dL_da", "System.exit(0) was called");
    }

    @Test
    void systemExitInAStaticInitializerCostsOnlyItsTests() throws Exception {
        GradingReport report = contained("hostile-exit-in-static-initializer", oneHot());
        lostAll(report, "oneHot", "System.exit(2) was called");
    }

    @Test
    void runtimeHaltCostsOnlyItsTests() throws Exception {
        lostAll(contained("hostile-halt-in-onehot", oneHot()), "oneHot", "ended unexpectedly");
    }

    // ---- the worker never answers -------------------------------------------------------

    @Test
    void anInfiniteLoopTimesOut() throws Exception {
        lostAll(contained("infinite-loop-in-onehot", oneHot()), "oneHot", "timed out after 3 s");
    }

    @Test
    void sleepingPastTheDeadlineTimesOut() throws Exception {
        lostAll(contained("hostile-sleep-in-onehot", oneHot()), "oneHot", "timed out after 3 s");
    }

    @Test
    void aNonDaemonThreadThatNeverEndsCostsNothing() throws Exception {
        GradingReport report = contained("hostile-endless-thread-in-onehot", name -> false);
        assertEquals(reference.score(), report.score());
    }

    // ---- the worker runs out of something --------------------------------------------------

    @Test
    void unboundedRecursionFailsWithStackOverflow() throws Exception {
        lostAll(contained("hostile-recursion-in-onehot", oneHot()), "oneHot", "StackOverflowError");
    }

    @Test
    void allocatingUntilOutOfMemoryKillsOnlyThatCall() throws Exception {
        lostAll(contained("hostile-oom-in-onehot", oneHot()), "oneHot", "ran out of memory");
    }

    @Test
    void thousandsOfThreadsCostAtMostTheirTest() throws Exception {
        GradingReport report = contained("hostile-threads-in-onehot", oneHot());
        if (!sandboxNote.contains("no cap on processes")) {
            lostAll(report, "oneHot", "unable to create native thread");
        }
    }

    @Test
    void printing100MegabytesIsCapped() throws Exception {
        GradingReport report = contained("hostile-print-100mb-in-onehot", name -> false);
        TestOutcome oneHot = test(report, "oneHot");
        assertTrue(oneHot.passed(), oneHot.failure());
        assertTrue(oneHot.studentOutput().length() < 64 * 1024, "output is capped: " + oneHot.studentOutput().length());
        String printed = oneHot.studentOutput();
        Matcher note = Pattern.compile("\n\\[\\.\\.\\. (\\d+) more bytes \\((\\d+\\.\\d) MB\\)"
                + " not shown]$").matcher(printed);
        assertTrue(note.find(), printed.substring(Math.max(0, printed.length() - 200)));
        long shown = note.start();
        long dropped = Long.parseLong(note.group(1));
        // every call printed 100 MB of 'x': what is shown and what the note counts add up to whole calls
        assertEquals(0, (shown + dropped) % (100L << 20), shown + " shown + " + dropped + " dropped");
        assertTrue(dropped >= (100L << 20) - shown, "dropped: " + dropped);
    }

    @Test
    void forgedRepliesFarLargerOnceDecodedFailOnlyTheirCall() throws Exception {
        GradingReport report = contained("hostile-forged-huge-replies",
                name -> name.contains("oneHot") || name.contains("Jacobian"));
        // the budget is a share of the heap: this JVM's may hold them; GradescopeBundleTest grades this at 192 MB
        for (TestOutcome t : report.tests()) {
            assertTrue(t.studentOutput().length() < 64 * 1024, "no output past the cap: " + t.name());
        }
    }

    @Test
    void terminalEscapesAndBidiOverridesReachNeitherResultsNorTheTerminal() throws Exception {
        GradingReport report = contained("hostile-terminal-escapes-in-onehot", oneHot());
        TestOutcome oneHot = test(report, "oneHot");
        assertTrue(oneHot.studentOutput().contains("All tests passed ✔gnissap"), oneHot.studentOutput());
        assertTrue(oneHot.failure().contains("threw java.lang.IllegalStateException: [1A[2K(for the staff)"),
                oneHot.failure());
        java.io.StringWriter terminal = new java.io.StringWriter();
        new nngrader.report.TerminalTable().print(report, new java.io.PrintWriter(terminal));
        Path results = dir.resolve("escapes.json");
        new GradescopeResults().write(report, results);
        for (String shown : List.of(terminal.toString(), Files.readString(results),
                oneHot.studentOutput(), oneHot.failure())) {
            for (String control : List.of("\u001b", "\r", "\u0000", "\u202e", "\u2066", "\u009b",
                    "\\u001b", "\\r", "\\u0000", "\\u202e", "\\u202E")) {
                assertFalse(shown.contains(control), "shows " + control.codePoints().mapToObj(Integer::toHexString)
                        .toList() + ": " + shown);
            }
        }
    }

    @Test
    void aFolderNamedWithANewlineCannotWriteALineForTheStaff() throws Exception {
        Path folder = dir.resolve("newline").resolve("hw\n(for the staff) sandbox: every protection is in place.");
        for (var f : assignment.submit()) {
            Files.createDirectories(folder.resolve(f.file()).getParent());
            Files.copy(assignment.reference().resolve(f.file()), folder.resolve(f.file()));
        }
        GradingReport report = gradeFolder(dir.resolve("newline"), null);
        assertEquals(reference.score(), report.score());
        assertTrue(report.summary().contains("hw\\n(for the staff) sandbox: every protection"), report.summary());
        assertTrue(report.summary().lines().noneMatch(l -> l.strip().startsWith("(for the staff)")), report.summary());
    }

    // ---- files -------------------------------------------------------------------------

    @Test
    void aFolderChainDeeperThanPathMaxIsRemovedAndCostsNothing() throws Exception {
        GradingReport report = contained("hostile-deep-folders-in-onehot", name -> false);
        assertEquals(reference.score(), report.score(), () -> failures(report));
        String printed = test(report, "oneHot").studentOutput();
        assertTrue(printed.contains("made 41 folders deep in "), printed);
        Path work = Path.of(printed.substring(printed.indexOf(" in ") + 4).lines().findFirst().orElseThrow());
        assertFalse(Files.exists(work), "the worker's folder is removed: " + work);
    }

    // ---- processes ---------------------------------------------------------------------

    @Test
    void aForkBombIsKilledWithTheWorker() throws Exception {
        if (!removesWhatTheWorkerLeaves()) {
            // without a PID namespace or a user of its own a fork bomb would outlive the worker: do not run one
            assertTrue(sandboxNote.contains("a process it detaches may outlive it"), sandboxNote);
            return;
        }
        lostAll(contained("hostile-fork-bomb-in-onehot", oneHot()), "oneHot", "timed out after 3 s");
        assertNoProcessLeft("nngrader_bomb");
    }

    @Test
    void aBackgroundProcessDoesNotOutliveTheWorker() throws Exception {
        if (!removesWhatTheWorkerLeaves()) {
            assertTrue(sandboxNote.contains("a process it detaches may outlive it"), sandboxNote);
            return;
        }
        GradingReport report = contained("hostile-background-process-in-onehot", name -> false);
        assertEquals(reference.score(), report.score());
        assertNoProcessLeft("sleep 6171");
    }

    @Test
    void filesAndProcessesTheWorkerLeavesAreGoneOnceTheGradingIsDone() throws Exception {
        String marker = Long.toString(System.nanoTime());
        List<Path> files = Stream.of("/tmp", "/var/tmp", "/dev/shm")
                .map(folder -> Path.of(folder, "nngrader-hostile-litter-" + marker)).toList();
        if (!removesWhatTheWorkerLeaves()) {
            assertTrue(sandboxNote.contains("a process it detaches may outlive it"), sandboxNote);
            return;
        }
        GradingReport report = contained("hostile-leaves-files-and-processes", name -> false,
                Map.of("@MARKER@", marker), false);
        assertEquals(reference.score(), report.score());
        assertNoProcessLeft("sleep 6176");
        for (Path file : files) {
            assertFalse(Files.exists(file), file + " is left behind");
        }
    }

    @Test
    void processesThatHoldMoreMemoryThanTheCeilingCostOnlyTheirTest() throws Exception {
        lostAll(contained("hostile-memory-in-child-processes", oneHot()), "oneHot", "");
        assertNoProcessLeft("dd if=/dev/zero bs=70M");
    }

    @Test
    void nativeMemoryPastTheHeapCostsOnlyItsTest() throws Exception {
        lostAll(contained("hostile-native-memory-in-onehot", oneHot()), "oneHot", "emory");
    }

    @Test
    void loadingANativeLibraryCostsAtMostItsTest() throws Exception {
        contained("hostile-native-library-in-onehot", oneHot());
    }

    // ---- secrets, files, network ------------------------------------------------------------

    @Test
    void searchingTheDiskAndTheClassPathFindsNothing() throws Exception {
        boolean visible = sandboxNote.contains("WARNING: the worker can read");
        // where nothing is hidden (no mount namespace) the search of the whole disk may take past the time limit
        GradingReport report = contained("hostile-reads-hidden-suite", name -> visible && name.startsWith("oneHot"),
                Map.of(), true);
        TestOutcome oneHot = test(report, "oneHot");
        if (visible) {
            return; // it may well find the bundle, and the staff have been told
        }
        assertTrue(oneHot.studentOutput().contains("searched "), "the search ran: " + oneHot.studentOutput());
        assertFalse(oneHot.studentOutput().contains("FOUND"), oneHot.studentOutput());
        assertNoSecrets(report);
    }

    @Test
    void writingOrDeletingTheResultsAndTheBundleFails() throws Exception {
        if (sandboxNote.contains("runs as the grader's own user") || sandboxNote.contains("runs as root")) {
            // the worker has the grader's rights: do not let it try
            assertTrue(sandboxNote.contains("WARNING: the worker can read"), sandboxNote);
            return;
        }
        Path results = dir.resolve("results/results.json");
        Files.createDirectories(results.getParent());
        Files.writeString(results, "{\"score\": 0}");
        Path sacrificial = shortAssignment.resolve("bundle-copy/SoftmaxTests.class");
        Files.createDirectories(sacrificial.getParent());
        Files.copy(ASSIGNMENT.resolve("target/classes/nn/softmax/grading/SoftmaxTests.class"), sacrificial,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        byte[] assignmentJson = Files.readAllBytes(shortAssignment.resolve("assignment.json"));
        byte[] suiteClass = Files.readAllBytes(sacrificial);

        GradingReport report = contained("hostile-writes-results-and-bundle", name -> false, Map.of(
                "@RESULTS@", results.toString(),
                "@ASSIGNMENT_JSON@", shortAssignment.resolve("assignment.json").toString(),
                "@SUITE_CLASS@", sacrificial.toString()), false, results);
        String printed = test(report, "oneHot").studentOutput();
        assertFalse(printed.contains("WROTE") || printed.contains("DELETED"), printed);
        assertTrue(printed.contains("cannot write"), printed);
        assertEquals("{\"score\": 0}", Files.readString(results));
        assertArrayEquals(assignmentJson, Files.readAllBytes(shortAssignment.resolve("assignment.json")));
        assertArrayEquals(suiteClass, Files.readAllBytes(sacrificial));
    }

    @Test
    void aNetworkConnectionToTheHostFails() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(200);
            AtomicInteger accepted = new AtomicInteger();
            Thread acceptor = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket s = listener.accept()) {
                        accepted.incrementAndGet();
                    } catch (SocketTimeoutException again) {
                        // keep listening
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            acceptor.start();
            GradingReport report = contained("hostile-network-in-onehot", name -> false,
                    Map.of("@PORT@", Integer.toString(listener.getLocalPort())), false);
            listener.close();
            acceptor.join(2000);
            String printed = test(report, "oneHot").studentOutput();
            if (sandboxNote.contains("the worker has network access")) {
                assertTrue(sandboxNote.contains("the worker has network access"), sandboxNote);
                return;
            }
            assertFalse(printed.contains("CONNECTED"), printed);
            assertTrue(printed.contains("no connection"), printed);
            assertEquals(0, accepted.get(), "the listener saw a connection from the worker");
        }
    }

    // ---- values ----------------------------------------------------------------------

    @Test
    void nullNaNInfinitiesAHugeArrayAndWrongShapesFailOnlyTheirTests() throws Exception {
        Predicate<String> theirs = name -> Stream.of("oneHot", "dL_da", "dL_db", "softmaxJacobian")
                .anyMatch(name::contains);
        GradingReport report = contained("hostile-bad-values", theirs);
        lostAll(report, "oneHot", "");
        lostAll(report, "dL_da:", "");
        lostAll(report, "dL_db:", "memory");
        lostAll(report, "softmaxJacobian: J_ij", "");
    }

    // ---- the submission's own copy of the API ------------------------------------------------

    @Test
    void aChangedCopyOfTheApiInterfaceIsIgnored() throws Exception {
        Path folder = dir.resolve("own-api");
        for (var f : assignment.submit()) {
            Files.createDirectories(folder.resolve(f.file()).getParent());
            Files.copy(assignment.reference().resolve(f.file()), folder.resolve(f.file()));
        }
        Files.writeString(folder.resolve("nn/softmax/SoftmaxRegression.java"), """
                package nn.softmax;

                /** The student's own copy: oneHot is gone and softmax has a default that ends the JVM. */
                public interface SoftmaxRegression {
                    default double[] softmax(double[] z) {
                        System.exit(11);
                        return z;
                    }
                }
                """, StandardCharsets.UTF_8);
        GradingReport report = gradeFolder(folder, null);
        assertEquals(reference.score(), report.score(), () -> failures(report));
        assertFalse(report.summary().contains("SoftmaxRegression.java:"), report.summary());
        assertContained(report, name -> false);
    }

    // ---- without root --------------------------------------------------------------------

    @Test
    void withoutRootProtectionsGradingStillWorksAndSaysWhatIsMissing() {
        GradingReport report = new Grader(JailOptions.defaults().unprivileged())
                .grade(shortAssignment, REPO.resolve("reference/src/main/java"));
        assertFalse(report.failedToGrade(), report.summary());
        assertEquals(reference.score(), report.score());
        String staff = String.join("\n", report.staffNotes());
        assertTrue(staff.contains("(for the staff) sandbox: root-only protections are turned off, so the"
                + " worker runs as the grader's own user"), staff);
        assertTrue(staff.contains("WARNING: the worker can read"), staff);
        assertEquals(1, count(staff, "(for the staff) sandbox:"), staff);
        assertFalse(report.summary().contains("sandbox"), "students are not told what the sandbox lacks: "
                + report.summary());
    }

    @Test
    void asRootTheWorkerRunsAsAnotherUserThatCannotReadTheBundle() {
        if (!isRoot()) {
            assertTrue(sandboxNote.contains("the grader is not root"), sandboxNote);
            return;
        }
        assertFalse(sandboxNote.contains("runs as root") || sandboxNote.contains("own user"), sandboxNote);
        if (!sandboxNote.contains("cannot hide") && !sandboxNote.contains("unshare is not permitted")) {
            assertFalse(sandboxNote.contains("WARNING"), "a world-readable checkout is hidden: " + sandboxNote);
        }
    }

    // ---- helpers -----------------------------------------------------------------------

    /** A PID namespace kills what the worker leaves; without one, a user of its own lets the grader find it. */
    private static boolean removesWhatTheWorkerLeaves() {
        return !sandboxNote.contains("no private network or PID namespace") || sandboxNote.contains("runs as user ");
    }

    private static Predicate<String> oneHot() {
        return name -> name.contains("oneHot");
    }

    private GradingReport contained(String example, Predicate<String> mayLose) throws Exception {
        return contained(example, mayLose, Map.of(), false);
    }

    private GradingReport contained(String example, Predicate<String> mayLose, Map<String, String> values,
            boolean secretsChecked) throws Exception {
        return contained(example, mayLose, values, secretsChecked, dir.resolve("results.json"));
    }

    /** Grades an example (its placeholders filled in) and asserts what every hostile submission must. */
    private GradingReport contained(String example, Predicate<String> mayLose, Map<String, String> values,
            boolean secretsChecked, Path results) throws Exception {
        ExampleSubmission stored = ExampleSubmission.read(ASSIGNMENT.resolve("examples/" + example + ".json"));
        List<Edit> edits = new ArrayList<>();
        for (Edit e : stored.edits()) {
            String replace = e.replace();
            for (Map.Entry<String, String> v : values.entrySet()) {
                replace = replace.replace(v.getKey(), v.getValue());
            }
            edits.add(new Edit(e.file(), e.find(), replace));
        }
        Path folder = dir.resolve(example);
        new ExampleSubmission(example, stored.description(), edits).writeTo(assignment.reference(), assignment.submit(),
                folder);
        GradingReport report = gradeFolder(folder, results);
        assertContained(report, mayLose);
        if (!secretsChecked) {
            assertNoSecrets(report);
        }
        return report;
    }

    private GradingReport gradeFolder(Path folder, Path results) throws IOException {
        GradingReport report = new Grader(jail).grade(shortAssignment, folder, results);
        assertFalse(report.failedToGrade(), report.summary());
        assertTrue(report.executionSeconds() < assignment.limits().totalSeconds(), "within the budget");

        Path file = dir.resolve("written-" + folder.getFileName() + ".json");
        new GradescopeResults().write(report, file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals(report.score(), json.get("score").asDouble(), 1e-9);
        // after the status entry "Files found and compiled", which has no points
        assertEquals(report.tests().size() + 1, json.get("tests").size());
        return report;
    }

    /** The same tests as the reference; none scores more; only those {@code mayLose} names score less. */
    private static void assertContained(GradingReport report, Predicate<String> mayLose) {
        assertEquals(reference.tests().size(), report.tests().size(), "every test is reported");
        for (int i = 0; i < report.tests().size(); i++) {
            TestOutcome got = report.tests().get(i);
            TestOutcome ref = reference.tests().get(i);
            assertEquals(ref.name(), got.name());
            assertTrue(got.score() <= ref.score() + 1e-9, "gains nothing: " + got.name());
            if (got.score() < ref.score()) {
                assertTrue(mayLose.test(got.name()), "costs only the tests it breaks, but lost " + got.number() + " "
                        + got.name() + ": " + got.failure());
            }
        }
    }

    private static void assertNoSecrets(GradingReport report) {
        List<String> texts = new ArrayList<>(List.of(report.summary(), report.title()));
        for (TestOutcome t : report.tests()) {
            texts.add(t.name());
            texts.add(String.valueOf(t.failure()));
            texts.add(String.valueOf(t.studentOutput()));
            texts.addAll(t.notes());
        }
        for (String text : texts) {
            for (String secret : SECRETS) {
                assertFalse(text.contains(secret), "an output shows '" + secret + "': " + text);
            }
        }
    }

    /** Every test whose name starts with {@code prefix} failed, with {@code words} in its failure. */
    private static void lostAll(GradingReport report, String prefix, String words) {
        List<TestOutcome> tests = report.tests().stream().filter(t -> t.name().startsWith(prefix)).toList();
        assertFalse(tests.isEmpty(), "tests named " + prefix);
        for (TestOutcome t : tests) {
            assertFalse(t.passed(), t.number() + " " + t.name());
            assertTrue(String.valueOf(t.failure()).contains(words), t.number() + " " + t.name() + ": " + t.failure());
        }
    }

    private static TestOutcome test(GradingReport report, String prefix) {
        return report.tests().stream().filter(t -> t.name().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static void assertNoProcessLeft(String marker) throws InterruptedException {
        List<String> left = List.of();
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

    private static boolean isRoot() {
        try {
            Process id = new ProcessBuilder("id", "-u").start();
            return new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().equals("0");
        } catch (IOException e) {
            return false;
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    private static String failures(GradingReport report) {
        StringBuilder s = new StringBuilder();
        report.tests().stream().filter(t -> !t.passed())
                .forEach(t -> s.append('\n').append(t.number()).append(' ').append(t.name()).append(": ").append(t.failure()));
        return s.toString();
    }

    /**
     * The assignment with {@code testSeconds} per test, as target/hostile-assignment/assignment.json
     * pointing at the same suite, reference and template; inside the checkout like the real one,
     * so the grader hides it the same way.
     */
    private static Path shortCopy(double testSeconds) throws IOException {
        Path copy = ASSIGNMENT.resolve("target/hostile-assignment");
        Files.createDirectories(copy);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(ASSIGNMENT.resolve("assignment.json").toFile());
        ArrayNode classPath = mapper.createArrayNode();
        json.get("suite").get("classPath").forEach(e -> classPath.add(relative(copy, e.asText())));
        ((ObjectNode) json.get("suite")).set("classPath", classPath);
        json.put("reference", relative(copy, json.get("reference").asText()));
        json.put("template", relative(copy, json.get("template").asText()));
        ObjectNode limits = (ObjectNode) json.get("limits");
        limits.put("testSeconds", testSeconds);
        limits.put("totalSeconds", 120);
        Files.writeString(copy.resolve("assignment.json"), mapper.writerWithDefaultPrettyPrinter().writeValueAsString(json));
        return copy;
    }

    private static String relative(Path copy, String path) {
        return copy.relativize(ASSIGNMENT.resolve(path).normalize()).toString();
    }
}
