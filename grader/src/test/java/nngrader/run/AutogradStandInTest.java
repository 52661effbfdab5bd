package nngrader.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import nngrader.grade.Grader;
import nngrader.report.GradingReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The autograd course through the real pipeline, with ForwardBackward.java not compiling: Trainer's tests still
 * pass, because the layers and the network that the stand-in's {@code affine} and {@code sequential} return are the
 * reference's objects, which stay in the grader while Trainer (in the worker) holds them as handles. The hidden
 * suite here is a small one of our own (the course's is not written yet), compiled with the reference for the test.
 */
class AutogradStandInTest {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final String NOTE = "ForwardBackward.java did not compile, so its methods were answered by the reference"
            + " solution here; this test grades only Trainer.java.";

    /** One test of ForwardBackward, two of Trainer: one that builds a network through Layers, one that does not. */
    static final String SUITE = """
            package nn.autograd.grading;

            import static org.junit.jupiter.api.Assertions.assertArrayEquals;
            import static org.junit.jupiter.api.Assertions.assertEquals;

            import nn.autograd.*;
            import nngrader.api.Points;
            import nngrader.api.Reference;
            import nngrader.api.Student;
            import org.junit.jupiter.api.MethodOrderer;
            import org.junit.jupiter.api.Order;
            import org.junit.jupiter.api.Test;
            import org.junit.jupiter.api.TestMethodOrder;

            @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
            class TrainerThroughLayersSuite {
                static final TrainingConfig CONFIG = new TrainingConfig(new int[] {5, 4}, Activation.TANH, 3, 0.1, 0.9,
                        4, 1e-3, 7);
                static final double[][] X = {{1, 0, -1}, {0.5, 2, 0}, {-1, -1, 1}, {0, 0.3, 0.7}, {2, -0.5, 0.1}};
                static final int[] Y = {0, 1, 1, 0, 1};

                @Test @Order(1) @Points(2)
                void initializedNetworkIsTheReferences(@Student Training student, @Reference Training reference) {
                    Network mine = student.initialize(3, 2, CONFIG);
                    Network theirs = reference.initialize(3, 2, CONFIG);
                    for (int i = 0; i < X.length; i++) {
                        assertArrayEquals(theirs.forward(X)[i], mine.forward(X)[i], 1e-12, "forward, row " + i);
                    }
                    assertArrayEquals(theirs.classes(X), mine.classes(X), "classes");
                    assertEquals(theirs.loss(X, Y), mine.loss(X, Y), 1e-12, "loss");
                    mine.backward();
                    assertEquals(6, mine.parameters().size(), "W and b of three affine layers");
                }

                @Test @Order(2) @Points(1)
                void accuracy(@Student Training student) {
                    assertEquals(0.5, student.accuracy(new int[] {1, 0, 2, 2}, new int[] {1, 1, 2, 0}), 0);
                }

                @Test @Order(3) @Points(3)
                void affineForward(@Student Layers layers) {
                    Layer affine = layers.affine(new double[][] {{1, 2}}, new double[] {3});
                    assertArrayEquals(new double[] {6}, affine.forward(new double[][] {{1, 1}})[0], 0);
                }
            }
            """;

    @TempDir
    static Path dir;
    static Path assignment;

    @BeforeAll
    static void autogradWithOurOwnSuite() throws IOException {
        Path reference = compile(dir.resolve("reference"), REPO.resolve("reference/src/main/java"), null);
        Path suiteSource = Files.createDirectories(dir.resolve("suite-src/nn/autograd/grading"));
        Files.writeString(suiteSource.resolve("TrainerThroughLayersSuite.java"), SUITE);
        Path suite = compile(dir.resolve("suite"), dir.resolve("suite-src"), reference);
        Path template = dir.resolve("template");
        for (String pkg : List.of("nn/autograd", "nn/util")) {
            copyTree(REPO.resolve("student-template/src/main/java").resolve(pkg), template.resolve(pkg));
        }
        assignment = Files.createDirectories(dir.resolve("assignment"));
        Files.writeString(assignment.resolve("assignment.json"), """
                {
                  "id": "autograd-standin",
                  "title": "Stand-ins that return layers",
                  "submit": [
                    { "file": "nn/autograd/Value.java",           "class": "nn.autograd.Value",           "implements": "nn.autograd.Node" },
                    { "file": "nn/autograd/ForwardBackward.java", "class": "nn.autograd.ForwardBackward", "implements": "nn.autograd.Layers" },
                    { "file": "nn/autograd/Trainer.java",         "class": "nn.autograd.Trainer",         "implements": "nn.autograd.Training" }
                  ],
                  "suite": { "packages": ["nn.autograd.grading"], "classPath": ["%s", "%s"] },
                  "template": "%s",
                  "limits": { "testSeconds": 20, "totalSeconds": 120, "workerHeapMb": 128 }
                }
                """.formatted(suite, reference, template));
    }

    @Test
    void theReferenceEarnsEveryPoint() throws IOException {
        GradingReport report = new Grader().grade(assignment, referenceSubmission(dir.resolve("whole")));
        assertEquals(6, report.score(), failures(report));
    }

    @Test
    void trainersTestsPassThroughTheLayersOfTheStandIn() throws IOException {
        Path submission = referenceSubmission(dir.resolve("broken-layers"));
        Path layers = submission.resolve("nn/autograd/ForwardBackward.java");
        Files.writeString(layers, Files.readString(layers).replace("return new Affine(W, b);", "return new Affine(W, b)"));

        GradingReport report = new Grader().grade(assignment, submission);

        assertEquals(3, report.score(), "only ForwardBackward's own test is lost: " + failures(report));
        TestOutcome initialized = report.tests().get(0);
        assertTrue(initialized.passed(), "Trainer built its network from the reference's layers: " + initialized.failure());
        assertEquals(List.of(NOTE), initialized.notes());
        assertEquals(List.of(), report.tests().get(1).notes(), "accuracy makes no call into ForwardBackward");
        TestOutcome own = report.tests().get(2);
        assertFalse(own.passed());
        assertTrue(own.failure().startsWith("ForwardBackward.java did not compile, so this test of it cannot run:"),
                own.failure());
    }

    @Test
    void aTrainerThatGivesTheStandInItsOwnLayerIsToldWhy() throws IOException {
        Path submission = referenceSubmission(dir.resolve("own-layer"));
        Path layers = submission.resolve("nn/autograd/ForwardBackward.java");
        Files.writeString(layers, Files.readString(layers).replace("return new Affine(W, b);", "return new Affine(W, b)"));
        Path trainer = submission.resolve("nn/autograd/Trainer.java");
        String identity = "new Layer() { public double[][] forward(double[][] X) { return X; }"
                + " public double[][] backward(double[][] d) { return d; }"
                + " public List<Parameter> parameters() { return List.of(); } }";
        Files.writeString(trainer, Files.readString(trainer).replace("case TANH -> LAYERS.tanh();",
                "case TANH -> " + identity + ";"));

        GradingReport report = new Grader().grade(assignment, submission);

        TestOutcome initialized = report.tests().get(0);
        assertFalse(initialized.passed());
        assertTrue(initialized.failure().contains("ForwardBackward.java did not compile and the reference stands in for"
                + " it; it cannot take your own Layer objects"), initialized.failure());
        assertTrue(report.tests().get(1).passed(), failures(report));
    }

    private static Path referenceSubmission(Path submission) throws IOException {
        for (String file : List.of("Value.java", "ForwardBackward.java", "Trainer.java")) {
            Path to = submission.resolve("nn/autograd").resolve(file);
            Files.createDirectories(to.getParent());
            Files.copy(REPO.resolve("reference/src/main/java/nn/autograd").resolve(file), to);
        }
        return submission;
    }

    /** Compiles every source below {@code sources} into {@code out}, with the test's class path and {@code extra}. */
    private static Path compile(Path out, Path sources, Path extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-proc:none", "-classpath",
                System.getProperty("java.class.path") + (extra == null ? "" : File.pathSeparator + extra)));
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).forEach(args::add);
        }
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(new String[0]));
        assertEquals(0, status, "javac " + sources);
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
    }

    private static String failures(GradingReport report) {
        return report.tests().stream().filter(t -> !t.passed())
                .map(t -> t.number() + " " + t.name() + ": " + t.failure()).collect(Collectors.joining("\n"));
    }
}
