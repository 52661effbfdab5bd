package nngrader.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code grader init} on a minimal repository: the files, and that doing what it prints, and only that, gives an
 * assignment that passes {@code grader verify} and whose own test runs verify in {@code mvn verify}.
 */
class InitCommandTest {
    private static final List<String> SCAFFOLD = List.of(
            "assignments/conv-layers/assignment.json",
            "assignments/conv-layers/pom.xml",
            "assignments/conv-layers/handout.md",
            "assignments/conv-layers/src/main/java/nn/convlayers/grading/ConvLayersTest.java",
            "assignments/conv-layers/src/test/java/nn/convlayers/examples/VerifyAssignmentTest.java",
            "assignments/conv-layers/mutants/relu-passes-negatives.json",
            "assignments/conv-layers/mutants/relu-in-place.json",
            "reference/src/main/java/nn/convlayers/ConvLayersApi.java",
            "reference/src/main/java/nn/convlayers/ConvLayers.java");
    private static final Pattern STEP = Pattern.compile("  (\\d)\\. (.*)");
    private static final Pattern LAUNCHER = Pattern.compile("grader/bin/grader (.*)");

    @TempDir
    Path repo;

    private record Run(int exitCode, String out, String err) {
    }

    /** {@code grader init ARGS}. */
    private Run init(String... args) {
        return execute(Stream.concat(Stream.of("init"), Stream.of(args)).toArray(String[]::new));
    }

    /** {@code grader COMMAND}. */
    private static Run execute(String... command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(command);
        return new Run(exit, out.toString(), err.toString());
    }

    private void minimalRepository() throws IOException {
        Files.writeString(repo.resolve("pom.xml"), """
                <project>
                  <groupId>org.nngrader</groupId>
                  <artifactId>nngrader-parent</artifactId>
                  <version>9.9.9-SNAPSHOT</version>
                  <modules>
                    <module>reference</module>
                  </modules>
                </project>
                """);
        Files.createDirectories(repo.resolve("reference/src/main/java/nn/softmax"));
        Files.createDirectories(repo.resolve("assignments"));
    }

    @Test
    void followingOnlyWhatInitPrintsReachesAPassingVerifyAndAVerifyTestForMvnVerify() throws Exception {
        minimalRepository();

        Run run = init("--assignment", "conv-layers", "--repo", repo.toString());

        assertEquals(0, run.exitCode(), run.err());
        for (String file : SCAFFOLD) {
            assertTrue(Files.isRegularFile(repo.resolve(file)), "wrote " + file);
            assertTrue(run.out().contains(file), "lists " + file + ":\n" + run.out());
        }
        assertTrue(Files.readString(repo.resolve("assignments/conv-layers/pom.xml"))
                .contains("<version>9.9.9-SNAPSHOT</version>"), "the parent version is the repository's");
        String printed = run.out().replaceAll("\\s+", " ");
        for (String said : List.of("verify needs at least 8", "each of the 8 mutants", "next @Order and @TestNumber",
                "reference/template/.github/workflows/classroom.yml", "reference/template/README.md",
                "do not mention conv-layers yet", "VerifyAssignmentTest.java")) {
            assertTrue(printed.contains(said), "init says " + said + ":\n" + run.out());
        }

        // Each numbered step, done as it says, from the repository's root; nothing else is done to the scaffold.
        List<String> steps = run.out().lines().map(STEP::matcher).filter(Matcher::matches).map(m -> m.group(2)).toList();
        assertEquals(4, steps.size(), run.out());
        Matcher module = Pattern.compile("Add the module to the root pom.xml, in <modules>: (<module>[^<]+</module>)")
                .matcher(steps.get(0));
        assertTrue(module.matches(), steps.get(0));
        Path pom = repo.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("</modules>", "  " + module.group(1) + "\n  </modules>"));
        assertEquals("Build: mvn -B -q -DskipTests package", steps.get(1));
        mvnPackage();
        assertEquals(0, grader(steps.get(2)).exitCode(), steps.get(2));
        assertTrue(Files.readString(repo.resolve("student-template/src/main/java/nn/convlayers/ConvLayers.java"))
                .contains("TODO: not implemented yet: return a new array with max(0, z_i) in each entry"));
        Run verify = grader(steps.get(3));
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
        assertTrue(verify.out().contains("verify passed"), verify.out());
        for (String caught : List.of("relu-passes-negatives", "relu-in-place", "relu-skips-the-first-entry")) {
            assertTrue(verify.out().lines().anyMatch(l -> l.startsWith(caught + " ") && l.contains(" caught ")),
                    caught + ":\n" + verify.out());
        }

