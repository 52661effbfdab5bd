package nn.softmax.cds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The class-data sharing archives, through the launcher as an instructor or Gradescope's run_autograder starts it:
 * {@code grader cds} makes the grader's, the compiler's and the worker's archives (here in a folder of the test's
 * own, NNGRADER_CDS_FOLDER), and the reference earns the same full score with them (each JVM made to map its
 * archive or not start, NNGRADER_CDS=require), without them, and with archives that are truncated, corrupt or made
 * for other jars. As root the worker is jailed as on Gradescope, so the folder is one its user can see and read
 * (below /var/lib/nngrader).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClassDataSharingTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final Path LAUNCHER = ASSIGNMENT.resolve("../../grader/bin/grader").normalize();
    static final Path REFERENCE = ASSIGNMENT.resolve("../../reference/src/main/java").normalize();

    static Path folder;
    static Path scratch;
    static double fullScore;

    @BeforeAll
    static void makeTheArchives() throws Exception {
        scratch = Files.createTempDirectory("nngrader-cds-test-");
        // the jail hides /tmp and /work from a root grader's worker: its runtime and archive must be elsewhere
        // and a copy of the worker's runtime is used only where no one else may write (so not below /tmp)
        folder = (root() ? Files.createDirectories(Path.of("/var/lib/nngrader")) : ASSIGNMENT.resolve("target"))
                .resolve("cds-test-" + ProcessHandle.current().pid());
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Run made = run(Map.of("NNGRADER_CDS_FOLDER", folder.toString()), "cds", "--assignment", ASSIGNMENT.toString());
        assertEquals(0, made.status(), made.output());
        assertEquals(3, made.output().lines().filter(l -> l.startsWith("made " + folder)).count(), made.output());
        fullScore = grade(Map.of("NNGRADER_CDS", "off"), "off");
        assertTrue(fullScore > 0);
    }

    @AfterAll
    static void removeTheArchives() throws IOException {
        for (Path p : List.of(folder, scratch)) {
            if (p != null && Files.exists(p)) {
                try (Stream<Path> all = Files.walk(p)) {
                    all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    @Test
    @Order(1)
    void everyJvmStartsFromItsArchiveAndTheReferenceEarnsFullMarks() throws Exception {
        // -Xshare:on in the grader, the compiler and the worker: one that cannot map its archive does not start
        assertEquals(fullScore, grade(Map.of("NNGRADER_CDS_FOLDER", folder.toString(), "NNGRADER_CDS", "require"),
                "require"));
        assertEquals(fullScore, grade(Map.of("NNGRADER_CDS_FOLDER", folder.toString()), "use"));
    }

    @Test
    @Order(2)
    void withoutArchivesItGradesAsBefore() throws Exception {
        Path empty = Files.createDirectories(scratch.resolve("none"));
        assertEquals(fullScore, grade(Map.of("NNGRADER_CDS_FOLDER", empty.toString()), "missing"));
    }

    @Test
    @Order(3)
    void archivesMadeForOtherJarsAreIgnored() throws Exception {
        // the worker's runtime copy changed since its archive was made: the JVM itself refuses the archive
        try (Stream<Path> jars = Files.walk(folder)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
            }
        }
        assertEquals(fullScore, grade(Map.of("NNGRADER_CDS_FOLDER", folder.toString()), "stale"));
    }

    @Test
    @Order(4)
    void truncatedOrCorruptArchivesAreIgnored() throws Exception {
        List<Path> archives;
        try (Stream<Path> all = Files.walk(folder)) {
            archives = all.filter(p -> p.toString().endsWith(".jsa")).toList();
        }
        assertEquals(3, archives.size(), archives.toString());
        for (Path archive : archives) {
            byte[] bytes = Files.readAllBytes(archive);
            archive.toFile().setWritable(true);
            if (archive.getFileName().toString().equals("grader.jsa")) {
                // truncated (a JVM would crash on it): its stamp no longer matches, so it is not used
                Files.write(archive, java.util.Arrays.copyOf(bytes, bytes.length / 3));
            } else {
                // garbage of the same size, its stamp made to match: the JVM's own header check refuses it
                java.util.Arrays.fill(bytes, (byte) 0x5a);
                Files.write(archive, bytes);
                Path stamp = archive.resolveSibling(archive.getFileName() + ".stamp");
                stamp.toFile().setWritable(true);
                Files.writeString(stamp, bytes.length + " " + Files.getLastModifiedTime(archive).toMillis() / 1000 + "\n",
                        StandardCharsets.US_ASCII);
            }
        }
        assertEquals(fullScore, grade(Map.of("NNGRADER_CDS_FOLDER", folder.toString()), "corrupt"));
    }

    /** Grades the reference through the launcher; its score (results.json), after checking it was written. */
    static double grade(Map<String, String> environment, String name) throws Exception {
        Path results = scratch.resolve(name + ".json");
        Run run = run(environment, "grade", "--quiet", "--assignment", ASSIGNMENT.toString(), "--submission",
                REFERENCE.toString(), "--results", results.toString());
        assertEquals(0, run.status(), run.output());
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        double max = 0;
        for (JsonNode test : json.get("tests")) {
            max += test.path("max_score").asDouble();
        }
        assertEquals(max, json.get("score").asDouble(), name + ": " + json.get("output"));
        return json.get("score").asDouble();
    }

    record Run(int status, String output) {
    }

    static Run run(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("NNGRADER_CDS");
        builder.environment().remove("NNGRADER_CDS_FOLDER");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    static boolean root() throws IOException {
        return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    }
}
