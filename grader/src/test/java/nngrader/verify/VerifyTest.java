package nngrader.verify;

import nngrader.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code grader verify} on a demo assignment (an {@code Arithmetic} API, its reference {@code Calculator},
 * the two-test {@code ArithmeticSuite}): the table, the sentences that say what is wrong, and the exit code.
 */
class VerifyTest {
    private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();
    private static final Path API_SOURCE = Path.of("src/test/java/nngrader/verify/demo/Arithmetic.java").toAbsolutePath();
    private static final String FILE = "nngrader/verify/demo/Calculator.java";
    private static final String CALCULATOR = """
            package nngrader.verify.demo;
            public class Calculator implements Arithmetic {
                public int add(int a, int b) { return a + b; }
                public int negate(int a) { %s }
            }
            """;
    private static final String STUB = "throw new UnsupportedOperationException(\"TODO: not implemented yet\");";

    /** Eight classic bugs of the demo, each caught by one of its two tests. */
    private static final Map<String, String[]> CAUGHT = Map.of(
            "add-subtracts", new String[] {"return a + b;", "return a - b;"},
            "add-multiplies", new String[] {"return a + b;", "return a * b;"},
            "add-ignores-b", new String[] {"return a + b;", "return a;"},
            "add-ignores-a", new String[] {"return a + b;", "return b;"},
            "add-off-by-one", new String[] {"return a + b;", "return a + b + 1;"},
            "negate-identity", new String[] {"return -a;", "return a;"},
            "negate-zero", new String[] {"return -a;", "return 0;"},
            "negate-off-by-one", new String[] {"return -a;", "return -a - 1;"});

    @TempDir
    Path dir;

    @Test
    void aSuiteThatCatchesEveryMutantPassesAndPrintsTheTable() throws IOException {
        Path assignment = course("return -a;", STUB, true);
        CAUGHT.forEach((name, edit) -> mutant(assignment, name, edit[0], edit[1]));

        Run run = verify(assignment);

        assertEquals(0, run.exit, run.out);
        assertTrue(run.out.contains("verify passed: the reference earns full marks, the template nothing, and all 8"
                + " mutants lose points."), run.out);
        assertTrue(row(run.out, "reference").matches("reference +the reference solution +0 +ok +-"), run.out);
        assertTrue(row(run.out, "template").matches("template +the student template.* +3 +ok +all 2 tests"), run.out);
        assertTrue(row(run.out, "add-subtracts").matches("add-subtracts +the bug add-subtracts +2 +caught +1\\.1"), run.out);
        assertTrue(row(run.out, "negate-zero").matches("negate-zero +the bug negate-zero +1 +caught +1\\.2"), run.out);
        assertTrue(run.err.contains("graded negate-zero: caught"), "progress on stderr: " + run.err);
        assertTrue(run.out.contains("seed sweep passed: the reference earns full marks under all 3 seeds."), run.out);
    }

    @Test
    void aLongSweepCanBeSplitIntoRangesOfSeedsThatSayWhichSeedsTheyGraded() throws IOException {
        Path assignment = course("return -a;", STUB, true);
        CAUGHT.forEach((name, edit) -> mutant(assignment, name, edit[0], edit[1]));

        Run part = verify(assignment, "4-6");

        assertEquals(0, part.exit, part.out);
        assertTrue(part.out.contains("seed sweep of the reference: 3 seeds (4 to 6) in "), part.out);
        assertTrue(part.out.contains("seed sweep passed: the reference earns full marks under all 3 seeds (4 to 6)."),
                part.out);

        Run backwards = verify(assignment, "6-4");
        assertEquals(2, backwards.exit, "a usage error");
        assertTrue(backwards.err.contains("\"6-4\": the first seed is 1 or more and the last not before it"), backwards.err);
        Run words = verify(assignment, "many");
        assertTrue(words.err.contains("\"many\" is neither a number of seeds (1000) nor a range of them (501-1000)"),
                words.err);
    }

