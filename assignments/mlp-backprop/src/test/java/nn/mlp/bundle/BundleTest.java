package nn.mlp.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * This assignment's Gradescope bundle carries only the compiled reference it uses (nn.mlp and
 * nn.util, not the other assignment's nn.softmax), and that is enough: the bundle's own grader,
 * in a JVM of its own whose class path holds nothing but the bundle, grades the reference to full
 * marks. (softmax-regression's GradescopeBundleTest runs a whole bundle through its scripts.)
 */
class BundleTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final Path REFERENCE = ASSIGNMENT.resolve("../../reference/src/main/java").normalize();
    static final String BUNDLED_REFERENCE = "assignment/classpath/2-reference/";

    @TempDir
    static Path dir;
    static Path source;
    static List<String> files;

    @BeforeAll
    static void packageAndUnzip() throws IOException {
        Path zip = dir.resolve("autograder.zip");
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(new StringWriter())).setErr(new PrintWriter(err))
                .execute("package", "--assignment", ASSIGNMENT.toString(), "--out", zip.toString());
        assertEquals(0, exit, err.toString());
        source = Files.createDirectories(dir.resolve("source"));
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of());
                Stream<Path> entries = Files.walk(fs.getPath("/"))) {
            for (Path entry : (Iterable<Path>) entries.filter(Files::isRegularFile)::iterator) {
                Path to = source.resolve(fs.getPath("/").relativize(entry).toString());
                Files.createDirectories(to.getParent());
                Files.copy(entry, to);
            }
        }
        try (Stream<Path> all = Files.walk(source)) {
            files = all.filter(Files::isRegularFile).map(p -> source.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void theBundleCarriesTheReferencePackagesOfThisAssignmentOnly() {
        List<String> reference = files.stream().filter(f -> f.startsWith(BUNDLED_REFERENCE))
                .map(f -> f.substring(BUNDLED_REFERENCE.length())).toList();
        assertTrue(reference.contains("nn/mlp/Backprop.class"), reference.toString());
        assertTrue(reference.contains("nn/util/Datasets.class"), reference.toString());
        assertEquals(List.of(), reference.stream().filter(f -> f.startsWith("nn/softmax/")).toList(),
                "softmax-regression's solutions are not in mlp-backprop's autograder");
    }

    @Test
    void theBundlesOwnGraderGradesTheReferenceToFullMarks() throws Exception {
        Path submission = dir.resolve("submission");
        for (String file : List.of("nn/mlp/ActivationFunctions.java", "nn/mlp/Backprop.java", "nn/mlp/Sgd.java")) {
            Path to = submission.resolve("src/main/java").resolve(file);
            Files.createDirectories(to.getParent());
            Files.copy(REFERENCE.resolve(file), to);
        }
        Path results = dir.resolve("results/results.json");
        Path log = dir.resolve("grade.log");
        Process grade = new ProcessBuilder("bash", source.resolve("grader/bin/grader").toString(), "grade", "--quiet",
                "--assignment", source.resolve("assignment").toString(), "--submission", submission.toString(),
                "--results", results.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(grade.waitFor(600, TimeUnit.SECONDS), "the grader ends");
        assertEquals(0, grade.exitValue(), Files.readString(log, StandardCharsets.UTF_8));

        JsonNode json = new ObjectMapper().readTree(results.toFile());
        double max = 0;
        StringBuilder failed = new StringBuilder();
        for (JsonNode t : json.get("tests")) {
            max += t.path("max_score").asDouble();
            if (!t.get("status").asText().equals("passed")) {
                failed.append('\n').append(t.get("name").asText()).append(": ").append(t.path("output").asText());
            }
        }
        assertTrue(json.get("tests").size() > 40, "every hidden test ran: " + json.path("output").asText());
        assertEquals(max, json.get("score").asDouble(), 1e-9, failed::toString);
    }
}
