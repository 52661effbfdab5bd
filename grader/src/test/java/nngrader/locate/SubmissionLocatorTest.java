package nngrader.locate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nngrader.assignment.SubmittedFile;
import nngrader.locate.LocateProblem.Kind;

class SubmissionLocatorTest {

    static final SubmittedFile HELLO = new SubmittedFile("demo/Hello.java", "demo.Hello", "demo.Greeter");
    static final SubmittedFile BYE = new SubmittedFile("demo/Bye.java", "demo.Bye", "demo.Greeter");
    static final String SOURCE = "package demo;\npublic class Hello implements Greeter { }\n";

    @TempDir
    Path submission;

    private final SubmissionLocator locator = new SubmissionLocator();

    @Test
    void aFileUploadedFlatIsFound() throws IOException {
        write("Hello.java", SOURCE);

        LocatedSubmission located = locator.locate(submission, List.of(HELLO));

        assertEquals(List.of(), located.problems());
        LocatedFile hello = located.file(HELLO).orElseThrow();
        assertEquals("Hello.java", hello.relativePath());
        assertEquals(SOURCE, hello.source());
        assertEquals(List.of(), hello.notes());
    }

    @Test
    void inAForkedRepoTheMainSourceBeatsTestAndBuildCopies() throws IOException {
        write("hw1-main/src/main/java/demo/Hello.java", SOURCE);
        write("hw1-main/src/test/java/demo/Hello.java", "// a copy the student keeps for tests");
        write("hw1-main/target/generated-sources/demo/Hello.java", "// build output");
        write("hw1-main/.git/demo/Hello.java", "// version control");
        write("hw1-main/Hello.java", "// a loose copy, not at the package path");

        LocatedSubmission located = locator.locate(submission, List.of(HELLO));

        assertEquals(List.of(), located.problems());
        assertEquals("hw1-main/src/main/java/demo/Hello.java", located.file(HELLO).orElseThrow().relativePath());
    }

    @Test
    void aCopyUnderTestIsUsedWhenItIsTheOnlyOne() throws IOException {
        write("src/test/java/demo/Hello.java", SOURCE);

        assertEquals("src/test/java/demo/Hello.java",
                locator.locate(submission, List.of(HELLO)).file(HELLO).orElseThrow().relativePath());
    }

    @Test
    void aPackageNamedLikeABuildFolderIsNotMistakenForBuildOutput() throws IOException {
        var inBuildPackage = new SubmittedFile("nn/build/Layer.java", "nn.build.Layer", "nn.build.Api");
        write("src/main/java/nn/build/Layer.java", "package nn.build;");

        assertEquals("src/main/java/nn/build/Layer.java",
                locator.locate(submission, List.of(inBuildPackage)).file(inBuildPackage).orElseThrow().relativePath());
    }

    @Test
    void twoEquallyGoodCopiesAreAmbiguousAndNeitherIsUsed() throws IOException {
        write("attempt1/src/main/java/demo/Hello.java", SOURCE);
        write("attempt2/src/main/java/demo/Hello.java", SOURCE);
        write("Bye.java", "package demo;");

        LocatedSubmission located = locator.locate(submission, List.of(HELLO, BYE));

        assertTrue(located.file(HELLO).isEmpty());
        assertTrue(located.file(BYE).isPresent(), "the other file is still used");
        LocateProblem problem = located.problemsOf(HELLO).get(0);
        assertEquals(Kind.AMBIGUOUS, problem.kind());
        assertEquals("Hello.java was found 2 times in your submission, so none was used: "
                + "attempt1/src/main/java/demo/Hello.java, attempt2/src/main/java/demo/Hello.java; "
                + "submit only one, at demo/Hello.java", problem.message());
    }