        // mvn verify would run the scaffold's VerifyAssignmentTest: it passes
        TestExecutionSummary verifyTest = runTests(repo.resolve("assignments/conv-layers/target/test-classes"),
                "nn.convlayers.examples.VerifyAssignmentTest");
        assertEquals(1, verifyTest.getTestsSucceededCount(), () -> failures(verifyTest));

        // and the reference, handed in as a student would, earns every point, test by test in its numbered order
        String gradeStep = run.out().lines().filter(l -> l.contains("grader/bin/grader grade ")).findFirst().orElseThrow();
        Run graded = grader(gradeStep.substring(gradeStep.indexOf("grader/bin/grader")));
        assertEquals(0, graded.exitCode(), graded.err());
        JsonNode results = new ObjectMapper().readTree(repo.resolve("results.json").toFile());
        assertEquals(3.0, results.get("score").asDouble(), "the reference earns every point: " + results);
        List<String> numbers = new ArrayList<>();
        // the first entry, "Files found and compiled", has a status and no number
        results.get("tests").forEach(t -> numbers.add(t.path("number").asText("-")));
        assertEquals(List.of("-", "1.1", "1.2"), numbers);
    }

    /** Runs {@code grader/bin/grader ARGS} as if from the repository's root (its paths resolved against it). */
    private Run grader(String step) {
        Matcher command = LAUNCHER.matcher(step.substring(step.indexOf("grader/bin/grader")));
        assertTrue(command.matches(), step);
        List<String> args = new ArrayList<>(List.of(command.group(1).split(" ")));
        for (int i = 1; i < args.size(); i++) {
            if (List.of("--assignment", "--submission").contains(args.get(i - 1))) {
                args.set(i, repo.resolve(args.get(i)).toString());
            }
        }
        // the defaults, which are relative to the folder it runs from
        if (args.get(0).equals("template")) {
            args.addAll(List.of("--reference", repo.resolve("reference").toString(), "--assignments",
                    repo.resolve("assignments").toString(), "--out", repo.resolve("student-template").toString()));
        }
        if (args.get(0).equals("grade")) {
            args.addAll(List.of("--results", repo.resolve("results.json").toString()));
        }
        return execute(args.toArray(String[]::new));
    }

    /** What {@code mvn -B -q -DskipTests package} does to the scaffold: its main and test classes compiled. */
    private void mvnPackage() throws IOException {
        String classPath = System.getProperty("java.class.path");
        Path referenceClasses = repo.resolve("reference/target/classes");
        Path module = repo.resolve("assignments/conv-layers");
        compile(repo.resolve("reference/src/main/java/nn/convlayers"), referenceClasses, classPath);
        compile(module.resolve("src/main/java"), module.resolve("target/classes"),
                classPath + File.pathSeparator + referenceClasses);
        compile(module.resolve("src/test/java"), module.resolve("target/test-classes"),
                classPath + File.pathSeparator + referenceClasses + File.pathSeparator + module.resolve("target/classes"));
    }

    private static TestExecutionSummary runTests(Path testClasses, String className) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {testClasses.toUri().toURL()},
                InitCommandTest.class.getClassLoader())) {
            SummaryGeneratingListener listener = new SummaryGeneratingListener();
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClass(loader.loadClass(className))).build(), listener);
            return listener.getSummary();
        }
    }

    private static String failures(TestExecutionSummary summary) {
        StringWriter out = new StringWriter();
        summary.printFailuresTo(new PrintWriter(out), 30);
        return summary.getTestsFoundCount() + " found; " + out;
    }

    @Test
    void refusesToOverwriteAnythingAndWritesNothing() throws IOException {
        minimalRepository();
        Files.createDirectories(repo.resolve("assignments/softmax"));

        Run existingAssignment = init("--assignment", "softmax", "--repo", repo.toString());
        Run existingPackage = init("--assignment", "softmax2", "--package", "nn.softmax", "--repo", repo.toString());

        assertEquals(1, existingAssignment.exitCode());
        assertEquals("grader init: assignments/softmax already exists; grader init never overwrites: choose another"
                + " --assignment or remove that folder", existingAssignment.err().strip());
        assertEquals(1, existingPackage.exitCode());
        assertTrue(existingPackage.err().contains("reference/src/main/java/nn/softmax already exists"), existingPackage.err());
        assertFalse(Files.exists(repo.resolve("assignments/softmax2")), "nothing is written");
        try (Stream<Path> files = Files.walk(repo)) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "only the root pom.xml");
        }
    }

    @Test
    void saysWhatIsWrongWithAnIdOrAFolderThatIsNoRepository() throws IOException {
        Run noRepository = init("--assignment", "conv-layers", "--repo", repo.toString());
        minimalRepository();
        Run upperCase = init("--assignment", "Conv_Layers", "--repo", repo.toString());
        Run digitFirst = init("--assignment", "2d-conv", "--repo", repo.toString());
        Run keyword = init("--assignment", "new", "--repo", repo.toString());

        assertEquals(1, noRepository.exitCode());
        assertTrue(noRepository.err().contains("is not an nngrader repository (it needs pom.xml and reference/)"),
                noRepository.err());
        assertEquals(1, upperCase.exitCode());
        assertEquals("grader init: the assignment id \"Conv_Layers\" must be lower-case letters and digits, starting"
                + " with a letter, in words joined by '-', e.g. \"conv-layers\"", upperCase.err().strip());
        assertEquals(1, digitFirst.exitCode());
        assertTrue(digitFirst.err().contains("\"2d-conv\" must be lower-case letters"), digitFirst.err());
        assertEquals(1, keyword.exitCode());
        assertEquals("grader init: \"nn.new\" is not a lower-case Java package name; choose one with --package,"
                + " e.g. --package nn.layers", keyword.err().strip());
        assertFalse(noRepository.err().contains("Exception"), "a sentence, not a stack trace");
    }

    @Test
    void aPackageInJavaOrJavaxOrNotALowerCaseJavaNameIsRefusedInOneSentence() throws IOException {
        minimalRepository();
        for (String pkg : List.of("java.lang", "javax.swing.layers", "java")) {
            Run run = init("--assignment", "conv-layers", "--package", pkg, "--repo", repo.toString());
            assertEquals(1, run.exitCode(), run.out());
            assertEquals("grader init: \"" + pkg + "\" is in java.* or javax.*, which the JVM keeps for the JDK's own"
                    + " classes; choose another --package, e.g. --package nn.layers", run.err().strip());
        }
        for (String pkg : List.of("nn.Layers", "nn..layers", "nn.2d", "nn.class", "nn.conv-layers")) {
            Run run = init("--assignment", "conv-layers", "--package", pkg, "--repo", repo.toString());
            assertEquals(1, run.exitCode(), run.out());
            assertEquals("grader init: \"" + pkg + "\" is not a lower-case Java package name", run.err().strip());
        }
        assertFalse(Files.exists(repo.resolve("assignments/conv-layers")), "nothing is written");
        assertTrue(init("--assignment", "conv-layers", "--package", "nn.javalike", "--repo", repo.toString()).exitCode()
                == 0, "a package that only starts with the letters java is fine");
    }

    private static void compile(Path sources, Path classes, String classPath) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).toList();
        }
        Files.createDirectories(classes);
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, null)) {
            boolean ok = javac.getTask(null, fileManager, diagnostics,
                    List.of("--release", "17", "-proc:none", "-Xlint:all", "-Werror", "-classpath", classPath,
                            "-d", classes.toString()),
                    null, fileManager.getJavaFileObjectsFromPaths(files)).call();
            assertTrue(ok, "the scaffold's Java compiles without warnings: " + diagnostics.getDiagnostics());
        }
    }
}
