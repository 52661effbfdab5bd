package nngrader.cli;

import nngrader.batch.BatchManifest;
import nngrader.batch.RecordFiles;
import nngrader.report.Scores;
import nngrader.report.ScoresFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user sees when batch or merge cannot start: one sentence and exit code 2, never a stack trace. */
class BatchCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine().setErr(new PrintWriter(err)).setOut(new PrintWriter(new StringWriter()))
                .execute(args);
    }

    @Test
    void aMissingSubmissionsFolderIsOneSentence() {
        int exit = run("batch", "--assignment", dir.toString(), "--submissions", dir.resolve("nowhere").toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(2, exit);
        assertEquals("grader batch: the submissions folder " + dir.resolve("nowhere") + " does not exist or is not a folder",
                err.toString().strip());
    }

    @Test
    void aBrokenAssignmentIsOneSentence() throws Exception {
        Files.createDirectories(dir.resolve("in/alice"));
        Files.writeString(dir.resolve("assignment.json"), "{ \"id\": ");
        int exit = run("batch", "--assignment", dir.toString(), "--submissions", dir.resolve("in").toString(),
                "--out", dir.resolve("out").toString());
        assertEquals(2, exit);
        assertTrue(err.toString().startsWith("grader batch: assignment: "), err.toString());
        assertTrue(err.toString().contains("assignment.json is not valid JSON"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    @Test
    void aBadShardOrFormatSaysWhatIsExpected() {
        int exit = run("batch", "--assignment", "a", "--submissions", "s", "--out", "o", "--shard", "3/2");
        assertEquals(2, exit);
        assertEquals(List.of("Invalid value for option '--shard': a shard is i/N with 1 ≤ i ≤ N, not 3/2",
                "See 'grader batch --help' for the options."), err.toString().lines().toList(),
                "the sentence and where to look, not two screens of usage");
        err.getBuffer().setLength(0);

        exit = run("batch", "--assignment", "a", "--submissions", "s", "--out", "o", "--format", "moodle");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("unknown format \"moodle\"; known formats: gradescope, prairielearn, markdown"),
                err.toString());
        err.getBuffer().setLength(0);

        exit = run("batch", "--assignment", "a", "--submissions", "s", "--out", "o", "--job", "2");
        assertEquals(2, exit);
        assertTrue(err.toString().contains("Possible solutions: --jobs"), err.toString());
        assertTrue(err.toString().endsWith("See 'grader batch --help' for the options." + System.lineSeparator()),
                err.toString());
    }

    @Test
    void theFormatIsTakenInAnyCase() {
        assertEquals("GRADESCOPE", new FormatOption.Converter().convert("GradeScope").name());
    }

    @Test
    void mergingAFolderThatIsNotABatchOutputIsOneSentence() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("shard-1"));
        int exit = run("merge", "--out", dir.resolve("all").toString(), empty.toString());
        assertEquals(2, exit);
        assertEquals("grader merge: " + empty + " is not the --out folder of a grader batch (it has no batch.json).",
                err.toString().strip());
    }

    @Test
    void mergingTooFewShardsNamesTheMissingOneAndAcceptsAnEmptyShard() throws Exception {
        Path shard = dir.resolve("shard-2");
        assertEquals(0, emptyShard("hw1", shard), err.toString());
        err.getBuffer().setLength(0);

        assertEquals(2, run("merge", "--out", dir.resolve("all").toString(), shard.toString()));
        assertEquals("grader merge: shard 1/2 is missing.", err.toString().strip());
        assertFalse(Files.exists(dir.resolve("all/summary.csv")), "no summary of half a class");
    }

    @Test
    void anOutputFolderInsideTheSubmissionsFolderIsNoSubmission() throws Exception {
        Files.createDirectories(dir.resolve("in/graded/submissions"));
        int exit = run("batch", "--assignment", dir.toString(), "--submissions", dir.resolve("in").toString(),
                "--out", dir.resolve("in/graded").toString());
        assertEquals(2, exit);
        assertEquals("grader batch: " + dir.resolve("in") + " holds no submissions (subfolders, .zip files or"
                + " Gradescope's export).", err.toString().strip());
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsOneSentence() throws Exception {
        Files.createDirectories(dir.resolve("in/alice"));
        Path aFile = Files.writeString(dir.resolve("taken"), "a file, not a folder");
        Path assignment = assignment("hw1");
        int exit = run("batch", "--assignment", assignment.toString(), "--submissions", dir.resolve("in").toString(),
                "--out", aFile.toString());
        assertEquals(2, exit, err.toString());
        assertEquals("grader batch: the output folder " + aFile + " is a file, not a folder.", err.toString().strip());
    }

    @Test
    void aMergeOutputThatIsAFileIsOneSentence() throws Exception {
        Path shard = dir.resolve("shard-1");
        RecordFiles.writeManifest(new BatchManifest("hw1", "Homework 1", "build-1", "GRADESCOPE", "1/1",
                "2026-02-01T12:00:00Z", true, List.of(), List.of()), shard.resolve("batch.json"));
        Path aFile = Files.writeString(dir.resolve("taken"), "a file, not a folder");

        assertEquals(2, run("merge", "--out", aFile.toString(), shard.toString()));
        assertEquals("grader merge: the output folder " + aFile + " is a file, not a folder.", err.toString().strip());
    }

    /** An assignment that loads, its suite a module's build output; no submission gets as far as its (empty) suite. */
    private Path assignment(String id) throws Exception {
        Path assignment = Files.createDirectories(dir.resolve(id));
        Files.writeString(assignment.resolve("assignment.json"), """
                { "id": "%s", "title": "Homework %s",
                  "submit": [ { "file": "p/Impl.java", "class": "p.Impl", "implements": "p.Api" } ],
                  "suite": { "packages": ["p.hidden"], "classPath": ["target/classes"] }, "template": "template" }
                """.formatted(id, id));
        Files.createDirectories(assignment.resolve("template"));
        Files.createDirectories(assignment.resolve("target/classes"));
        return assignment;
    }

    /** A batch of one submission, alice, as shard 2/2: nothing to grade, so no grader starts. */
    private int emptyShard(String assignmentId, Path out) throws Exception {
        Files.createDirectories(dir.resolve("in/alice"));
        return run("batch", "--assignment", assignment(assignmentId).toString(), "--submissions",
                dir.resolve("in").toString(), "--out", out.toString(), "--shard", "2/2");
    }

    @Test
    void anEmptyShardLeavesAnEmptySummaryAndItsRecordOfWhatItGraded() throws Exception {
        Path out = dir.resolve("shard-2");
        assertEquals(0, emptyShard("hw1", out), err.toString());
        assertEquals(List.of("submission,students,sids,emails,score,max_score,problem"),
                Files.readAllLines(out.resolve("summary.csv")));
        BatchManifest manifest = RecordFiles.readManifest(out.resolve("batch.json"));
        assertEquals("hw1", manifest.assignment());
        assertEquals("2/2", manifest.shard());
        assertEquals(List.of(), manifest.submissions());
        assertEquals(List.of("alice"), manifest.wholeClass());
        assertTrue(manifest.finished());
    }

    @Test
    void anOutputFolderOfAnotherAssignmentIsRefusedInOneSentence() throws Exception {
        Path out = dir.resolve("graded");
        assertEquals(0, emptyShard("softmax-regression", out), err.toString());
        err.getBuffer().setLength(0);

        assertEquals(2, emptyShard("mlp-backprop", out));
        assertEquals("grader batch: " + out + " holds the grades of softmax-regression; grade mlp-backprop into"
                + " another --out folder.", err.toString().lines().reduce((a, b) -> b).orElse(""));
        assertEquals("softmax-regression", RecordFiles.readManifest(out.resolve("batch.json")).assignment(),
                "the folder is left as it was");
    }

    @Test
    void aSuiteEditedSinceItWasCompiledIsRefusedBeforeAnySubmissionIsGraded() throws Exception {
        Path assignment = assignment("hw");
        Path compiled = Files.createDirectories(assignment.resolve("target/classes/p/hidden")).resolve("HwTests.class");
        Files.write(compiled, new byte[] {(byte) 0xCA, (byte) 0xFE});
        Files.setLastModifiedTime(compiled, FileTime.from(Instant.now().minusSeconds(3600)));
        Path source = Files.createDirectories(assignment.resolve("src/main/java/p/hidden")).resolve("HwTests.java");
        Files.writeString(source, "package p.hidden; class HwTests { /* @Points(50) now */ }");
        Files.createDirectories(dir.resolve("in/alice"));
        Path out = dir.resolve("graded");

        int exit = run("batch", "--assignment", assignment.toString(), "--submissions", dir.resolve("in").toString(),
                "--out", out.toString());

        assertEquals(2, exit);
        assertEquals("grader batch: " + source + " is newer than its compiled class, so the compiled hidden suite or"
                + " reference is out of date; rebuild first: mvn -B -q -DskipTests package.", err.toString().strip());
        assertFalse(Files.exists(out), "nothing is graded, so no output folder is made");
    }

    @Test
    void gradeWritesTheScoresRecordThatBatchReadsInAnyFormatSpelling() throws Exception {
        Files.writeString(dir.resolve("assignment.json"), "{ \"id\": ");
        Path record = dir.resolve("out/.scores.json");
        int exit = run("grade", "--quiet", "--format", "GradeScope", "--assignment", dir.toString(),
                "--submission", dir.toString(), "--results", dir.resolve("out/results.json").toString(),
                "--record", record.toString());
        assertEquals(2, exit, "the staff's mistake: " + err);
        Scores scores = ScoresFile.read(record);
        assertTrue(scores.failedToGrade());
        assertTrue(scores.problem().startsWith("assignment: assignment.json is not valid JSON"), scores.problem());
        assertTrue(Files.isRegularFile(dir.resolve("out/results.json")));
    }
}
