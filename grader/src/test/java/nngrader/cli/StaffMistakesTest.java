package nngrader.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A staff mistake at the terminal (a misspelled path, an assignment that does not load) is one sentence on stderr
 * and exit 2, not a failed student's table; {@code grade} still writes the results file that Gradescope would show.
 * A student who handed in an empty folder is graded as usual. ({@code batch}'s are in {@link BatchCommandTest}.)
 */
class StaffMistakesTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run grader(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void gradingAMissingSubmissionSaysSoInOneSentenceAndStillWritesResults() throws Exception {
        Path assignment = loadingAssignment();
        Path results = dir.resolve("results.json");
        Path nowhere = dir.resolve("nonexistent");

        Run run = grader("grade", "--assignment", assignment.toString(), "--submission", nowhere.toString(),
                "--results", results.toString());

        assertEquals(2, run.exit(), run.err());
        assertEquals("", run.out(), "no table of failed tests");
        assertEquals(List.of("grader grade: the submission folder " + nowhere + " does not exist; " + results
                + " says it could not be graded."), run.err().lines().toList());
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        assertEquals(0.0, json.get("score").asDouble());
        assertEquals(0, json.get("tests").size());
        assertTrue(json.get("output").asText().startsWith("<p>The autograder could not grade this submission. This is"
                + " not your fault: please tell the course staff."), json.toString());
    }

    @Test
    void gradingWithAMisspelledOrBrokenAssignmentSaysSoInOneSentenceAndStillWritesResults() throws Exception {
        Path submission = Files.createDirectories(dir.resolve("ada"));
        Path misspelled = dir.resolve("softmax-regresion");
        Path noJson = Files.createDirectories(dir.resolve("empty-folder"));
        Path malformed = Files.createDirectories(dir.resolve("malformed"));
        Files.writeString(malformed.resolve("assignment.json"), "{ \"id\": \"hw\", }");

        for (Path assignment : List.of(misspelled, noJson, malformed)) {
            Path results = dir.resolve(assignment.getFileName() + ".json");
            Run run = grader("grade", "--assignment", assignment.toString(), "--submission", submission.toString(),
                    "--results", results.toString());

            assertEquals(2, run.exit(), assignment + ": " + run.err());
            assertEquals("", run.out());
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().startsWith("grader grade: assignment: "), run.err());
            String output = new ObjectMapper().readTree(results.toFile()).get("output").asText();
            assertTrue(output.contains("This is not your fault"), output);
        }
        assertTrue(grader("grade", "--assignment", misspelled.toString(), "--submission", submission.toString(),
                "--results", dir.resolve("r.json").toString()).err().contains(misspelled + " does not exist"));
        assertTrue(grader("grade", "--assignment", malformed.toString(), "--submission", submission.toString(),
                "--results", dir.resolve("r.json").toString()).err().contains("assignment.json is not valid JSON"));
    }

    @Test
    void anEmptySubmissionFolderIsAStudentWhoHandedInNothingNotAUsageError() throws Exception {
        Path assignment = loadingAssignment();
        Path results = dir.resolve("results.json");

        Run run = grader("grade", "--assignment", assignment.toString(), "--submission",
                Files.createDirectories(dir.resolve("empty")).toString(), "--results", results.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertTrue(run.out().contains("Results written to " + results.toAbsolutePath()), run.out());
        String output = new ObjectMapper().readTree(results.toFile()).get("output").asText();
        assertTrue(output.contains("Hello.java was not found in your submission"), output);
        assertFalse(output.contains("not your fault"), output);
    }

    @Test
    void verifyWithAMisspelledAssignmentIsAUsageErrorNotAFailedVerification() throws Exception {
        Path misspelled = dir.resolve("softmax-regresion");
        Path noJson = Files.createDirectories(dir.resolve("assignments"));

        Run missing = grader("verify", "--assignment", misspelled.toString(), "--seeds", "0");
        Run notAnAssignment = grader("verify", "--assignment", noJson.toString(), "--seeds", "0");

        assertEquals(2, missing.exit(), missing.out() + missing.err());
        assertEquals("", missing.out(), "no verification table");
        assertTrue(missing.err().startsWith("the assignment folder " + misspelled + " does not exist\n"), missing.err());
        assertEquals(2, notAnAssignment.exit());
        assertTrue(notAnAssignment.err().startsWith("no assignment.json in " + noJson), notAnAssignment.err());
    }

    private Path loadingAssignment() throws IOException {
        return HelloAssignment.write(dir);
    }
}