    @Test
    void aMissingFileIsAProblemThatSaysWhereItBelongs() throws IOException {
        write("Bye.java", "package demo;");

        LocatedSubmission located = locator.locate(submission, List.of(HELLO, BYE));

        assertEquals(List.of(new LocateProblem(HELLO, Kind.MISSING,
                "Hello.java was not found in your submission; expected demo/Hello.java")), located.problems());
    }

    @Test
    void aFileOnlyInBuildOutputIsMissingAndTheMessageSaysWhy() throws IOException {
        write("target/classes/demo/Hello.java", SOURCE);

        LocateProblem problem = locator.locate(submission, List.of(HELLO)).problems().get(0);

        assertEquals(Kind.MISSING, problem.kind());
        assertTrue(problem.message().endsWith("Copies in build-output or version-control folders are not used: "
                + "target/classes/demo/Hello.java"), problem.message());
    }

    @Test
    void aFileNamedInOtherLetterCaseIsMissingAndTheMessageSaysSo() throws IOException {
        write("hello.java", SOURCE);

        LocateProblem problem = locator.locate(submission, List.of(HELLO)).problems().get(0);

        assertEquals(Kind.MISSING, problem.kind());
        assertTrue(problem.message().contains("Found hello.java, but file names are case-sensitive"), problem.message());
    }

    @Test
    void aMissingFileNamesTheZipInsideTheUploadThatHoldsItPerhaps() throws IOException {
        writeBytes("hw1.zip", new byte[] {'P', 'K', 3, 4});
        writeBytes("notes/Old.TAR.GZ", new byte[] {0x1f, (byte) 0x8b});
        write("README.md", "my homework is in the zip");

        LocateProblem problem = locator.locate(submission, List.of(HELLO)).problems().get(0);

        assertEquals(Kind.MISSING, problem.kind());
        assertEquals("Hello.java was not found in your submission; expected demo/Hello.java. Found hw1.zip,"
                + " notes/Old.TAR.GZ, but an archive inside a submission is not unpacked: hand in the .java files"
                + " themselves", problem.message());
    }

    @Test
    void aByteOrderMarkIsDroppedAndLineEndingsAreKept() throws IOException {
        byte[] body = "package demo;\r\nclass Hello {}\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        writeBytes("Hello.java", withBom);

        LocatedFile hello = locator.locate(submission, List.of(HELLO)).file(HELLO).orElseThrow();

        assertEquals("package demo;\r\nclass Hello {}\r\n", hello.source());
        assertEquals(List.of(), hello.notes());
    }

    @Test
    void utf8IsReadAsUtf8() throws IOException {
        write("Hello.java", "// Grüße, σ'(z)\n");

        LocatedFile hello = locator.locate(submission, List.of(HELLO)).file(HELLO).orElseThrow();

        assertEquals("// Grüße, σ'(z)\n", hello.source());
        assertEquals(List.of(), hello.notes());
    }

    @Test
    void aLatin1FileIsReadAsLatin1WithANote() throws IOException {
        writeBytes("Hello.java", "// café\n".getBytes(StandardCharsets.ISO_8859_1));

        LocatedFile hello = locator.locate(submission, List.of(HELLO)).file(HELLO).orElseThrow();

        assertEquals("// café\n", hello.source());
        assertEquals(List.of("Hello.java is not UTF-8; read as Latin-1"), hello.notes());
    }

    @Test
    void aBinaryFileIsAProblem() throws IOException {
        writeBytes("Hello.java", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61});

        LocatedSubmission located = locator.locate(submission, List.of(HELLO));

