package nngrader.cli;

import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.assignment.SubmittedFile;
import nngrader.example.ExampleSubmission;
import nngrader.grade.Grader;
import nngrader.report.GradingReport;
import nngrader.template.TemplateGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code grader init} on a minimal repository: the files, and that they load, compile and grade. */
class InitCommandTest {
    private static final List<String> SCAFFOLD = List.of(
            "assignments/conv-layers/assignment.json",
            "assignments/conv-layers/pom.xml",
            "assignments/conv-layers/handout.md",
            "assignments/conv-layers/src/main/java/nn/convlayers/grading/ConvLayersTest.java",
            "assignments/conv-layers/mutants/relu-passes-negatives.json",
            "reference/src/main/java/nn/convlayers/ConvLayersApi.java",
            "reference/src/main/java/nn/convlayers/ConvLayers.java");

    @TempDir
    Path repo;

    private record Run(int exitCode, String out, String err) {
    }

    /** {@code grader init ARGS}, or {@code grader verify ARGS} when the first is "verify". */
    private Run init(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] command = args.length > 0 && args[0].equals("verify") ? args
                : Stream.concat(Stream.of("init"), Stream.of(args)).toArray(String[]::new);
        int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(command);
        return new Run(exit, out.toString(), err.toString());
    }

    private void minimalRepository() throws IOException {
        Files.writeString(repo.resolve("pom.xml"), """
                <project>
                  <groupId>org.nngrader</groupId>
                  <artifactId>nngrader-parent</artifactId>
                  <version>9.9.9-SNAPSHOT</version>
                </project>
                """);
        Files.createDirectories(repo.resolve("reference/src/main/java/nn/softmax"));
        Files.createDirectories(repo.resolve("assignments"));
    }

    @Test
    void scaffoldsAnAssignmentThatLoadsCompilesAndGradesTheReferenceAtFullMarks() throws Exception {
        minimalRepository();

        Run run = init("--assignment", "conv-layers", "--repo", repo.toString());

        assertEquals(0, run.exitCode(), run.err());
        for (String file : SCAFFOLD) {
            assertTrue(Files.isRegularFile(repo.resolve(file)), "wrote " + file);
            assertTrue(run.out().contains(file), "lists " + file + ":\n" + run.out());
        }
        assertTrue(run.out().contains("<module>assignments/conv-layers</module>"), run.out());
        assertTrue(run.out().contains("grader/bin/grader template"), run.out());
        assertTrue(run.out().contains("assignments/conv-layers/mutants/*.json"), run.out());
        assertTrue(run.out().contains("grader/bin/grader verify --assignment assignments/conv-layers"), run.out());
        assertTrue(Files.readString(repo.resolve("assignments/conv-layers/pom.xml"))
                .contains("<version>9.9.9-SNAPSHOT</version>"), "the parent version is the repository's");

        // `grader verify` on the fresh scaffold runs and says what is missing: the build, and mutants
        Run unbuilt = init("verify", "--assignment", repo.resolve("assignments/conv-layers").toString(),
                "--seeds", "0");
        assertEquals(1, unbuilt.exitCode(), unbuilt.out() + unbuilt.err());
        assertTrue(unbuilt.out().contains("verify FAILED"), unbuilt.out());
        assertTrue(unbuilt.out().contains("build the assignment first"), unbuilt.out());
        assertTrue(unbuilt.out().contains("holds 1 mutant but needs at least 8"), unbuilt.out());

        // What `mvn package` and `grader template` would do, so that assignment.json's paths exist.
        Path referenceClasses = repo.resolve("reference/target/classes");
        Path suiteClasses = repo.resolve("assignments/conv-layers/target/classes");
        compile(repo.resolve("reference/src/main/java/nn/convlayers"), referenceClasses, System.getProperty("java.class.path"));
        compile(repo.resolve("assignments/conv-layers/src/main/java"), suiteClasses,
                System.getProperty("java.class.path") + java.io.File.pathSeparator + referenceClasses);
        TemplateGenerator generator = new TemplateGenerator();
        generator.write(generator.generate(repo.resolve("reference"), repo.resolve("assignments")),
                repo.resolve("student-template"));
        assertTrue(Files.readString(repo.resolve("student-template/src/main/java/nn/convlayers/ConvLayers.java"))
                .contains("TODO: not implemented yet: return a new array with max(0, z_i) in each entry"));
        assertTrue(Files.isRegularFile(repo.resolve("student-template/handouts/conv-layers.md")));

        Assignment assignment = new AssignmentLoader().load(repo.resolve("assignments/conv-layers"));
        assertEquals("conv-layers", assignment.id());
        assertEquals(List.of(new SubmittedFile("nn/convlayers/ConvLayers.java", "nn.convlayers.ConvLayers",
                "nn.convlayers.ConvLayersApi")), assignment.submit());
        assertEquals(List.of("nn.convlayers.grading"), assignment.suite().packages());

        GradingReport reference = new Grader().grade(assignment.directory(), repo.resolve("reference"));
        assertFalse(reference.failedToGrade(), reference.summary());
        assertEquals(1, reference.tests().size());
        assertEquals(2.0, reference.score(), "the reference earns every point: " + reference.tests());

        // The example mutant applies to the reference (its find text occurs once); `grader verify` grades it.
        ExampleSubmission mutant = ExampleSubmission.read(repo.resolve("assignments/conv-layers/mutants/relu-passes-negatives.json"));
        Path mutated = repo.resolve("mutated");
        mutant.writeTo(repo.resolve("reference/src/main/java"), assignment.submit(), mutated);
        assertTrue(Files.readString(mutated.resolve("nn/convlayers/ConvLayers.java")).contains("a[i] = z[i];"));

        // Built, `grader verify` grades the reference (full marks), the template (nothing) and the mutant
        // (caught), and still fails for want of mutants
        Run built = init("verify", "--assignment", assignment.directory().toString(), "--seeds", "0",
                "--mutants", "named");
        assertEquals(1, built.exitCode(), built.out() + built.err());
        assertTrue(built.out().contains("relu-passes-negatives"), built.out());
        assertFalse(built.out().contains("build the assignment first"), built.out());
        assertTrue(built.out().contains("holds 1 mutant but needs at least 8"), built.out());
        assertFalse(built.out().contains("the reference loses"), built.out());
        assertFalse(built.out().contains("the template earns"), built.out());
        assertFalse(built.out().contains("survives"), built.out());
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
