package nngrader.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradeCommandTest {

    @Test
    void aBrokenAssignmentIsAUsageErrorThatStillLeavesAResultsFile(@TempDir Path dir) throws Exception {
        Path assignment = Files.createDirectories(dir.resolve("hw"));
        Files.writeString(assignment.resolve("assignment.json"), "{ \"id\": ");
        Path results = dir.resolve("out/results.json");

        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setErr(new PrintWriter(err)).execute("grade", "--quiet", "--assignment",
                assignment.toString(), "--submission", Files.createDirectories(dir.resolve("ada")).toString(),
                "--results", results.toString());

        assertEquals(2, exit);
        assertEquals(List.of("grader grade: assignment: assignment.json is not valid JSON at line 1, column 9:"
                + " Unexpected end-of-input within/between Object entries; " + results + " says it could not be"
                + " graded."), err.toString().lines().toList());
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        assertEquals(0.0, json.get("score").asDouble());
        assertTrue(json.get("output").asText().startsWith("<p>The autograder could not grade this submission. "
                + "This is not your fault"), json.get("output").asText());
        assertTrue(json.get("output").asText().contains("assignment.json is not valid JSON"));
        assertEquals(0, json.get("tests").size());
    }

    @Test
    void aSuiteEditedSinceItWasCompiledIsGradedWithAWarningForTheStaff(@TempDir Path dir) throws Exception {
        Path assignment = helloAssignment(dir);
        Path compiled = assignment.resolve("target/classes/demo/grading/GreeterTests.class");
        Files.createDirectories(compiled.getParent());
        Files.writeString(compiled, "compiled before the edit");
        Files.setLastModifiedTime(compiled, FileTime.from(Instant.now().minusSeconds(3600)));
        Path source = assignment.resolve("src/main/java/demo/grading/GreeterTests.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "package demo.grading; class GreeterTests { /* @Points(50) now */ }");
        Path results = dir.resolve("results.json");

        StringWriter stdout = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(stdout)).execute("grade", "--quiet",
                "--assignment", assignment.toString(), "--submission", Files.createDirectories(dir.resolve("empty")).toString(),
                "--results", results.toString());

        assertEquals(0, exit);
        assertTrue(Files.isRegularFile(results), "results are written all the same");
        String printed = stdout.toString();
        assertTrue(printed.lines().anyMatch(l -> l.equals("(for the staff) WARNING: " + source + " is newer than its"
                + " compiled class, so the compiled hidden suite or reference is out of date; rebuild first:"
                + " mvn -B -q -DskipTests package.")), printed);
        assertFalse(Files.readString(results).contains("WARNING"), "students do not see it");
    }

    @Test
    void theTableAndWhereTheResultsAreGoToStdoutAndAResultsFileThatCannotBeWrittenToStderr(@TempDir Path dir)
            throws Exception {
        Path assignment = helloAssignment(dir);
        Path results = dir.resolve("results.json");
        Path notAFolder = Files.writeString(dir.resolve("file"), "");

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute("grade",
                "--assignment", assignment.toString(), "--submission", dir.toString(), "--results", results.toString());
        StringWriter unwritableOut = new StringWriter();
        StringWriter unwritableErr = new StringWriter();
        int unwritableExit = Main.commandLine().setOut(new PrintWriter(unwritableOut))
                .setErr(new PrintWriter(unwritableErr)).execute("grade", "--assignment", assignment.toString(),
                        "--submission", dir.toString(), "--results", notAFolder.resolve("results.json").toString());

        assertEquals(0, exit, err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals("hw", lines.get(0), out.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches(" +total +0 / 0")), out.toString());
        assertTrue(lines.contains("Results written to " + results.toAbsolutePath()), out.toString());
        assertEquals("", err.toString());
        assertEquals(1, unwritableExit);
        assertTrue(unwritableErr.toString().startsWith("grader: cannot write " + notAFolder.resolve("results.json") + ": "),
                unwritableErr.toString());
        assertEquals("", unwritableOut.toString(), "no table for results that were not written");
    }

    @Test
    void aZipGivenAsTheSubmissionIsToBeUnzippedFirst(@TempDir Path dir) throws Exception {
        Path assignment = helloAssignment(dir);
        Path zip = dir.resolve("erin.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("demo/Hello.java"));
            out.write("package demo; public class Hello {}".getBytes(StandardCharsets.UTF_8));
        }
        Path results = dir.resolve("results.json");

        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setErr(new PrintWriter(err)).execute("grade", "--quiet", "--assignment",
                assignment.toString(), "--submission", zip.toString(), "--results", results.toString());

        assertEquals(2, exit, "a zip is the staff's to unzip");
        assertTrue(err.toString().startsWith("grader grade: the submission " + zip + " is a zip file, but grade takes a"
                + " folder: unzip it first"), err.toString());
        String output = new ObjectMapper().readTree(results.toFile()).get("output").asText();
        assertTrue(output.endsWith("<p>(for the staff) the submission " + zip + " is a zip file, but grade takes a folder:"
                + " unzip it first (grader batch unzips zips itself)</p>"), output);
        assertFalse(output.contains("missing or unreadable"), output);
    }

    /** An assignment that loads: one submitted file, an empty suite in target/classes, an empty template. */
    private static Path helloAssignment(Path dir) throws IOException {
        Path assignment = Files.createDirectories(dir.resolve("hw"));
        Files.createDirectories(assignment.resolve("template"));
        Files.createDirectories(assignment.resolve("target/classes"));
        Files.writeString(assignment.resolve("assignment.json"), """
                { "id": "hw",
                  "submit": [ { "file": "demo/Hello.java", "class": "demo.Hello", "implements": "demo.Greeter" } ],
                  "suite": { "packages": ["demo.grading"], "classPath": ["target/classes"] },
                  "template": "template" }
                """);
        return assignment;
    }

    @Test
    void helpNamesTheOptions() {
        StringWriter out = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).execute("grade", "--help");
        assertEquals(0, exit);
        assertTrue(out.toString().contains("--assignment=DIR"), out.toString());
        assertTrue(out.toString().contains("--submission=DIR"));
        assertTrue(out.toString().contains("--results=FILE"));
        assertTrue(out.toString().contains("--format=FORMAT"));
        assertTrue(out.toString().replaceAll("\\s+", " ").contains("gradescope, prairielearn, markdown (default: gradescope)"),
                out.toString());
    }

    @Test
    void formatPicksTheResultsFilesFormatInAnyCase(@TempDir Path dir) throws Exception {
        Path assignment = Files.createDirectories(dir.resolve("hw"));
        Path prairieLearn = dir.resolve("pl/results.json");
        Path markdown = dir.resolve("report.md");

        StringWriter err = new StringWriter();
        int plExit = Main.commandLine().setErr(new PrintWriter(err)).execute("grade", "--quiet", "--format",
                "PrairieLearn", "--assignment", assignment.toString(), "--submission", dir.toString(), "--results",
                prairieLearn.toString());
        int mdExit = Main.commandLine().setErr(new PrintWriter(err)).execute("grade", "--quiet", "--format=markdown",
                "--assignment", assignment.toString(), "--submission", dir.toString(), "--results", markdown.toString());

        assertEquals(2, plExit, "no assignment.json: the staff's mistake");
        JsonNode json = new ObjectMapper().readTree(prairieLearn.toFile());
        assertFalse(json.get("gradable").asBoolean(), "the grader could not grade (no assignment.json): " + json);
        assertTrue(json.get("message").asText().contains("no assignment.json"), json.toString());
        assertEquals(2, mdExit);
        String md = Files.readString(markdown);
        assertTrue(md.startsWith("# hw\n\n**Score: 0 / 0**"), md);
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheKnownOnes(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setErr(new PrintWriter(err)).execute("grade", "--format", "moodle",
                "--assignment", dir.toString(), "--submission", dir.toString(), "--results", dir.resolve("r.json").toString());

        assertEquals(2, exit);
        assertTrue(err.toString().contains("unknown format \"moodle\"; known formats: gradescope, prairielearn, markdown"),
                err.toString());
        assertFalse(Files.exists(dir.resolve("r.json")));
    }
}
