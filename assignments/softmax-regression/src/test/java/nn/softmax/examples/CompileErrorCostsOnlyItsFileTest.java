package nn.softmax.examples;

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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The promise of the README: a compile error costs only that file's tests. The reference with one syntax error
 * in one file scores 100 minus the points of the tests that take that file's class as {@code @Student}; the
 * other files' tests run its calls against a stand-in the grader answers with the reference, and say so.
 */
class CompileErrorCostsOnlyItsFileTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final Path SUITE_CLASSES = ASSIGNMENT.resolve("target/classes/nn/softmax/grading");
    static Assignment assignment;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        assignment = new AssignmentLoader().load(ASSIGNMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nn/softmax/Logistic.java", "nn/softmax/Softmax.java", "nn/softmax/Trainer.java"})
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
    void testsOfTrainerThatUseTheBrokenSoftmaxSaySoAndPass() throws Exception {
        Path submission = referenceSubmission();
        Path softmax = submission.resolve("nn/softmax/Softmax.java");
        Files.writeString(softmax, withoutFirstSemicolonOfSolution(Files.readString(softmax)));

        GradingReport report = new Grader().grade(ASSIGNMENT, submission);

        List<TestOutcome> trainerOnly = report.tests().stream()
                .filter(t -> t.studentClasses().equals(java.util.Set.of("nn.softmax.Trainer"))).toList();
        List<TestOutcome> answered = trainerOnly.stream().filter(t -> t.notes().contains("Softmax.java did not compile,"
                + " so its methods were answered by the reference solution here; this test grades only Trainer.java."))
                .toList();
        assertTrue(answered.size() >= 5, "the training tests call Softmax through Trainer: " + trainerOnly);
        assertTrue(answered.stream().allMatch(TestOutcome::passed), failures(report));
        assertTrue(report.tests().stream().filter(t -> t.studentClasses().equals(java.util.Set.of("nn.softmax.Logistic")))
                .allMatch(t -> t.notes().isEmpty()), "Logistic never calls Softmax: no note");
    }

    /**
     * A hostile Trainer.java, with Softmax.java broken: in the worker it hashes every class file on its class path
     * (folders and jars) and looks for the reference's Softmax classes and the hidden suite's classes; it finds
     * none, and the class nn.softmax.Softmax it can load is the stand-in.
     */
    @Test
    void noReferenceOrSuiteClassCanBeFoundInTheWorker() throws Exception {
        Path submission = referenceSubmission();
        Path softmax = submission.resolve("nn/softmax/Softmax.java");
        Files.writeString(softmax, withoutFirstSemicolonOfSolution(Files.readString(softmax)));
        Path trainer = submission.resolve("nn/softmax/Trainer.java");
        String hashes = secretClassHashes().stream().map(h -> "\"" + h + "\"").collect(Collectors.joining(", "));
        assertTrue(hashes.length() > 100, "the reference's and the suite's classes are built: " + hashes);
        String hostile = Files.readString(trainer)
                .replace("    public double accuracy(int[] predicted, int[] y) {\n",
                        "    public double accuracy(int[] predicted, int[] y) {\n"
                                + "        if (predicted.length > 0) throw new IllegalStateException(probe());\n")
                .replaceFirst("\\}\\s*$", PROBE.replace("HASHES", hashes) + "}\n");
        Files.writeString(trainer, hostile);

        GradingReport report = new Grader().grade(ASSIGNMENT, submission);

        String probe = report.tests().stream().map(TestOutcome::failure).filter(f -> f != null && f.contains("PROBE "))
                .findFirst().orElseThrow(() -> new AssertionError("the probe did not run: " + failures(report)));
        assertTrue(probe.matches("(?s).*PROBE scanned=[1-9][0-9]* .*"), probe);
        assertTrue(probe.contains(" secretMatches=0 "), probe);
        assertTrue(probe.contains(" standIn=true "), probe);
        assertTrue(probe.contains(" suite=not found "), probe);
        assertTrue(probe.contains(" softmaxCopies=1 "), probe);
    }

    private static final String PROBE = """
                private static String probe() {
                    java.util.Set<String> secret = java.util.Set.of(HASHES);
                    StringBuilder found = new StringBuilder();
                    int scanned = 0;
                    int matches = 0;
                    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                        java.nio.file.Path p = java.nio.file.Path.of(entry);
                        try {
                            if (java.nio.file.Files.isDirectory(p)) {
                                try (var files = java.nio.file.Files.walk(p)) {
                                    for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                                        if (f.toString().endsWith(".class")) {
                                            scanned++;
                                            if (secret.contains(sha(java.nio.file.Files.readAllBytes(f)))) {
                                                matches++;
                                                found.append(f).append(' ');
                                            }
                                        }
                                    }
                                }
                            } else if (java.nio.file.Files.isRegularFile(p)) {
                                try (var zip = new java.util.zip.ZipFile(p.toFile())) {
                                    for (var e : java.util.Collections.list(zip.entries())) {
                                        if (e.getName().endsWith(".class")) {
                                            scanned++;
                                            if (secret.contains(sha(zip.getInputStream(e).readAllBytes()))) {
                                                matches++;
                                                found.append(entry).append('!').append(e.getName()).append(' ');
                                            }
                                        }
                                    }
                                }
                            }
                        } catch (Exception e) {
                            found.append("unreadable ").append(entry).append(' ');
                        }
                    }
                    String standIn;
                    try {
                        standIn = String.valueOf(java.util.Arrays.stream(Class.forName("nn.softmax.Softmax").getDeclaredFields())
                                .anyMatch(f -> f.getType().getName().equals("nngrader.sandbox.worker.Forwarded")));
                    } catch (Throwable e) {
                        standIn = "error " + e;
                    }
                    String suite;
                    try {
                        Class.forName("nn.softmax.grading.SoftmaxTests");
                        suite = "loaded";
                    } catch (Throwable e) {
                        suite = "not found";
                    }
                    int copies = -1;
                    try {
                        copies = java.util.Collections.list(ClassLoader.getSystemClassLoader().getResources("nn/softmax/Softmax.class")).size();
                    } catch (java.io.IOException e) {
                        found.append(e);
                    }
                    return "PROBE scanned=" + scanned + " secretMatches=" + matches + " standIn=" + standIn + " suite=" + suite
                            + " softmaxCopies=" + copies + " " + found;
                }

                private static String sha(byte[] bytes) throws Exception {
                    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
                }
            """;

    /** SHA-256 of the reference's Softmax classes and of every class of the hidden suite. */
    private static List<String> secretClassHashes() throws IOException, NoSuchAlgorithmException {
        List<Path> secret = new ArrayList<>();
        try (Stream<Path> files = Files.list(ASSIGNMENT.resolve("../../reference/target/classes/nn/softmax").normalize())) {
            files.filter(f -> f.getFileName().toString().matches("Softmax(\\$.*)?\\.class")).forEach(secret::add);
        }
        try (Stream<Path> files = Files.list(SUITE_CLASSES)) {
            files.filter(f -> f.toString().endsWith(".class")).forEach(secret::add);
        }
        List<String> hashes = new ArrayList<>();
        for (Path f : secret) {
            hashes.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
        }
        return hashes;
    }

    /** The sum of the points of the hidden tests that take this file's class as a {@code @Student} parameter. */
    static double pointsOfTestsTaking(SubmittedFile file) throws IOException, ClassNotFoundException {
        double points = 0;
        try (Stream<Path> files = Files.list(SUITE_CLASSES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = "nn.softmax.grading." + f.getFileName().toString().replaceFirst("\\.class$", "");
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
