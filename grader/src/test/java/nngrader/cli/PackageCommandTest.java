package nngrader.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code grader package} on input it cannot use: one sentence that says what to do, exit 1, no
 * stack trace and no zip. (A whole bundle is made and run by the assignments' GradescopeBundleTest.)
 */
class PackageCommandTest {

    @TempDir
    Path dir;

    @Test
    void aMissingAssignmentFolderIsNamed() {
        Path zip = dir.resolve("autograder.zip");
        Run run = packageCommand(dir.resolve("no-such-assignment"), zip);
        run.failsWith("grader package: assignment: assignment folder " + dir.resolve("no-such-assignment")
                + " does not exist");
        assertFalse(Files.exists(zip));
    }

    @Test
    void anAssignmentWhoseSuiteIsNotCompiledAsksForABuild() throws IOException {
        Path assignment = assignment(dir.resolve("hw"));
        Path zip = dir.resolve("autograder.zip");
        Run run = packageCommand(assignment, zip);
        run.failsWith("grader package: the hidden suite (demo.grading) is not compiled in " + assignment
                + "'s class path; build it first: mvn -B -q -DskipTests package");
        assertFalse(Files.exists(zip));
    }

    @Test
    void aSuiteEditedSinceItWasCompiledIsRefusedUntilItIsRebuilt() throws IOException {
        Path assignment = assignment(dir.resolve("hw"));
        Path compiled = assignment.resolve("target/classes/demo/grading/GreeterTests.class");
        Files.createDirectories(compiled.getParent());
        // a class file compiled before the edit (which class it is does not matter here)
        Files.copy(Path.of("target/test-classes/nngrader/cli/PackageCommandTest.class"), compiled);
        Files.setLastModifiedTime(compiled, FileTime.from(Instant.now().minusSeconds(3600)));
        Path source = assignment.resolve("src/main/java/demo/grading/GreeterTests.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package demo.grading; class GreeterTests { /* @Points(50) now */ }");
        Path zip = dir.resolve("autograder.zip");

        Run stale = packageCommand(assignment, zip);

        stale.failsWith("grader package: " + source + " is newer than its compiled class, so the compiled hidden suite"
                + " or reference is out of date; rebuild first: mvn -B -q -DskipTests package");
        assertFalse(Files.exists(zip));

        Files.setLastModifiedTime(compiled, FileTime.from(Instant.now().plusSeconds(1)));   // as the rebuild leaves it
        Run rebuilt = packageCommand(assignment, zip);
        // in a clean build the grader's jar is not made before these tests run, so the zip itself may still be
        // refused for that; GradescopeBundleTest packages real assignments from the finished build
        assertFalse(rebuilt.err.contains("is newer than its compiled class"), rebuilt.err);
        assertTrue(rebuilt.exit == 0 || rebuilt.err.contains("the grader's jar"), rebuilt.err);
    }

    @Test
    void aMissingOutFolderIsNamed() throws IOException {
        Path assignment = assignment(dir.resolve("hw"));
        Run run = packageCommand(assignment, dir.resolve("nowhere/autograder.zip"));
        run.failsWith("grader package: the folder " + dir.resolve("nowhere") + " does not exist; create it or"
                + " write the zip elsewhere");
    }

    @Test
    void anOutThatIsAFolderIsRefused() throws IOException {
        Path assignment = assignment(dir.resolve("hw"));
        Run run = packageCommand(assignment, dir);
        run.failsWith("grader package: " + dir + " is a folder; --out names the zip file to write, e.g. "
                + dir.resolve("autograder.zip"));
    }

    @Test
    void helpNamesTheOptions() {
        StringWriter out = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).execute("package", "--help");
        assertEquals(0, exit);
        assertTrue(out.toString().contains("--assignment=DIR"), out.toString());
        assertTrue(out.toString().contains("--out=FILE"), out.toString());
    }

    /** A valid assignment.json whose suite folder exists but holds no compiled class, as in a fresh clone. */
    private static Path assignment(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("target/classes"));
        Files.createDirectories(folder.resolve("template"));
        Files.writeString(folder.resolve("assignment.json"), """
                { "id": "hw",
                  "submit": [ { "file": "demo/Hello.java", "class": "demo.Hello", "implements": "demo.Greeter" } ],
                  "suite": { "packages": ["demo.grading"], "classPath": ["target/classes"] },
                  "template": "template" }
                """);
        return folder;
    }

    private static Run packageCommand(Path assignment, Path zip) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("package", "--assignment", assignment.toString(), "--out", zip.toString());
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
        void failsWith(String message) {
            assertEquals(1, exit, err);
            assertEquals(message, err.strip());
            assertEquals("", out);
            assertFalse(err.contains("Exception") || err.contains("\tat "), err);
        }
    }
}