        assertEquals(List.of(new LocateProblem(HELLO, Kind.BINARY,
                        "Hello.java is not a text file (it contains NUL bytes); submit the .java source file")),
                located.problems());
        assertEquals(List.of(), located.files());
    }

    @Test
    void aSymbolicLinkIsNeverFollowed() throws IOException {
        Path elsewhere = Files.writeString(Files.createTempFile("secret", ".java"), "the grader's file");
        try {
            Files.createDirectories(submission.resolve("demo"));
            Files.createSymbolicLink(submission.resolve("demo/Hello.java"), elsewhere);
            Files.createSymbolicLink(submission.resolve("linked-dir"), elsewhere.getParent());

            LocatedSubmission located = locator.locate(submission, List.of(HELLO));

            assertEquals(List.of(new LocateProblem(HELLO, Kind.SYMBOLIC_LINK,
                    "demo/Hello.java is a symbolic link; submit the file itself")), located.problems());
        } finally {
            Files.deleteIfExists(submission.resolve("demo/Hello.java"));
            Files.deleteIfExists(submission.resolve("linked-dir"));
            Files.delete(elsewhere);
        }
    }

    @Test
    void anOversizedFileIsAProblem() throws IOException {
        writeBytes("Hello.java", "/* */".repeat(220_000).getBytes(StandardCharsets.UTF_8));

        LocateProblem problem = locator.locate(submission, List.of(HELLO)).problems().get(0);

        assertEquals(Kind.TOO_LARGE, problem.kind());
        assertEquals("Hello.java is too large (1.05 MB; the limit is 1 MB); submit the source file itself",
                problem.message());
    }

    @Test
    void anEmptySubmissionMissesEveryFile() {
        LocatedSubmission located = locator.locate(submission, List.of(HELLO, BYE));

        assertEquals(List.of(
                new LocateProblem(HELLO, Kind.MISSING,
                        "Hello.java was not found in your submission (it is empty); expected demo/Hello.java"),
                new LocateProblem(BYE, Kind.MISSING,
                        "Bye.java was not found in your submission (it is empty); expected demo/Bye.java")),
                located.problems());
    }

    @Test
    void aSubmissionFolderThatDoesNotExistIsAProblemForEveryFileNotAnException() {
        LocatedSubmission located = locator.locate(submission.resolve("nowhere"), List.of(HELLO, BYE));

        assertEquals(List.of(), located.files());
        assertEquals(List.of(Kind.UNREADABLE, Kind.UNREADABLE),
                located.problems().stream().map(LocateProblem::kind).toList());
        assertEquals("Hello.java could not be read: the submission folder is missing or unreadable; "
                + "expected demo/Hello.java", located.problems().get(0).message());
    }

    @Test
    void theFingerprintDependsOnTheCodeNotOnWhereItIsOrHowItIsLaidOut(@TempDir Path other) throws IOException {
        write("Hello.java", SOURCE);
        write("nested/src/main/java/demo/Bye.java", "package demo; class Bye {}");
        Files.writeString(Files.createDirectories(other.resolve("zip-top/demo")).resolve("Hello.java"), SOURCE);
        Files.writeString(other.resolve("zip-top/demo/Bye.java"), "package demo; class Bye {}");

        String here = locator.locate(submission, List.of(HELLO, BYE)).fingerprint();
        String there = locator.locate(other, List.of(BYE, HELLO)).fingerprint();
        write("Hello.java", SOURCE + " ");
        String spaced = locator.locate(submission, List.of(HELLO, BYE)).fingerprint();
        write("nested/src/main/java/demo/Bye.java", "package demo; class Bye { int x; }");
        String changed = locator.locate(submission, List.of(HELLO, BYE)).fingerprint();

        assertEquals(here, there);
        assertEquals(64, here.length());
        assertTrue(here.matches("[0-9a-f]+"));
        assertEquals(here, spaced, "layout is not code");
        assertNotEquals(here, changed);
    }

    @Test
    void theFingerprintTellsAMissingFileFromAnEmptyOne() throws IOException {
        String missing = locator.locate(submission, List.of(HELLO)).fingerprint();
        write("Hello.java", "");
        String empty = locator.locate(submission, List.of(HELLO)).fingerprint();

        assertNotEquals(missing, empty);
    }

    private void write(String path, String text) throws IOException {
        writeBytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private void writeBytes(String path, byte[] bytes) throws IOException {
        Path file = submission.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
