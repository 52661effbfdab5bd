package nngrader.verify;

import nngrader.cli.Main;
import nngrader.grade.Grader;
import nngrader.report.GradingReport;
import nngrader.run.SuiteRunner;
import nngrader.sandbox.jail.JailOptions;
import nngrader.mutation.Mutant;
import nngrader.mutation.MutantGenerator;
import nngrader.mutation.Operator;
import nngrader.run.TestOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code grader verify}'s automatic mutants on the demo assignment, whose reference adds with
 * {@code a + b * 1}: the two-test suite kills every mutant but {@code a + b / 1}, which no test can tell
 * from the reference.
 */
class AutomaticMutantsTest {
    private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();
    private static final Path API_SOURCE = Path.of("src/test/java/nngrader/verify/demo/Arithmetic.java").toAbsolutePath();
    private static final String FILE = "nngrader/verify/demo/Calculator.java";
    private static final String CALCULATOR = """
            package nngrader.verify.demo;
            public class Calculator implements Arithmetic {
                public int add(int a, int b) {
                    // BEGIN SOLUTION
                    return a + b * 1;
                    // END SOLUTION
                }

                public int negate(int a) {
                    // BEGIN SOLUTION
                    return -a;
                    // END SOLUTION
                }
            }
            """;
    private static final String STUB = "throw new UnsupportedOperationException(\"TODO: not implemented yet\");";

    @TempDir
    Path dir;
    Path assignment;
    /** The id of the survivor, {@code a + b / 1}. */
    String divides;

    @BeforeEach
    void course() throws IOException {
        Path reference = write(dir.resolve("reference"), CALCULATOR);
        Path template = write(dir.resolve("template"), CALCULATOR.replace("return a + b * 1;", STUB)
                .replace("return -a;", STUB));
        assignment = Files.createDirectories(dir.resolve("assignment"));
        Files.writeString(assignment.resolve("assignment.json"), """
                {
                  "id": "arithmetic",
                  "submit": [ { "file": "%s", "class": "nngrader.verify.demo.Calculator", "implements": "nngrader.verify.demo.Arithmetic" } ],
                  "suite": { "packages": ["nngrader.verify.demo.suite"], "classPath": ["%s"] },
                  "reference": "%s",
                  "template": "%s",
                  "limits": { "testSeconds": 10, "totalSeconds": 60, "workerHeapMb": 64 }
                }
                """.formatted(FILE, TEST_CLASSES, reference, template));
        divides = new MutantGenerator().generate(FILE, CALCULATOR).stream()
                .filter(m -> m.operator() == Operator.ARITHMETIC && m.apply(CALCULATOR).contains("return a + b / 1;"))
                .map(Mutant::id).findFirst().orElseThrow();
    }

    @Test
    void anUnexplainedSurvivorFailsVerifyAndIsShownAsADiffWithItsId() {
        Run run = verify("--mutants", "auto");

        assertEquals(1, run.exit, run.out);
        assertTrue(run.out.contains("""
                  %s  (arithmetic)
                    @@ %s:5
                    - return a + b * 1;
                    + return a + b / 1;
                """.formatted(divides, FILE)), run.out);
        assertTrue(run.out.contains("  - 1 automatic mutant survives (listed above with their diffs): add a test that"
                + " catches each, or, only if no test can tell it from the reference, say why in mutants/equivalent.json."),
                run.out);
        // generated: a - b*1, a, b*1, a + b/1, a + b*0 and negate's a; all compile to new programs; only one survives
        assertTrue(row(run.out, FILE).matches(FILE + " +6 +0 +0 +6 +5 +0 +1 +83\\.3 %"), run.out);
        assertTrue(run.err.contains("automatic mutant 6 Calculator.negate:sign:"), run.err);
    }

