package nngrader.batch;

import nngrader.batch.input.Submission;
import nngrader.batch.input.SubmissionFinder;
import nngrader.batch.progress.Progress;
import nngrader.report.ResultsFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchRunnerTest {
    @TempDir
    Path dir;

    final FakeGrading grading = new FakeGrading();

    private BatchRunner.BatchResult run(boolean force, int jobs) throws Exception {
        return run("suite-v1", force, jobs);
    }

    /** @param against the fingerprint of the assignment and suite graded against */
    private BatchRunner.BatchResult run(String against, boolean force, int jobs) throws Exception {
        return run(ResultsFormat.GRADESCOPE, against, force, jobs);
    }

    private BatchRunner.BatchResult run(ResultsFormat format, String against, boolean force, int jobs) throws Exception {
        List<Submission> submissions = new SubmissionFinder().find(dir.resolve("in"));
        return new BatchRunner(grading, format, new GradedAgainst("softmax", "Softmax", against),
                jobs, force)
                .run(submissions, new BatchFolder(dir.resolve("out")), Progress.SILENT);
    }

    @Test
    void gradesEachSubmissionIntoItsOwnFolderWithARecord() throws Exception {
        FakeGrading.folder(dir.resolve("in"), "alice", "1 1 1");
        Zips.of(dir.resolve("in/bob.zip"), Map.of("bob/answers.txt", "1 0 0"));

        BatchRunner.BatchResult result = run(false, 2);

        assertEquals(List.of("alice", "bob.zip"), result.records().stream().map(SubmissionRecord::id).toList());
        assertEquals(List.of(6.0, 2.0), result.records().stream().map(r -> r.scores().score()).toList());
        assertEquals(2, result.graded());
        SubmissionRecord bob = RecordFiles.readRecord(dir.resolve("out/submissions/bob.zip/record.json"));
        assertEquals(2.0, bob.scores().score());
        assertEquals("Softmax", bob.assignment());
        assertTrue(Files.isRegularFile(dir.resolve("out/submissions/alice/results.json")));
    }

    @Test
    void theUnpackedCopiesOfZipsAndTheOutputAreReadableByTheGraderAlone() throws Exception {
        Zips.of(dir.resolve("in/bob.zip"), Map.of("bob/answers.txt", "1 0 0"));
        // a name in code page 437 (not UTF-8), which the batch unpacks a second time
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(dir.resolve("in/carol.zip")),
                Charset.forName("IBM437"))) {
            zip.putNextEntry(new ZipEntry("carol/\u00d1/answers.txt"));
            zip.write("1 1 0".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        List<String> modes = new ArrayList<>();
        SubmissionGrading recording = (submission, results) -> {
            modes.add(submission.getFileName() + " " + mode(submission));
            modes.add(results.getParent().getFileName() + " " + mode(results.getParent()));
            return grading.grade(submission, results);
        };
        BatchFolder out = new BatchFolder(dir.resolve("out"));
        out.create(); // as grader batch makes it
        new BatchRunner(recording, ResultsFormat.GRADESCOPE, new GradedAgainst("softmax", "Softmax", "suite-v1"), 1, false)
                .run(new SubmissionFinder().find(dir.resolve("in")), out, Progress.SILENT);

        assertEquals(4, modes.size(), modes.toString());
        for (String seen : modes) {
            assertTrue(seen.endsWith(" rwx------"), "only the grader may read " + modes);
        }
        assertEquals("rwx------", mode(dir.resolve("out")));
        assertEquals("rwx------", mode(dir.resolve("out/submissions")));
    }

    private static String mode(Path folder) throws java.io.IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(folder));
    }

    @Test
    void aSecondRunSkipsWhatItGradedUnlessForcedOrChanged() throws Exception {
        Path alice = FakeGrading.folder(dir.resolve("in"), "alice", "1 1 1");
        FakeGrading.folder(dir.resolve("in"), "bob", "0 0 1");
        run(false, 1);
        assertEquals(2, grading.gradings.get());

        BatchRunner.BatchResult again = run(false, 1);
        assertEquals(2, grading.gradings.get(), "nothing graded twice");
        assertEquals(2, again.skipped());
        assertEquals(List.of(6.0, 2.0), again.records().stream().map(r -> r.scores().score()).toList(),
                "the skipped ones keep their scores in the summary");

        Files.writeString(alice.resolve("src/answers.txt"), "0 0 0");
        BatchRunner.BatchResult changed = run(false, 1);
        assertEquals(3, grading.gradings.get(), "a submission handed in again is graded again");
        assertEquals(0.0, changed.records().get(0).scores().score());

        run(true, 1);
        assertEquals(5, grading.gradings.get(), "--force grades everything");
    }

    @Test
    void aChangedAssignmentOrRebuiltSuiteGradesEverythingAgain() throws Exception {
        FakeGrading.folder(dir.resolve("in"), "alice", "1 1 1");
        FakeGrading.folder(dir.resolve("in"), "bob", "0 0 1");
        run("suite-v1", false, 1);

        BatchRunner.BatchResult rebuilt = run("suite-v2", false, 1);
        assertEquals(4, grading.gradings.get(), "graded against another suite, nothing is skipped");
        assertEquals(0, rebuilt.skipped());
        assertEquals("suite-v2", RecordFiles.readRecord(dir.resolve("out/submissions/bob/record.json")).against());

        assertEquals(2, run("suite-v2", false, 1).skipped(), "the same suite again skips");
    }

    @Test
    void aRecordOfAnOlderGraderThatNamesNoSuiteIsGradedAgain() throws Exception {
        FakeGrading.folder(dir.resolve("in"), "alice", "1 1 1");
        run(false, 1);
        Path record = dir.resolve("out/submissions/alice/record.json");
        Files.writeString(record, Files.readString(record).replaceAll("\"against\" : \"[^\"]*\",", ""));

        assertEquals(0, run(false, 1).skipped());
        assertEquals(2, grading.gradings.get());
    }

    @Test
    void anotherFormatReplacesTheEarlierFormatsResultsFile() throws Exception {
        FakeGrading.folder(dir.resolve("in"), "alice", "1 1 1");
        run(ResultsFormat.MARKDOWN, "suite-v1", false, 1);
        assertTrue(Files.isRegularFile(dir.resolve("out/submissions/alice/results.md")));

        assertEquals(0, run(ResultsFormat.GRADESCOPE, "suite-v1", false, 1).skipped(), "another format is graded again");
        assertTrue(Files.isRegularFile(dir.resolve("out/submissions/alice/results.json")));
        assertFalse(Files.exists(dir.resolve("out/submissions/alice/results.md")), "the Markdown one is stale");
    }

    @Test
    void aBrokenZipOrAFailedGradingEarnsZeroWithAMessageAndTheBatchGoesOn() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/carol.zip"), "not a zip");
        Files.createDirectories(dir.resolve("in/dave/empty"));
        FakeGrading.folder(dir.resolve("in"), "erin", "1 1 0");

        BatchRunner.BatchResult result = run(false, 2);

        SubmissionRecord carol = result.records().get(0);
        assertTrue(carol.scores().failedToGrade());
        assertEquals("carol.zip is empty or not a zip file.", carol.scores().problem());
        String results = Files.readString(dir.resolve("out/submissions/carol.zip/results.json"));
        assertTrue(results.contains("This submission could not be graded: carol.zip is empty or not a zip file."), results);
        assertTrue(result.records().get(1).scores().problem().contains("no answers.txt"));
        assertEquals(4.0, result.records().get(2).scores().score());

        int before = grading.gradings.get();
        BatchRunner.BatchResult again = run(false, 1);
        assertEquals(before + 1, grading.gradings.get(), "what could not be graded is tried again (dave), the rest skipped");
        assertEquals(1, again.skipped());
        assertFalse(Files.exists(dir.resolve("out/submissions/carol.zip/.scores.json")));
    }
}