    @Test
    void aReferenceThatLosesPointsAndATemplateThatEarnsThemFailIt() throws IOException {
        Path assignment = course("return a;", "return -a;", true);

        Run run = verify(assignment);

        assertEquals(1, run.exit, run.out);
        assertTrue(run.out.contains("verify FAILED:"), run.out);
        assertTrue(row(run.out, "reference").matches("reference .* 1 +LOSES POINTS +1\\.2"), run.out);
        assertTrue(run.out.contains("  - the reference loses 1 point, on test 1.2 \"negate: −4\": fix the reference or"
                + " those tests."), run.out);
        assertTrue(row(run.out, "template").matches("template .* 2 +EARNS POINTS +1\\.1"), run.out);
        assertTrue(run.out.contains("  - the template earns 1 point, on test 1.2 \"negate: −4\": a test must fail when"
                + " the code it grades is a stub."), run.out);
    }

    @Test
    void aSurvivingAStaleAnUncompilableAndAnUnreadableMutantEachFailItInOneSentence() throws IOException {
        Path assignment = course("return -a;", STUB, true);
        mutant(assignment, "commutes", "return a + b;", "return b + a;");
        mutant(assignment, "stale", "return a + b + 0;", "return a;");
        mutant(assignment, "typo", "return a + b;", "return a +;");
        Files.writeString(assignment.resolve("mutants/broken.json"), "{ \"description\": ");

        Run run = verify(assignment);

        assertEquals(1, run.exit, run.out);
        assertTrue(row(run.out, "reference").matches("reference .* 0 +ok +-"), run.out);
        assertTrue(row(run.out, "commutes").matches("commutes .* 0 +SURVIVED +-"), run.out);
        assertTrue(run.out.contains("  - mutant commutes survives: no test takes a point from it (the bug commutes);"
                + " add a test that catches it."), run.out);
        assertTrue(row(run.out, "stale").matches("stale .* - +NOT GRADED +-"), run.out);
        assertTrue(run.out.contains("  - mutant stale cannot be graded: the text to find in " + FILE + " must occur"
                + " exactly once, but occurs nowhere: \"return a + b + 0;\"."), run.out);
        assertTrue(run.out.contains("  - mutants/broken.json is not a mutant: Unexpected end-of-input"), run.out);
        assertTrue(row(run.out, "typo").matches("typo .* 3 +NO COMPILE +all 2 tests"), run.out);
        assertTrue(run.out.contains("  - mutant typo does not compile, so the compiler catches it rather than the suite:"
                + " fix its edits"), run.out);
        assertTrue(run.out.contains("  - mutants/ holds 3 mutants but needs at least 8: add classic student bugs"),
                run.out);
    }

    @Test
    void anAssignmentWithoutReferenceOrMutantsSaysWhatIsMissingAndGradesNothing() throws IOException {
        Path assignment = course("return -a;", STUB, false);

        Run run = verify(assignment);

        assertEquals(1, run.exit, run.out);
        assertFalse(run.out.contains("submission"), "no table: " + run.out);
        assertTrue(run.out.contains("  - assignment.json names no reference (e.g. \"reference\": "
                + "\"../../reference/src/main/java\"): verify grades it and makes the mutants from it."), run.out);
        assertTrue(run.out.contains("  - no mutants/ folder in " + assignment + ": add at least 8 classic student"
                + " bugs there"), run.out);

        // a misspelled folder is a usage error (exit 2), not a failed verification
        Run nowhere = verify(dir.resolve("nowhere"));
        assertEquals(2, nowhere.exit, nowhere.err);
        assertEquals("", nowhere.out);
        assertTrue(nowhere.err.startsWith("the assignment folder " + dir.resolve("nowhere") + " does not exist\n"),
                nowhere.err);
        assertFalse(nowhere.err.contains("mutants/"), "one sentence is enough: " + nowhere.err);
    }

    @Test
    void aSuiteThatIsNotBuiltSaysToBuildIt() throws IOException {
        Path assignment = course("return -a;", STUB, true);
        CAUGHT.forEach((name, edit) -> mutant(assignment, name, edit[0], edit[1]));
        Path empty = Files.createDirectories(dir.resolve("empty-classes"));
        Files.writeString(assignment.resolve("assignment.json"), Files.readString(assignment.resolve("assignment.json"))
                .replace(TEST_CLASSES.toString(), empty.toString()));
        Run notBuilt = verify(assignment);
        assertEquals(1, notBuilt.exit, notBuilt.out);
        assertTrue(notBuilt.out.contains("  - no compiled hidden suite: grading the reference found no test in"
                + " suite.packages [nngrader.verify.demo.suite] on suite.classPath; build the assignment first"), notBuilt.out);

        Files.delete(empty);
        Run missing = verify(assignment);
        assertEquals(1, missing.exit, missing.out);
        assertTrue(missing.out.contains("  - assignment.json: suite.classPath has \"" + empty + "\", which does not exist"),
                missing.out);
    }

