package nngrader.batch.input;

import nngrader.batch.BatchInputException;
import nngrader.batch.FakeGrading;
import nngrader.batch.Zips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionFinderTest {
    @TempDir
    Path dir;

    static final String METADATA = """
            submission_101:
              :submitters:
              - :name: Ada Lovelace
                :sid: '1815'
                :email: ada@example.edu
              :created_at: 2026-02-01 12:00:00.000000000 -08:00
              :score: 0.0
            submission_102:
              :submitters:
              - :name: Alan Turing
                :sid: '1912'
                :email: alan@example.edu
              - :name: Grace Hopper
                :sid: '1906'
                :email: grace@example.edu
            submission_103:
              :submitters:
              - :name: Empty Handed
                :sid: '1'
            """;

    @Test
    void eachSubfolderAndZipIsASubmissionAndHiddenFilesAreNot() throws Exception {
        FakeGrading.folder(dir, "bob", "1 1 1");
        Zips.of(dir.resolve("alice.zip"), Map.of("answers.txt", "1 0 0"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("notes.txt"), "not a submission");

        List<Submission> found = new SubmissionFinder().find(dir);

        assertEquals(List.of("alice.zip", "bob"), found.stream().map(Submission::id).toList());
        assertTrue(found.get(0).isZip());
        assertEquals("bob", found.get(1).who(), "nobody is named: the id stands for the student");
    }

    @Test
    void gradescopesExportNamesTheStudentsEvenOneFolderDown() throws Exception {
        Path export = Files.createDirectories(dir.resolve("assignment_42_export"));
        Files.writeString(export.resolve(GradescopeExport.METADATA), METADATA);
        FakeGrading.folder(export, "submission_101", "1 1 1");
        FakeGrading.folder(export, "submission_102", "1 1 0");

        List<Submission> found = new SubmissionFinder().find(dir);

        assertEquals(List.of("submission_101", "submission_102", "submission_103"), found.stream().map(Submission::id).toList());
        assertEquals(List.of(new Submitter("Ada Lovelace", "1815", "ada@example.edu")), found.get(0).submitters());
        assertEquals("Alan Turing; Grace Hopper", found.get(1).who());
        assertEquals("Empty Handed", found.get(2).who(), "named without a folder: graded to 0 rather than left out");
    }

    @Test
    void malformedMetadataOrAMissingFolderIsOneClearSentence() throws Exception {
        Files.writeString(dir.resolve(GradescopeExport.METADATA), "submission_1: [unclosed");
        BatchInputException bad = assertThrows(BatchInputException.class, () -> new SubmissionFinder().find(dir));
        assertTrue(bad.getMessage().startsWith(dir.resolve(GradescopeExport.METADATA) + " is not valid YAML: "), bad.getMessage());
        assertEquals(1, bad.getMessage().lines().count(), bad.getMessage());

        BatchInputException missing = assertThrows(BatchInputException.class,
                () -> new SubmissionFinder().find(dir.resolve("nowhere")));
        assertEquals("the submissions folder " + dir.resolve("nowhere") + " does not exist or is not a folder",
                missing.getMessage());
    }

    @Test
    void aMetadataKeyThatIsNotAPlainFolderNameIsNoSubmission() throws Exception {
        Files.writeString(dir.resolve(GradescopeExport.METADATA), """
                ../../escaped:
                  :submitters:
                  - :name: Mallory
                """);
        FakeGrading.folder(dir, "submission_1", "1 1 1");
        assertEquals(List.of("submission_1"), new SubmissionFinder().find(dir).stream().map(Submission::id).toList());
    }
}
