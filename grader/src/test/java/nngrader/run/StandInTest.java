package nngrader.run;

import nngrader.grade.Grader;
import nngrader.report.GradingReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A file that does not compile costs only its own tests: the other file's tests run its calls against a
 * stand-in that the grader answers with the reference. Here the stand-in is stateful (an Accumulator created
 * with {@code new} and called several times) and changes an argument in place.
 */
class StandInTest {
    private static final Path TEST_CLASSES = Path.of("target/test-classes").toAbsolutePath();
    private static final Path SOURCES = Path.of("src/test/java/nngrader/run/standin").toAbsolutePath();
    private static final String NOTE = "Summer.java did not compile, so its methods were answered by the reference"
            + " solution here; this test grades only Reporter.java.";

    @TempDir
    Path dir;
    Path assignment;

    @BeforeEach
    void demoAssignment() throws IOException {
        Path template = Files.createDirectories(dir.resolve("template/nngrader/run/standin"));
        Files.copy(SOURCES.resolve("Accumulator.java"), template.resolve("Accumulator.java"));
        Files.copy(SOURCES.resolve("Report.java"), template.resolve("Report.java"));
        Files.writeString(template.resolve("Summer.java"), """
                package nngrader.run.standin;
                public class Summer implements Accumulator {
                    public void add(double[] v) { throw new UnsupportedOperationException("TODO: not implemented yet"); }
                    public double[] total() { throw new UnsupportedOperationException("TODO: not implemented yet"); }
                    public void negateInPlace(double[] v) { throw new UnsupportedOperationException("TODO: not implemented yet"); }
                }
                """);
        Files.writeString(template.resolve("Reporter.java"), """
                package nngrader.run.standin;
                public class Reporter implements Report {
                    public double[] sumOf(double[][] rows) { throw new UnsupportedOperationException("TODO: not implemented yet"); }
                    public double[] negated(double[] v) { throw new UnsupportedOperationException("TODO: not implemented yet"); }
                }
                """);
        assignment = Files.createDirectories(dir.resolve("assignment"));
        Files.writeString(assignment.resolve("assignment.json"), """
                {
                  "id": "standin",
                  "title": "Stand-ins",
                  "submit": [
                    { "file": "nngrader/run/standin/Summer.java", "class": "nngrader.run.standin.Summer", "implements": "nngrader.run.standin.Accumulator" },
                    { "file": "nngrader/run/standin/Reporter.java", "class": "nngrader.run.standin.Reporter", "implements": "nngrader.run.standin.Report" }
                  ],
                  "suite": { "packages": ["nngrader.run.standin.suite"], "classPath": ["%s"] },
                  "template": "%s",
                  "limits": { "testSeconds": 20, "totalSeconds": 120, "workerHeapMb": 64 }
                }
                """.formatted(TEST_CLASSES, dir.resolve("template")));
    }

    @Test
    void theReferenceIsCompleteOnItsOwn() throws IOException {
        GradingReport report = new Grader().grade(assignment, submission(summer(), reporter()));
        assertEquals(6, report.score(), report.tests().toString());
        assertTrue(report.tests().stream().allMatch(t -> t.notes().isEmpty()), report.tests().toString());
    }

    @Test
    void aStatefulStandInKeepsItsStateAndCopiesBackWhatItChangedInPlace() throws IOException {
        GradingReport report = new Grader().grade(assignment, submission(summer().replace("sum[i] += v[i];",
                "sum[i] += v[i]"), reporter()));

        assertEquals(3, report.score(), "only Summer's own test is lost: " + report.tests());
        TestOutcome sums = report.tests().get(0);
        assertTrue(sums.passed(), "three add calls then total on one stand-in: " + sums.failure());
        assertEquals(List.of(NOTE), sums.notes());
        TestOutcome negates = report.tests().get(1);
        assertTrue(negates.passed(), "the reference's negateInPlace reached the worker's array: " + negates.failure());
        assertEquals(List.of(NOTE), negates.notes());

        TestOutcome own = report.tests().get(2);
        assertFalse(own.passed());
        assertTrue(own.failure().startsWith("Summer.java did not compile, so this test of it cannot run:\n"),
                own.failure());
        assertTrue(own.failure().contains("error: ';' expected"), own.failure());
        assertTrue(report.summary().contains("Summer.java: DID NOT COMPILE; its own tests fail"), report.summary());
    }

    @Test
    void aTestThatDoesNotCallTheBrokenFileHasNoNote() throws IOException {
        String reporterAlone = reporter().replace("new Summer().negateInPlace(copy);",
                "for (int i = 0; i < copy.length; i++) { copy[i] = -copy[i]; }");
        GradingReport report = new Grader().grade(assignment, submission(summer().replace("return sum.clone();",
                "return sum.clone()"), reporterAlone));

        assertEquals(3, report.score(), report.tests().toString());
        assertEquals(List.of(NOTE), report.tests().get(0).notes());
        assertEquals(List.of(), report.tests().get(1).notes(), "negated made no call into Summer");
    }

    private static String summer() throws IOException {
        return Files.readString(SOURCES.resolve("Summer.java"));
    }

    private static String reporter() throws IOException {
        return Files.readString(SOURCES.resolve("Reporter.java"));
    }

    private Path submission(String summer, String reporter) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("submission"));
        Files.writeString(folder.resolve("Summer.java"), summer);
        Files.writeString(folder.resolve("Reporter.java"), reporter);
        return folder;
    }
}