    @Test
    void aSuiteEditedSinceItWasCompiledIsNotAuditedButNamedWithTheCommandToRebuild() throws IOException {
        Path assignment = course("return -a;", STUB, true);
        CAUGHT.forEach((name, edit) -> mutant(assignment, name, edit[0], edit[1]));
        // the suite as a module of its own: its compiled classes, and a source edited after they were compiled
        Path classes = assignment.resolve("target/classes/nngrader/verify/demo/suite");
        Files.createDirectories(classes);
        Files.copy(TEST_CLASSES.resolve("nngrader/verify/demo/suite/ArithmeticSuite.class"),
                classes.resolve("ArithmeticSuite.class"));
        Files.setLastModifiedTime(classes.resolve("ArithmeticSuite.class"), FileTime.from(Instant.now().minusSeconds(60)));
        Path source = assignment.resolve("src/main/java/nngrader/verify/demo/suite/ArithmeticSuite.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "// @Points(50) now");
        Files.writeString(assignment.resolve("assignment.json"), Files.readString(assignment.resolve("assignment.json"))
                .replace("\"classPath\": [\"" + TEST_CLASSES + "\"]", "\"classPath\": [\"target/classes\", \""
                        + TEST_CLASSES + "\"]"));

        Run run = verify(assignment);

        assertEquals(1, run.exit, run.out);
        assertFalse(run.out.contains("submission"), "nothing is graded: " + run.out);
        assertTrue(run.out.contains("verify FAILED:\n  - " + source + " is newer than its compiled class, so the"
                + " compiled hidden suite or reference is out of date; rebuild first: mvn -B -q -DskipTests package.\n"),
                run.out);
    }

    // ---- the demo assignment -------------------------------------------------------------------

    private record Run(int exit, String out, String err) {
    }

    private static Run verify(Path assignment) {
        return verify(assignment, "3");
    }

    private static Run verify(Path assignment, String seeds) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("verify", "--assignment", assignment.toString(), "--seeds", seeds);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The table row that starts with {@code name}, its spaces runs kept. */
    private static String row(String table, String name) {
        return table.lines().filter(l -> l.startsWith(name + " ")).findFirst().orElse("(no row " + name + ")").strip();
    }

    /** Writes the reference, the template and assignment.json; returns the assignment folder. */
    private Path course(String referenceNegate, String templateNegate, boolean withReference) throws IOException {
        Path reference = write(dir.resolve("reference"), CALCULATOR.formatted(referenceNegate));
        Path template = write(dir.resolve("template"), CALCULATOR.formatted(templateNegate)
                .replace("return a + b;", STUB));
        Path assignment = Files.createDirectories(dir.resolve("assignment"));
        Files.writeString(assignment.resolve("assignment.json"), """
                {
                  "id": "arithmetic",
                  "submit": [ { "file": "%s", "class": "nngrader.verify.demo.Calculator", "implements": "nngrader.verify.demo.Arithmetic" } ],
                  "suite": { "packages": ["nngrader.verify.demo.suite"], "classPath": ["%s"] },
                  %s
                  "template": "%s",
                  "limits": { "testSeconds": 10, "totalSeconds": 60, "workerHeapMb": 64 }
                }
                """.formatted(FILE, TEST_CLASSES, withReference ? "\"reference\": \"" + reference + "\"," : "", template));
        return assignment;
    }

    private static Path write(Path root, String calculator) throws IOException {
        Path api = root.resolve("nngrader/verify/demo/Arithmetic.java");
        Files.createDirectories(api.getParent());
        Files.copy(API_SOURCE, api);
        Files.writeString(root.resolve(FILE), calculator);
        return root;
    }

    private static void mutant(Path assignment, String name, String find, String replace) {
        try {
            Path folder = Files.createDirectories(assignment.resolve(Mutants.FOLDER));
            Files.writeString(folder.resolve(name + ".json"), """
                    { "description": "the bug %s",
                      "edits": [ { "file": "%s", "find": "%s", "replace": "%s" } ] }
                    """.formatted(name, FILE, find, replace));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
