package nn.softmax.examples;

import nngrader.template.SolutionStripper;
import nngrader.template.TemplateGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The student template as a student meets it: generated from the reference, built alone with Maven. */
class StudentTemplateTest {
    static final Path REPO = Path.of("../..").toAbsolutePath().normalize();
    static final Path TEMPLATE = REPO.resolve("student-template");

    @Test
    void committedTemplateIsWhatTheGeneratorMakes() {
        TemplateGenerator generator = new TemplateGenerator();
        List<String> differences = generator.differences(
                generator.generate(REPO.resolve("reference"), REPO.resolve("assignments")), TEMPLATE);
        assertEquals(List.of(), differences, "student-template/ is stale: run `grader/bin/grader template`");
    }

    @Test
    void publicTestsFailWithNotImplementedYetUntilTheTodosAreFilled(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("mvn"), "needs Maven on the PATH");
        Path copy = dir.resolve("homework");
        copyTree(TEMPLATE, copy);

        Build stubs = mvnTest(copy);
        assertTrue(stubs.exitCode != 0, "the template's public tests must fail before the TODOs are filled:\n" + stubs.output);
        assertTrue(stubs.output.contains("TODO: not implemented yet"), "failures say 'not implemented yet':\n" + stubs.output);
        assertTrue(stubs.output.contains("Tests run:"), "the tests ran:\n" + stubs.output);

        Path solutions = REPO.resolve("reference/src/main/java");
        int filled = 0;
        try (Stream<Path> files = Files.walk(solutions)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (new SolutionStripper().hasSolution(Files.readString(file))) {
                    Files.copy(file, copy.resolve("src/main/java").resolve(solutions.relativize(file).toString()),
                            StandardCopyOption.REPLACE_EXISTING);
                    filled++;
                }
            }
        }
        assertTrue(filled >= 3, "the student files of every assignment are filled in: " + filled);
        Build solved = mvnTest(copy);
        assertEquals(0, solved.exitCode, "with the solutions filled in, the public tests pass:\n" + solved.output);
    }

    private record Build(int exitCode, String output) {
    }

    private static Build mvnTest(Path project) throws IOException, InterruptedException {
        Path log = project.resolveSibling("mvn-" + System.nanoTime() + ".log");
        // -o: everything the template needs is already in the local repository after the reactor build.
        Process mvn = new ProcessBuilder("mvn", "-o", "-B", "test").directory(project.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!mvn.waitFor(5, TimeUnit.MINUTES)) {
            mvn.destroyForcibly();
            throw new AssertionError("mvn test did not finish in 5 minutes");
        }
        return new Build(mvn.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.filter(p -> !from.relativize(p).startsWith("target")).forEach(files::add);
        }
        for (Path p : files) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
    }
}