    @Test
    void aSurvivorExplainedAsEquivalentPassesAndAStaleEntryIsAWarning() throws IOException {
        Files.createDirectories(assignment.resolve(Mutants.FOLDER));
        Files.writeString(assignment.resolve("mutants/equivalent.json"), """
                { "%s": "b / 1 is b for every int b",
                  "Calculator.add:constant:000000": "a mutant the reference no longer has" }
                """.formatted(divides));

        Run run = verify("--mutants", "auto");

        assertEquals(0, run.exit, run.out);
        assertTrue(row(run.out, FILE).matches(FILE + " +6 +0 +0 +6 +5 +1 +0 +100\\.0 %"), run.out);
        assertTrue(run.out.contains("equivalent (mutants/equivalent.json):\n  " + divides + ": b / 1 is b for every int b"),
                run.out);
        assertTrue(run.out.contains("warning: mutants/equivalent.json lists Calculator.add:constant:000000, which no"
                + " automatic mutant has any more: remove it"), run.out);
        assertTrue(run.out.contains("verify passed: the reference earns full marks, the template nothing. Every"
                + " automatic mutant is killed or explained as equivalent."), run.out);
    }

    @Test
    void aKilledMutantIsGradedOnlyUpToItsFirstLostTestAndAQuickRunGradesFewer() {
        Verification v = new Verifier().verify(assignment, MutantScope.AUTO, new AutomaticMutants.Selection(null, 2),
                s -> { }, m -> { });

        MutationReport.FileCounts counts = v.automatic().counts().get(0);
        assertEquals(6, counts.generated());
        assertEquals(2, counts.graded());
        assertEquals(2, counts.killed());
        AutomaticMutant first = v.automatic().mutants().get(0);
        assertEquals(AutomaticMutant.Fate.KILLED, first.fate());
        TestOutcome negate = first.graded().test("1.2");
        assertEquals("not run: an earlier test already lost points (grader verify stops a mutant there)",
                negate.failure(), "add is wrong, so test 1.1 killed it and 1.2 did not run");
        assertTrue(v.passed(), "a quick run with no survivor passes");
        assertTrue(v.automatic().stale().isEmpty(), "a partial run cannot tell a stale entry");
    }

    @Test
    void mutantIdsGradeOnlyThoseMutantsAndAnUnknownIdFailsVerify() {
        Run run = verify("--mutants", "auto", "--mutant", divides, "--mutant", "Calculator.add:constant:ffffff");

        assertEquals(1, run.exit, run.out);
        assertTrue(row(run.out, FILE).matches(FILE + " +6 +0 +0 +1 +0 +0 +1 +0\\.0 %"), run.out);
        assertTrue(run.out.contains("(5 more compile to a different program but were not graded: --max-mutants,"
                + " --mutant or --sample left them out)"), run.out);
        assertTrue(run.out.contains("no automatic mutant Calculator.add:constant:ffffff was made"), run.out);
    }

    @Test
    void namedMutantsAloneMakeNoAutomaticOnesAndABadScopeIsRefused() throws IOException {
        Files.createDirectories(assignment.resolve(Mutants.FOLDER));
        Files.writeString(assignment.resolve("mutants/equivalent.json"), "{ \"%s\": \"b / 1 is b\" }".formatted(divides));

        Run named = verify("--mutants", "named");
        assertFalse(named.out.contains("automatic mutants"), named.out);
        assertTrue(named.out.contains("  - mutants/ holds 0 mutants but needs at least 8"), named.out);
        assertFalse(named.out.contains("equivalent.json is not a mutant"), "it is not read as one: " + named.out);

        Run bad = verify("--mutants", "some");
        assertEquals(2, bad.exit, bad.err);
        assertTrue(bad.err.contains("--mutants takes auto, named or all, not 'some'"), bad.err);
    }

    @Test
    void twoJobsPrintWhatOneJobPrintsInTheSameOrder() {
        Run one = verify("--mutants", "auto", "--seeds", "0", "--jobs", "1");
        Run two = verify("--mutants", "auto", "--seeds", "0", "--jobs", "2");

        assertEquals(withoutTimes(one.out), withoutTimes(two.out));
        assertEquals(mutantLines(one.err), mutantLines(two.err));
        assertEquals(6, mutantLines(two.err).size(), two.err);
        assertEquals(1, two.exit, "the survivor still fails verify: " + two.out);
    }

