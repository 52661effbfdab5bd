package nngrader.assignment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AssignmentLoaderTest {
    private static final String VALID = """
            {
              "id": "hw1",
              "title": "Homework 1",
              "submit": [ { "file": "p/Impl.java", "class": "p.Impl", "implements": "p.Api" } ],
              "suite": { "packages": ["p.hidden"], "classPath": ["classes"] },
              "template": "template",
              "limits": { "testSeconds": 5, "workerHeapMb": 128, "maxFrameMb": 16 }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void readsAValidAssignmentAndResolvesPaths() throws Exception {
        layout(VALID);
        Assignment a = new AssignmentLoader().load(dir);
        assertEquals("hw1", a.id());
        assertEquals("Homework 1", a.title());
        assertEquals(List.of(new SubmittedFile("p/Impl.java", "p.Impl", "p.Api")), a.submit());
        assertEquals(List.of(dir.resolve("classes").toAbsolutePath().normalize()), a.suite().classPath());
        assertEquals(new Limits(5, Limits.DEFAULT.totalSeconds(), 128, Limits.DEFAULT.workerStackKb(), 16), a.limits());
        assertEquals("p.Impl", a.implementationOf("p.Api").orElseThrow().className());
    }

    @Test
    void everyMistakeIsOneSentenceNamingTheField() throws Exception {
        assertProblem("{", "assignment.json is not valid JSON");
        assertProblem("[]", "assignment.json must hold a JSON object");
        assertProblem(VALID.replace("\"id\": \"hw1\"", "\"id\": \"HW 1\""), "assignment.json: id must be lower-case");
        assertProblem(VALID.replace("\"title\"", "\"titel\""), "assignment.json: unknown field titel");
        assertProblem(VALID.replace("\"p/Impl.java\"", "\"q/Impl.java\""),
                "assignment.json: submit[0].file is \"q/Impl.java\" but class p.Impl lives in \"p/Impl.java\"");
        assertProblem(VALID.replace("\"implements\": \"p.Api\"", "\"implements\": 3"),
                "assignment.json: submit[0].implements must be a non-empty string");
        assertProblem(VALID.replace("[\"classes\"]", "[\"nowhere\"]"),
                "assignment.json: suite.classPath has \"nowhere\", which does not exist");
        assertProblem(VALID.replace("\"testSeconds\": 5", "\"testSeconds\": -1"),
                "assignment.json: limits.testSeconds must be a positive number");
        assertProblem(VALID.replace("\"maxFrameMb\": 16", "\"maxFrameMb\": 4096"),
                "assignment.json: limits.maxFrameMb must be at most 1024");
        assertProblem(VALID.replace("\"template\": \"template\"", "\"template\": \"nope\""),
                "assignment.json: template is \"nope\", which is not a folder");
    }

    @Test
    void aMissingFileOrFolderIsNamed() {
        var missing = assertThrows(InvalidAssignmentException.class, () -> new AssignmentLoader().load(dir));
        assertEquals("no assignment.json in " + dir.toAbsolutePath().normalize(), missing.getMessage());
        var noDir = assertThrows(InvalidAssignmentException.class,
                () -> new AssignmentLoader().load(dir.resolve("absent")));
        assertEquals("assignment folder " + dir.resolve("absent").toAbsolutePath().normalize() + " does not exist",
                noDir.getMessage());
    }

    @Test
    void feedbackIsHtmlWithTheGradersOutputHiddenUnlessTheAssignmentSaysOtherwise() throws Exception {
        layout(VALID);
        assertEquals(Feedback.DEFAULT, new AssignmentLoader().load(dir).feedback());
        assertEquals(new Feedback(Feedback.Format.HTML, Feedback.StdoutVisibility.HIDDEN), Feedback.DEFAULT);
        layout(VALID.replace("\"template\": \"template\",",
                "\"template\": \"template\", \"feedback\": { \"format\": \"md\", \"stdout\": \"after_due_date\" },"));
        assertEquals(new Feedback(Feedback.Format.MARKDOWN, Feedback.StdoutVisibility.AFTER_DUE_DATE),
                new AssignmentLoader().load(dir).feedback());
    }

    @Test
    void aFeedbackTypoIsOneSentenceNamingTheField() throws Exception {
        String feedback = "\"template\": \"template\", \"feedback\": %s,";
        assertProblem(VALID.replace("\"template\": \"template\",", feedback.formatted("{ \"format\": \"markdown\" }")),
                "assignment.json: feedback.format must be html, md or text");
        assertProblem(VALID.replace("\"template\": \"template\",", feedback.formatted("{ \"stdout\": \"students\" }")),
                "assignment.json: feedback.stdout must be hidden, visible, after_due_date or after_published");
        assertProblem(VALID.replace("\"template\": \"template\",", feedback.formatted("{ \"fromat\": \"md\" }")),
                "assignment.json: unknown field feedback.fromat");
    }

    private void assertProblem(String json, String messageStart) throws IOException {
        layout(json);
        var e = assertThrows(InvalidAssignmentException.class, () -> new AssignmentLoader().load(dir));
        if (!e.getMessage().startsWith(messageStart)) {
            throw new AssertionError("expected a message starting with <" + messageStart + "> but was <" + e.getMessage() + ">");
        }
    }

    private void layout(String json) throws IOException {
        Files.createDirectories(dir.resolve("classes"));
        Files.createDirectories(dir.resolve("template"));
        Files.writeString(dir.resolve("assignment.json"), json);
    }
}
