package nngrader.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code grader batch} grading a small class for real (warm grader JVMs, or one per submission): each
 * {@code grader.log} holds what that submission's grader printed, a second run says up front that it has nothing
 * to grade, and without Gradescope's metadata no student is named.
 */
class BatchRunTest {
    @TempDir
    Path dir;
    Path assignment;
    Path submissions;

    private record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void aClassOfTwo() throws Exception {
        // JUnit makes the temp folder 700, which alone would keep the sandbox users out of everything in it
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        assignment = HelloAssignment.write(dir);
        submissions = dir.resolve("class");
        for (String student : List.of("ada", "bob")) {
            Path hello = Files.createDirectories(submissions.resolve(student + "/demo")).resolve("Hello.java");
            Files.writeString(hello, "package demo; public class Hello implements Greeter { /* " + student + " */ }");
        }
    }

    private Run batch(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("batch", "--assignment", assignment.toString(), "--submissions",
                submissions.toString(), "--out", out.toString(), "--jobs", "1"));
        args.addAll(List.of(options));
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(stdout)).setErr(new PrintWriter(stderr))
                .execute(args.toArray(String[]::new));
        return new Run(exit, stdout.toString(), stderr.toString());
    }

    @Test
    void eachGraderLogHoldsTheTableItsGraderPrintedInBothModes() throws Exception {
        for (String mode : List.of("warm", "--grader-per-submission")) {
            Path out = dir.resolve("graded-" + mode.replace("-", ""));
            Run run = mode.equals("warm") ? batch(out) : batch(out, mode);

            assertEquals(0, run.exit(), run.err());
            for (String student : List.of("ada", "bob")) {
                Path folder = out.resolve("submissions/" + student);
                String log = Files.readString(folder.resolve("grader.log"));
                assertTrue(log.lines().anyMatch(l -> l.matches(" +total +0 / 0")), mode + ", " + student + ":\n" + log);
                assertTrue(log.contains("Results written to " + folder.resolve("results.json")), mode + ":\n" + log);
            }
        }
    }

    @Test
    void aSecondRunSaysUpFrontThatItHasNothingToGradeAndNobodyIsNamedWithoutMetadata() throws Exception {
        Path out = dir.resolve("graded");
        Run first = batch(out);
        Run second = batch(out);

        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().startsWith("grading 2 submissions\n"), first.err());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.err().startsWith("2 submissions: 2 already graded, 0 to grade (--force grades them again)\n"),
                second.err());
        assertTrue(second.out().startsWith("Graded 0, skipped 2 graded before"), second.out());
        List<String> rows = Files.readAllLines(out.resolve("summary.csv"));
        assertTrue(rows.get(1).startsWith("ada,,,,0,0,"), "no students' names, not the id again: " + rows);
        assertTrue(rows.get(2).startsWith("bob,,,,0,0,"), rows.toString());
    }
}
