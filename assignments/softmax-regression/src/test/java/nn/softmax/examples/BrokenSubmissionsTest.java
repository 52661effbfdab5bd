package nn.softmax.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.grade.Grader;
import nngrader.report.GradescopeResults;
import nngrader.report.GradingReport;
import nngrader.run.TestOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken submissions, each built at run time from the reference sources (copied, rewritten byte by byte,
 * linked) and graded end to end: no crash, a valid results.json, feedback a student can act on, and the
 * score the usable files earn. A submission whose Softmax.java cannot be used must score exactly what the
 * reference's Logistic.java and Trainer.java earn with the template's Softmax stub, test by test.
 */
class BrokenSubmissionsTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final String SOFTMAX = "nn/softmax/Softmax.java";
    static final String LOGISTIC = "nn/softmax/Logistic.java";
    static final String TRAINER = "nn/softmax/Trainer.java";
    static final List<String> SUBMITTED = List.of(LOGISTIC, SOFTMAX, TRAINER);

    static Assignment assignment;
    /** Logistic.java and Trainer.java of the reference, no Softmax.java: what every unusable-Softmax case earns. */
    static GradingReport withoutSoftmax;

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    @BeforeAll
    static void gradeTheControl() throws Exception {
        assignment = new AssignmentLoader().load(ASSIGNMENT);
        Path control = shared.resolve("control");
        copy(LOGISTIC, control.resolve("Logistic.java"));
        copy(TRAINER, control.resolve("Trainer.java"));
        withoutSoftmax = grade(control);
        assertTrue(withoutSoftmax.score() > 0 && withoutSoftmax.score() < 100, "the control earns some points: "
                + withoutSoftmax.score());
        for (TestOutcome t : withoutSoftmax.tests()) {
            if (t.studentClasses().equals(java.util.Set.of("nn.softmax.Logistic"))) {
                assertTrue(t.passed(), "logistic regression does not need Softmax.java: " + t.number() + " " + t.failure());
            }
            if (t.studentClasses().contains("nn.softmax.Softmax")) {
                assertFalse(t.passed(), "a Softmax test passed on the stub: " + t.number());
            }
        }
    }

    @Test
    void anEmptySubmissionEarnsNothingAndSaysEachFileIsMissing() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        GradingReport report = grade(empty);
        assertEquals(0, report.score());
        assertEquals(100, report.maxScore(), "every test is still reported");
        for (String file : SUBMITTED) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            assertTrue(report.summary().contains(name + " was not found in your submission (it is empty); expected "
                    + file), report.summary());
        }
        for (TestOutcome t : report.tests()) {
            assertTrue(t.failure().contains("not implemented yet"), t.number() + ": " + t.failure());
            assertTrue(t.notes().stream().anyMatch(n -> n.contains("was not found in your submission, so this test ran"
                    + " the template's stub")), t.number() + ": " + t.notes());
        }
    }

    @Test
    void filesInsideAZipsTopFolderAreFound() throws IOException {
        Path top = dir.resolve("upload/Homework 3 (final)");
        for (String file : SUBMITTED) {
            copy(file, top.resolve(fileName(file)));
        }
        GradingReport report = grade(dir.resolve("upload"));
        assertEquals(100, report.score(), () -> failures(report));
        assertTrue(report.summary().contains(SOFTMAX + ": compiled (Homework 3 (final)/Softmax.java)"), report.summary());
    }

    @Test
    void aZipInsideTheUploadIsNamedAsWhereTheFilesAre() throws IOException {
        Path upload = Files.createDirectories(dir.resolve("upload"));
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(upload.resolve("homework3.zip")))) {
            for (String file : SUBMITTED) {
                zip.putNextEntry(new java.util.zip.ZipEntry(fileName(file)));
                zip.write(Files.readAllBytes(assignment.reference().resolve(file)));
                zip.closeEntry();
            }
        }
        GradingReport report = grade(upload);
        assertEquals(0, report.score());
        for (String file : SUBMITTED) {
            assertTrue(report.summary().contains(fileName(file) + " was not found in your submission; expected " + file
                    + ". Found homework3.zip, but an archive inside a submission is not unpacked: hand in the .java"
                    + " files themselves"), report.summary());
        }
    }

    @Test
    void aWholeForkedRepositoryIsGradedFromItsSourcesNotItsStaleCopies() throws IOException {
        Path fork = dir.resolve("upload/nn-homework-main");
        Files.createDirectories(fork);
        Files.writeString(fork.resolve("pom.xml"), "<project/>\n");
        Files.writeString(fork.resolve("README.md"), "my fork\n");
        for (String file : SUBMITTED) {
            copy(file, fork.resolve("src/main/java").resolve(file));
            // stale or broken copies where tools and tests keep them: never used
            Files.createDirectories(fork.resolve("target/classes").resolve(file).getParent());
            Files.writeString(fork.resolve("target/classes").resolve(file), "this does not compile");
            Files.createDirectories(fork.resolve(".git/refs").resolve(file).getParent());
            Files.writeString(fork.resolve(".git/refs").resolve(file), "nor this");
        }
        copy("nn/softmax/SoftmaxRegression.java", fork.resolve("src/main/java/nn/softmax/SoftmaxRegression.java"));
        Files.createDirectories(fork.resolve("src/test/java/nn/softmax"));
        Files.writeString(fork.resolve("src/test/java/nn/softmax/Softmax.java"), "class NotTheOne {}");
        GradingReport report = grade(dir.resolve("upload"));
        assertEquals(100, report.score(), () -> report.summary() + failures(report));
        assertTrue(report.summary().contains(SOFTMAX + ": compiled (nn-homework-main/src/main/java/" + SOFTMAX + ")"),
                report.summary());
    }

    @Test
    void twoEquallyGoodCopiesOfAFileAreAmbiguousAndNeitherIsUsed() throws IOException {
        Path upload = dir.resolve("upload");
        copy(LOGISTIC, upload.resolve("Logistic.java"));
        copy(TRAINER, upload.resolve("Trainer.java"));
        copy(SOFTMAX, upload.resolve("version1/Softmax.java"));
        copy(SOFTMAX, upload.resolve("version2/Softmax.java"));
        GradingReport report = grade(upload);
        assertTrue(report.summary().contains("Softmax.java was found 2 times in your submission, so none was used: "
                + "version1/Softmax.java, version2/Softmax.java; submit only one, at " + SOFTMAX), report.summary());
        assertEarnsWhatTheOtherFilesEarn(report);
    }

    @Test
    void aWrongPackageDeclarationCostsOnlyItsTestsAndSaysWhichPackage() throws IOException {
        Path upload = reference(dir.resolve("upload"));
        rewrite(upload.resolve("Softmax.java"), s -> s.replace("package nn.softmax;", "package homework3;"));
        GradingReport report = grade(upload);
        assertTrue(report.summary().contains(SOFTMAX + ": DID NOT COMPILE"), report.summary());
        assertTrue(report.summary().contains("Softmax.java declares package homework3 but must be in package nn.softmax"),
                report.summary());
        assertCostsOnlySoftmaxTests(report);
    }

    @Test
    void aMissingFileCostsOnlyTheTestsThatNeedIt() throws IOException {
        Path upload = reference(dir.resolve("upload"));
        Files.delete(upload.resolve("Softmax.java"));
        GradingReport report = grade(upload);
        assertTrue(report.summary().contains(SOFTMAX + ": NOT USED; its tests ran the template's stub and fail."),
                report.summary());
        assertTrue(report.summary().contains("Softmax.java was not found in your submission; expected " + SOFTMAX),
                report.summary());
        assertEarnsWhatTheOtherFilesEarn(report);
        TestOutcome softmaxTest = report.tests().stream().filter(t -> t.name().startsWith("softmax:")).findFirst()
                .orElseThrow();
        assertTrue(softmaxTest.notes().contains("Softmax.java was not found in your submission, so this test ran the "
                + "template's stub instead (see the top of this report)."), softmaxTest.notes().toString());
    }

    @Test
    void latin1AByteOrderMarkAndWindowsLineEndsAreReadAsTheStudentMeantThem() throws IOException {
        Path upload = reference(dir.resolve("upload"));
        // Latin-1: é and ü as single bytes, in a comment and in a string literal the tests never see
        String softmax = Files.readString(upload.resolve("Softmax.java")).replace("public class Softmax",
                "// Lösung von Zoë, Übung 3\npublic class Softmax");
        Files.write(upload.resolve("Softmax.java"), softmax.getBytes(StandardCharsets.ISO_8859_1));
        byte[] logistic = Files.readAllBytes(upload.resolve("Logistic.java"));
        byte[] withBom = new byte[logistic.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(logistic, 0, withBom, 3, logistic.length);
        Files.write(upload.resolve("Logistic.java"), withBom);
        rewrite(upload.resolve("Trainer.java"), s -> s.replace("\r\n", "\n").replace("\n", "\r\n"));

        GradingReport report = grade(upload);
        assertEquals(100, report.score(), () -> report.summary() + failures(report));
        assertTrue(report.summary().contains("note: Softmax.java is not UTF-8; read as Latin-1"), report.summary());
        assertFalse(report.summary().contains("Logistic.java is not"), "a BOM is simply dropped: " + report.summary());
        for (String file : SUBMITTED) {
            assertTrue(report.summary().contains(file + ": compiled"), report.summary());
        }
    }

    @Test
    void aBinaryFileNamedDotJavaIsRefusedAsNotText() throws IOException {
        Path upload = reference(dir.resolve("upload"));
        byte[] bytes = new byte[4096];
        new Random(3).nextBytes(bytes);
        bytes[100] = 0;
        Files.write(upload.resolve("Softmax.java"), bytes);
        GradingReport report = grade(upload);
        assertTrue(report.summary().contains("Softmax.java is not a text file (it contains NUL bytes); submit the .java "
                + "source file"), report.summary());
        assertEarnsWhatTheOtherFilesEarn(report);
    }

    @Test
    void aSourceFileOverOneMegabyteIsRefusedWithItsSize() throws IOException {
        Path upload = reference(dir.resolve("upload"));
        String padding = ("// " + "x".repeat(1021) + "\n").repeat(1100); // 1100 KiB of comments
        rewrite(upload.resolve("Softmax.java"), s -> s + padding);
        GradingReport report = grade(upload);
        assertTrue(report.summary().matches("(?s).*Softmax\\.java is too large \\(1\\.\\d\\d MB; the limit is 1 MB\\); "
                + "submit the source file itself.*"), report.summary());
        assertEarnsWhatTheOtherFilesEarn(report);
    }

    @Test
    void symbolicLinksOutOfTheSubmissionAreNeverFollowed() throws IOException {
        Path outside = dir.resolve("outside");
        copy(SOFTMAX, outside.resolve("Softmax.java"));
        copy(TRAINER, outside.resolve("nn/softmax/Trainer.java"));
        Path upload = dir.resolve("upload");
        copy(LOGISTIC, upload.resolve("Logistic.java"));
        Files.createSymbolicLink(upload.resolve("Softmax.java"), outside.resolve("Softmax.java"));
        Files.createSymbolicLink(upload.resolve("linked-folder"), outside.resolve("nn"));
        GradingReport report = grade(upload);
        assertTrue(report.summary().contains("Softmax.java is a symbolic link; submit the file itself"), report.summary());
        assertTrue(report.summary().contains("Trainer.java was not found in your submission"),
                "a linked folder is not entered: " + report.summary());
        for (TestOutcome t : report.tests()) {
            boolean logisticOnly = t.studentClasses().equals(java.util.Set.of("nn.softmax.Logistic"));
            assertEquals(logisticOnly, t.passed(), t.number() + " " + t.name() + ": " + t.failure());
        }
    }

    @Test
    void aChangedMethodSignatureNamesTheSignatureTheInterfaceExpects() throws IOException {
        Path upload = reference(dir.resolve("upload"));
        rewrite(upload.resolve("Softmax.java"), s -> s.replace("public double[] softmax(double[] z) {",
                "public double[] softmax(double[] z, double temperature) {").replace("double[] a = softmax(z);",
                "double[] a = softmax(z, 1.0);").replace("double[] dL_dz = softmax(z);", "double[] dL_dz = softmax(z, 1.0);"));
        GradingReport report = grade(upload);
        assertTrue(report.summary().contains(SOFTMAX + ": DID NOT COMPILE"), report.summary());
        assertTrue(report.summary().contains("class nn.softmax.Softmax must implement double[] softmax(double[] z) of "
                + "SoftmaxRegression, with exactly this signature; Softmax.java has double[] softmax(double[] z, "
                + "double temperature) instead"), report.summary());
        assertCostsOnlySoftmaxTests(report);
    }

    @Test
    void aChangedReturnTypeAlsoNamesTheExpectedSignature() throws IOException {
        Path upload = reference(dir.resolve("upload"));
        rewrite(upload.resolve("Logistic.java"), s -> s.replace("public double sigmoid(double z) {",
                "public float sigmoid(double z) {"));
        GradingReport report = grade(upload);
        assertTrue(report.summary().contains("class nn.softmax.Logistic must implement double sigmoid(double z) of "
                + "LogisticRegression, with exactly this signature; Logistic.java has float sigmoid(double z) instead"),
                report.summary());
        for (TestOutcome t : report.tests()) {
            assertEquals(!t.studentClasses().contains("nn.softmax.Logistic"), t.passed(), t.number() + " " + t.name());
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /**
     * A Softmax.java that does not compile costs only Softmax's own tests: where Trainer.java calls it, the
     * reference answers (a missing file, by contrast, runs the stub: {@link #assertEarnsWhatTheOtherFilesEarn}).
     */
    private static void assertCostsOnlySoftmaxTests(GradingReport report) {
        for (TestOutcome t : report.tests()) {
            assertEquals(!t.studentClasses().contains("nn.softmax.Softmax"), t.passed(),
                    t.number() + " " + t.name() + ": " + t.failure());
        }
        assertTrue(report.score() > withoutSoftmax.score(), "Trainer's tests pass too: " + report.score());
    }

    /** The same tests pass, with the same scores, as when Softmax.java is simply not handed in. */
    private static void assertEarnsWhatTheOtherFilesEarn(GradingReport report) {
        assertEquals(withoutSoftmax.score(), report.score(), () -> failures(report));
        Map<String, Double> expected = scores(withoutSoftmax);
        assertEquals(expected, scores(report), "test by test, what Logistic.java and Trainer.java earn");
    }

    private static Map<String, Double> scores(GradingReport report) {
        return report.tests().stream().collect(Collectors.toMap(TestOutcome::number, TestOutcome::score));
    }

    /** Grades {@code submission}, checking that the run did not fail and that a valid results.json comes out. */
    private static GradingReport grade(Path submission) throws IOException {
        GradingReport report = new Grader().grade(ASSIGNMENT, submission);
        assertFalse(report.failedToGrade(), report.summary());
        Path results = Files.createTempFile(shared, "results", ".json");
        new GradescopeResults().write(report, results);
        JsonNode json = new ObjectMapper().readTree(results.toFile());
        assertEquals(report.score(), json.get("score").asDouble(), 1e-9);
        // after the status entry "Files found and compiled", which has no points
        assertEquals(report.tests().size() + 1, json.get("tests").size());
        return report;
    }

    /** The reference's three submitted files, flat in {@code folder}. */
    private static Path reference(Path folder) throws IOException {
        for (String file : SUBMITTED) {
            copy(file, folder.resolve(fileName(file)));
        }
        return folder;
    }

    private static void copy(String referenceFile, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(assignment.reference().resolve(referenceFile), to);
    }

    private static void rewrite(Path file, Function<String, String> edit) throws IOException {
        String before = Files.readString(file);
        String after = edit.apply(before);
        assertFalse(before.equals(after), "the edit changed nothing in " + file);
        Files.writeString(file, after);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String failures(GradingReport report) {
        StringBuilder s = new StringBuilder();
        report.tests().stream().filter(t -> t.score() < t.maxScore()).forEach(t -> s.append('\n').append(t.number())
                .append(' ').append(t.name()).append(": ").append(t.failure()));
        return s.toString();
    }
}
