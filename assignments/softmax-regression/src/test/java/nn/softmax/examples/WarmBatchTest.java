package nn.softmax.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.example.Edit;
import nngrader.example.ExampleSubmission;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code grader batch} grades a class with one warm grader JVM per job, which grades submission after
 * submission. With one job, a class of submissions that leave files, processes and threads behind, crash or hang
 * their worker, and then a correct one: every submission gets the score a grader JVM of its own gives it
 * ({@code --grader-per-submission}), the correct one full marks, and nothing the others left is there when the
 * batch is done.
 */
class WarmBatchTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final String MARKER = "warm-" + ProcessHandle.current().pid();
    /** The variable that marks every process the batches start: the mark lets other tests run beside this one. */
    static final String MARK = "NNGRADER_WARM_BATCH_TEST";
    /** In the order batch grades them (by name): what each does, then a correct submission after them all. */
    static final Map<String, String> CLASS = new LinkedHashMap<>();

    static {
        CLASS.put("a-litter", "hostile-leaves-files-and-processes");
        CLASS.put("b-endless-thread", "hostile-endless-thread-in-onehot");
        CLASS.put("c-exit-in-static-initializer", "hostile-exit-in-static-initializer");
        CLASS.put("d-endless-loop", "infinite-loop-in-onehot");
        CLASS.put("e-does-not-compile", "logistic-does-not-compile");
        CLASS.put("f-correct", null);
    }

    @TempDir
    static Path dir;
    static Assignment assignment;

    @BeforeAll
    static void writeTheClass() throws Exception {
        assignment = new AssignmentLoader().load(ASSIGNMENT);
        // JUnit makes the temp folder 700, which alone would keep the sandbox users out of everything in it
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path submissions = Files.createDirectories(dir.resolve("class"));
        for (Map.Entry<String, String> student : CLASS.entrySet()) {
            ExampleSubmission example = student.getValue() == null
                    ? new ExampleSubmission("correct", "the reference", List.of())
                    : ExampleSubmission.read(ASSIGNMENT.resolve("examples/" + student.getValue() + ".json"));
            List<Edit> edits = example.edits().stream()
                    .map(e -> new Edit(e.file(), e.find(), e.replace().replace("@MARKER@", MARKER))).toList();
            new ExampleSubmission(example.name(), example.description(), edits)
                    .writeTo(assignment.reference(), assignment.submit(), submissions.resolve(student.getKey()));
        }
    }

    @Test
    void oneWarmGraderGivesEachSubmissionWhatAGraderOfItsOwnGivesAndLeavesNothingOfOneForTheNext() throws Exception {
        Map<String, Double> warm = batch("warm");
        Map<String, Double> alone = batch("alone", "--grader-per-submission");
        assertEquals(alone, warm, "the same score for each submission");
        assertEquals(100, warm.get("f-correct"), 1e-9, "the correct submission after the others: " + warm);
        assertEquals(CLASS.keySet(), warm.keySet());
        for (String folder : List.of("/tmp", "/var/tmp", "/dev/shm")) {
            Path litter = Path.of(folder, "nngrader-hostile-litter-" + MARKER);
            assertFalse(Files.exists(litter), litter + " is left behind");
        }
        assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.info().commandLine().orElse("").contains("sleep 6176")),
                "no process the litter submission started is left");
        assertEquals(List.of(), startedByTheBatches(), "no grader or compiler JVM the batches started is left");
    }

    /** The processes that carry the batches' mark in their environment, which their grader and compiler JVMs inherit. */
    private static List<String> startedByTheBatches() throws Exception {
        List<String> left = new ArrayList<>();
        try (Stream<Path> all = Files.list(Path.of("/proc"))) {
            for (Path process : all.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String environment = Files.readString(process.resolve("environ"), StandardCharsets.ISO_8859_1);
                    if (environment.contains(MARK + "=" + MARKER)) {
                        left.add(Files.readString(process.resolve("cmdline"), StandardCharsets.ISO_8859_1));
                    }
                } catch (java.io.IOException gone) {
                    // it ended while we looked, or is not ours to read
                }
            }
        }
        return left;
    }

    /** Grades the class with one job; each submission's score. */
    private static Map<String, Double> batch(String name, String... options) throws Exception {
        Path out = dir.resolve("graded-" + name);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "nngrader.cli.Main", "batch", "--assignment", ASSIGNMENT.toString(), "--submissions",
                dir.resolve("class").toString(), "--out", out.toString(), "--jobs", "1"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(MARK, MARKER);
        Process p = builder.start();
        p.getOutputStream().close();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), printed);
        assertTrue(printed.contains("Graded " + CLASS.size() + ","), printed);
        Map<String, Double> scores = new LinkedHashMap<>();
        for (String student : CLASS.keySet()) {
            JsonNode record = new ObjectMapper().readTree(out.resolve("submissions/" + student + "/record.json").toFile());
            assertFalse(record.get("scores").get("failedToGrade").asBoolean(), student + " was graded: " + record);
            scores.put(student, record.get("scores").get("score").asDouble());
        }
        return scores;
    }
}
