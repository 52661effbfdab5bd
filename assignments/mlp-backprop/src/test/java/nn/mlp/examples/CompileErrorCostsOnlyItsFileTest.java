package nn.mlp.examples;

import nngrader.api.Points;
import nngrader.api.Student;
import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.assignment.SubmittedFile;
import nngrader.grade.Grader;
import nngrader.report.GradingReport;
import nngrader.run.TestOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.commons.support.AnnotationSupport;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The promise of the README: a compile error costs only that file's tests. The reference with one syntax error
 * in one file (of mlp-backprop) scores 100 minus the points of the tests that take that file's class as {@code @Student}; the
 * other files' tests run its calls against a stand-in the grader answers with the reference, and say so.
 */
class CompileErrorCostsOnlyItsFileTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final Path SUITE_CLASSES = ASSIGNMENT.resolve("target/classes/nn/mlp/grading");
    static Assignment assignment;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        assignment = new AssignmentLoader().load(ASSIGNMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nn/mlp/ActivationFunctions.java", "nn/mlp/Backprop.java", "nn/mlp/Sgd.java"})
    void oneSyntaxErrorCostsOnlyTheTestsOfItsFile(String broken) throws Exception {
        SubmittedFile file = submitted(broken);
        Path submission = referenceSubmission();
        Path source = submission.resolve(broken);
        Files.writeString(source, withoutFirstSemicolonOfSolution(Files.readString(source)));

        GradingReport report = new Grader().grade(ASSIGNMENT, submission);

        double own = pointsOfTestsTaking(file);
        assertTrue(own > 0 && own < 100, file.fileName() + " has tests of its own: " + own);
        assertEquals(100 - own, report.score(), 1e-9, failures(report));
        for (TestOutcome t : report.tests()) {
            if (t.studentClasses().contains(file.className())) {
                assertTrue(t.failure().startsWith(file.fileName() + " did not compile, so this test of it cannot run:"),
                        t.number() + " " + t.failure());
                assertTrue(t.failure().contains("error: ';' expected"), t.failure());
            }
        }
    }

    @Test
    void testsOfBackpropThatUseTheBrokenActivationFunctionsSaySoAndPass() throws Exception {
        Path submission = referenceSubmission();
        Path activations = submission.resolve("nn/mlp/ActivationFunctions.java");
        Files.writeString(activations, withoutFirstSemicolonOfSolution(Files.readString(activations)));

        GradingReport report = new Grader().grade(ASSIGNMENT, submission);

        List<TestOutcome> backpropOnly = report.tests().stream()
                .filter(t -> t.studentClasses().equals(java.util.Set.of("nn.mlp.Backprop"))).toList();
        List<TestOutcome> answered = backpropOnly.stream().filter(t -> t.notes().contains("ActivationFunctions.java did"
                + " not compile, so its methods were answered by the reference solution here; this test grades only"
                + " Backprop.java.")).toList();
        assertTrue(answered.size() >= 5, "forward and backward call the activations: " + backpropOnly);
        assertTrue(answered.stream().allMatch(TestOutcome::passed), failures(report));
        assertTrue(report.tests().stream().filter(t -> t.studentClasses().equals(java.util.Set.of("nn.mlp.Sgd")))
                .anyMatch(t -> t.notes().stream().anyMatch(n -> n.startsWith("ActivationFunctions.java did not compile"))),
                "Sgd trains through Backprop, which calls the activations");
    }

    /** The sum of the points of the hidden tests that take this file's class as a {@code @Student} parameter. */
    static double pointsOfTestsTaking(SubmittedFile file) throws IOException, ClassNotFoundException {
        double points = 0;
        try (Stream<Path> files = Files.list(SUITE_CLASSES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = "nn.mlp.grading." + f.getFileName().toString().replaceFirst("\\.class$", "");
                for (Method m : Class.forName(name).getDeclaredMethods()) {
                    // as the grader reads them: a composed annotation (@HiddenUntilPublished) carries @Test
                    Points p = AnnotationSupport.findAnnotation(m, Points.class).orElse(null);
                    if (p != null && AnnotationSupport.isAnnotated(m, org.junit.jupiter.api.Test.class) && takes(m, file)) {
                        points += p.value();
                    }
                }
            }
        }
        return points;
    }

    private static boolean takes(Method test, SubmittedFile file) {
        for (Parameter p : test.getParameters()) {
            if (p.isAnnotationPresent(Student.class) && p.getType().getName().equals(file.implementsInterface())) {
                return true;
            }
        }
        return false;
    }

    /** One syntax error: the first statement of the file's first solution region loses its semicolon. */
    static String withoutFirstSemicolonOfSolution(String source) {
        int region = source.indexOf("// BEGIN SOLUTION");
        int semicolon = source.indexOf(';', region);
        assertTrue(region >= 0 && semicolon > region, "a solution region with a statement");
        return source.substring(0, semicolon) + source.substring(semicolon + 1);
    }

    private Path referenceSubmission() throws IOException {
        Path submission = Files.createDirectories(dir.resolve("submission"));
        for (SubmittedFile f : assignment.submit()) {
            Path to = submission.resolve(f.file());
            Files.createDirectories(to.getParent());
            Files.copy(assignment.reference().resolve(f.file()), to);
        }
        return submission;
    }

    private static SubmittedFile submitted(String file) {
        return assignment.submit().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow();
    }

    private static String failures(GradingReport report) {
        return report.tests().stream().filter(t -> !t.passed())
                .map(t -> t.number() + " " + t.name() + ": " + t.failure()).collect(Collectors.joining("\n"));
    }
}
