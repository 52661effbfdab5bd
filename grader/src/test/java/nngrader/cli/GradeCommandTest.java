package nngrader.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradeCommandTest {

    @Test
    void aBrokenAssignmentStillLeavesAResultsFileAndExitsZero(@TempDir Path dir) throws Exception {
        Path assignment = Files.createDirectories(dir.resolve("hw"));
        Files.writeString(assignment.resolve("assignment.json"), "{ \"id\": ");
        Path results = dir.resolve("out/results.json");

        int exit = new CommandLine(new Main()).execute("grade", "--quiet", "--assignment", assignment.toString(),
                "--submission", dir.resolve("nowhere").toString(), "--results", results.toString());

        assertEquals(0, exit);
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        assertEquals(0.0, json.get("score").asDouble());
        assertTrue(json.get("output").asText().startsWith("The autograder could not grade this submission. "
                + "This is not your fault"), json.get("output").asText());
        assertTrue(json.get("output").asText().contains("assignment.json is not valid JSON"));
        assertEquals(0, json.get("tests").size());
    }

    @Test
    void helpNamesTheOptions() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new Main()).setOut(new PrintWriter(out)).execute("grade", "--help");
        assertEquals(0, exit);
        assertTrue(out.toString().contains("--assignment=DIR"), out.toString());
        assertTrue(out.toString().contains("--submission=DIR"));
        assertTrue(out.toString().contains("--results=FILE"));
    }
}