    @Test
    void aSampleGradesTheSameEvenlySpreadMutantsEveryRunAndSaysSoInTheHeader() {
        List<Mutant> generated = new MutantGenerator().generate(FILE, CALCULATOR);

        Run run = verify("--mutants", "auto", "--sample", "2");

        // of the 6 that compile to a new program, the middles of the two halves: the 2nd and the 5th
        List<String> graded = mutantLines(run.err).stream().map(l -> l.split(" ")[3].replaceAll(":$", "")).toList();
        assertEquals(List.of(generated.get(1).id(), generated.get(4).id()), graded, run.err);
        assertTrue(run.out.contains("automatic mutants (one small change inside a solution region each; a sample of 2"
                + " per file, spread evenly (--sample 2)):"), run.out);
        assertTrue(row(run.out, FILE).matches(FILE + " +6 +0 +0 +2 +\\d +\\d +\\d +[0-9.]+ %"), run.out);
        assertTrue(run.out.contains("(4 more compile to a different program but were not graded"), run.out);
        assertEquals(2, verify("--mutants", "auto", "--sample", "0").exit, "a sample of none is refused");
    }

    @Test
    void theTrustedCompilerGradesAsTheChildCompilerDoesAndGradeAndBatchCannotChooseIt() throws IOException {
        SuiteRunner firstLoss = new SuiteRunner().stoppingAtFirstLoss();
        Grader bounded = new Grader(JailOptions.defaults(), firstLoss);
        Grader trusted = Grader.forTrustedSources(JailOptions.defaults(), firstLoss);
        Function<GradingReport, List<String>> verdicts = report -> report.tests().stream()
                .map(t -> t.number() + " " + t.score() + "/" + t.maxScore() + " " + t.failure()).toList();
        for (String body : List.of("return a - b * 1;", "return a + b / 1;", "return a + b * 1;")) {
            Path submission = write(dir.resolve("submission-" + body.length() + body.hashCode()),
                    CALCULATOR.replace("return a + b * 1;", body));
            GradingReport child = bounded.grade(assignment, submission);
            GradingReport inProcess = trusted.grade(assignment, submission);

            assertEquals(child.summary(), inProcess.summary(), body);
            assertEquals(verdicts.apply(child), verdicts.apply(inProcess), body);
        }
        assertTrue(trusted.grade(assignment, write(dir.resolve("broken"), CALCULATOR.replace("b * 1;", "b * 1")))
                .summary().contains("DID NOT COMPILE"), "a mutant that does not compile is told as before");

        assertTrue(trusted.trustsSources());
        assertFalse(new Grader().trustsSources());
        assertFalse(new Grader(JailOptions.defaults()).trustsSources());
        assertFalse(bounded.trustsSources());
        for (String command : List.of("grade", "batch")) {
            Main.commandLine().getSubcommands().get(command).getCommandSpec().options().forEach(option ->
                    assertFalse(String.join(" ", option.description()).matches("(?is).*(trust|compil).*"),
                            command + " " + option.longestName() + " must not choose how submissions compile"));
        }
    }

    // ---- the demo assignment -------------------------------------------------------------------

    private record Run(int exit, String out, String err) {
    }

    private Run verify(String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = new String[options.length + 3];
        args[0] = "verify";
        args[1] = "--assignment";
        args[2] = assignment.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** The progress lines of graded mutants without their seconds: "automatic mutant 3 Calculator.add:...: killed". */
    private static List<String> mutantLines(String err) {
        return err.lines().filter(l -> l.startsWith("automatic mutant ")).map(l -> l.replaceAll(" \\([0-9.]+ s\\)$", ""))
                .toList();
    }

    private static String withoutTimes(String out) {
        return out.replaceAll("\\d+ s, [0-9.]+ s per mutant graded", "(time)");
    }

    private static String row(String table, String start) {
        return table.lines().filter(l -> l.startsWith(start + " ")).findFirst().orElse("(no row " + start + ")").strip();
    }

    private static Path write(Path root, String calculator) throws IOException {
        Path api = root.resolve("nngrader/verify/demo/Arithmetic.java");
        Files.createDirectories(api.getParent());
        Files.copy(API_SOURCE, api);
        Files.writeString(root.resolve(FILE), calculator);
        return root;
    }
}
