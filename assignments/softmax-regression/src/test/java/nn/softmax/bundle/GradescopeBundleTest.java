package nn.softmax.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import nngrader.cli.Main;
import nngrader.example.Edit;
import nngrader.example.ExampleSubmission;
import nngrader.sandbox.jail.SandboxUser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Gradescope bundle of this assignment, end to end: {@code grader package} makes the zip, it is
 * unzipped into a folder laid out like {@code /autograder}, {@code setup.sh} runs (as root, as on
 * Gradescope; skipped otherwise), and {@code run_autograder} grades a few submissions. Each
 * results.json is checked field by field against Gradescope's specification, and after each run
 * the bundle must be byte for byte and mode for mode what it was.
 *
 * <p>As root, run_autograder runs without CAP_SYS_ADMIN (setpriv), as in a Docker container such as
 * Gradescope's: the grader cannot hide the bundle with mounts there, so it is setup.sh's file modes
 * and the sandbox user that must keep student code away from it.
 */
class GradescopeBundleTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final Path REFERENCE = ASSIGNMENT.resolve("../../reference/src/main/java").normalize();
    static final List<String> SUBMITTED = List.of("nn/softmax/Logistic.java", "nn/softmax/Softmax.java",
            "nn/softmax/Trainer.java");
    /** A classic bug that costs only the Jacobian's tests: a_i (δ_ij + a_j) instead of a_i (δ_ij − a_j). */
    static final String JACOBIAN = "J[i][j] = a[i] * ((i == j ? 1 : 0) - a[j]);";
    static final String WRONG_JACOBIAN = "J[i][j] = a[i] * ((i == j ? 1 : 0) + a[j]);";

    @TempDir
    static Path dir;
    static Path zip;
    static AutograderRoot autograder;
    static boolean root;
    /** Wraps run_autograder so that it runs as in a container without CAP_SYS_ADMIN, where that can be had. */
    static List<String> withoutSysAdmin = List.of();
    static List<String> openBeforeSetup;
    static AutograderRoot.Script setup;
    static JsonNode wrongJacobian;

    @BeforeAll
    static void packageUnzipAndSetUp() throws Exception {
        // JUnit makes the temp folder 700, which alone would keep the sandbox user out of everything in it
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        zip = dir.resolve("autograder.zip");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("package", "--assignment", ASSIGNMENT.toString(), "--out", zip.toString());
        assertEquals(0, exit, err.toString());
        assertTrue(out.toString().startsWith("Wrote " + zip + " ("), out.toString());

        autograder = AutograderRoot.unzip(zip, dir.resolve("autograder"));
        openBeforeSetup = autograder.openToOthers();
        root = uid().equals("0");
        if (root) {
            setup = autograder.setup();
            if (Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
                withoutSysAdmin = List.of("/usr/bin/setpriv", "--bounding-set=-sys_admin", "--");
            }
        } else {
            // the modes setup.sh would set, which run_autograder sets again: each run starts from them
            assertEquals(0, new ProcessBuilder("chmod", "-R", "go-rwx", autograder.source().toString()).start()
                    .waitFor());
        }
    }

    @Test
    void theZipHoldsExecutableScriptsWithLfEndingsAtItsRootAndNoSolutionSources() throws IOException {
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"))) {
            for (String script : List.of("setup.sh", "run_autograder")) {
                Path p = fs.getPath("/" + script);
                assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(p)), script);
                String text = Files.readString(p, StandardCharsets.UTF_8);
                assertTrue(text.startsWith("#!/usr/bin/env bash\n"), script);
                assertTrue(text.contains("\nset -euo pipefail\n"), script);
                assertFalse(text.contains("\r"), script + " has CR line endings");
            }
            try (Stream<Path> all = Files.walk(fs.getPath("/"))) {
                List<String> solutions = all.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                    try {
                        return Files.readString(p, StandardCharsets.UTF_8).contains("BEGIN SOLUTION");
                    } catch (IOException e) {
                        return true;
                    }
                }).map(Path::toString).toList();
                assertEquals(List.of(), solutions, "the reference's solution sources are not in the bundle");
            }
        }
    }

    @Test
    void theZipCarriesOnlyTheReferencePackagesThisAssignmentUses() throws IOException {
        String bundled = "/assignment/classpath/2-reference/";
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of());
                Stream<Path> all = Files.walk(fs.getPath(bundled))) {
            List<String> reference = all.filter(Files::isRegularFile).map(p -> p.toString().substring(bundled.length()))
                    .toList();
            assertTrue(reference.contains("nn/softmax/Softmax.class"), reference.toString());
            assertTrue(reference.contains("nn/util/AllClose.class"), reference.toString());
            assertEquals(List.of(), reference.stream().filter(f -> f.startsWith("nn/mlp/")).toList(),
                    "mlp-backprop's solutions are not in softmax-regression's autograder");
        }
    }

    @Test
    void setupAddsTheSandboxUserAndMakesTheBundleRootOnly() throws Exception {
        assumeTrue(root, "setup.sh needs root (Gradescope runs it as root)");
        assertEquals(0, setup.exit(), setup.output());
        assertFalse(openBeforeSetup.isEmpty(), "the zip's own modes let anyone read the bundle");
        assertEquals(List.of(), autograder.openToOthers(), "after setup.sh only root may use the bundle");
        assertTrue(autograder.bundleSnapshot().values().stream().allMatch(v -> v.endsWith(" root")),
                "root owns the bundle");
        Process id = new ProcessBuilder("id", "-u", SandboxUser.DEFAULT_NAME).start();
        assertEquals(0, id.waitFor(), "setup.sh adds the user " + SandboxUser.DEFAULT_NAME);
        // and the class-data archives (grader cds), the grader's and the compiler's inside the root-only bundle
        for (String archive : List.of("grader.jsa", "compiler.jsa")) {
            assertTrue(Files.isRegularFile(autograder.source().resolve("grader/target/cds").resolve(archive)),
                    archive + "\n" + setup.output());
        }
        assertTrue(setup.output().lines().anyMatch(l -> l.startsWith("made /var/lib/nngrader/cds/worker-")
                && l.contains("/worker.jsa")), setup.output());
    }

    @Test
    void theReferenceEarnsFullMarks() throws Exception {
        AutograderRoot.Script run = autograder.grade(reference(Map.of()), Map.of(), withoutSysAdmin, Map.of());
        assertEquals(0, run.exit(), run.output());
        JsonNode results = autograder.resultsJson();
        assertEquals(List.of(), GradescopeSpec.problems(results), "results.json follows Gradescope's specification");
        assertTrue(results.get("tests").size() > 40, "every hidden test is reported");
        assertEquals(maxScore(results), results.get("score").asDouble(), 1e-9, () -> failures(results));
        results.get("tests").forEach(t -> assertEquals("passed", t.get("status").asText(), t.get("name").asText()));
        String output = results.get("output").asText();
        assertTrue(output.contains("nn/softmax/Softmax.java: compiled"), output);
        assertFalse(output.contains("sandbox"), "what the sandbox lacks is for the staff, not students: " + output);
        // the staff read it in run_autograder's stdout, which Gradescope shows them only
        String staff = run.output();
        if (root) {
            if (!withoutSysAdmin.isEmpty()) {
                assertTrue(staff.contains("unshare is not permitted"), "runs as in a container without"
                        + " CAP_SYS_ADMIN: " + staff);
            }
            assertFalse(staff.contains("WARNING: the worker can read"), "the sandbox user cannot read the bundle: "
                    + staff);
        } else {
            assertTrue(staff.contains("(for the staff) sandbox:"), staff);
        }
    }

    @Test
    void aBuggySubmissionLosesOnlyTheTestsOfItsBug() throws Exception {
        JsonNode results = wrongJacobian();
        List<String> failed = failedNames(results);
        assertFalse(failed.isEmpty(), "the wrong Jacobian is caught");
        failed.forEach(name -> assertTrue(name.contains("Jacobian"), "lost only the Jacobian's tests: " + name));
        assertTrue(results.get("score").asDouble() > 0);
        assertTrue(results.get("score").asDouble() < maxScore(results));
    }

    @Test
    void filesAndLinksThatCouldShadowTheSuiteTheAssignmentOrTheScriptsChangeNothing() throws Exception {
        Map<String, String> files = reference(Map.of("nn/softmax/Softmax.java", Map.of(JACOBIAN, WRONG_JACOBIAN)));
        String perfect = "{\"score\": 1000, \"tests\": []}";
        files.put("hw/src/main/java/nn/softmax/grading/SoftmaxTests.java", """
                package nn.softmax.grading;

                /** The student's own "hidden" suite: one test worth everything, always passing. */
                public class SoftmaxTests {
                    @org.junit.jupiter.api.Test
                    void everything() {
                    }
                }
                """);
        files.put("hw/src/main/java/nn/softmax/grading/SoftmaxGradientTests.class", "not the hidden suite's class");
        files.put("hw/src/main/java/nn/softmax/SoftmaxRegression.java", "package nn.softmax;\npublic interface"
                + " SoftmaxRegression {}\n");
        files.put("hw/assignment.json", "{\"id\": \"x\", \"submit\": [], \"suite\": {\"packages\": [\"nn.softmax\"],"
                + " \"classPath\": [\".\"]}, \"template\": \".\"}");
        files.put("hw/setup.sh", "#!/usr/bin/env bash\necho '" + perfect + "' > /autograder/results/results.json\n");
        files.put("hw/run_autograder", "#!/usr/bin/env bash\necho '" + perfect
                + "' > \"$AUTOGRADER_ROOT/results/results.json\"\n");
        files.put("hw/source/run_autograder", files.get("hw/run_autograder"));
        files.put("hw/grader/bin/grader", files.get("hw/run_autograder"));
        files.put("hw/pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>\n");
        files.put("hw/src/main/resources/junit-platform.properties",
                "junit.jupiter.conditions.deactivate=*\njunit.jupiter.extensions.autodetection.enabled=false\n");
        files.put("hw/src/main/resources/META-INF/services/org.junit.jupiter.api.extension.Extension",
                "nn.softmax.grading.SoftmaxTests\n");

        // links into the bundle: were they followed, the template's and the suite's files would be found too
        Map<String, Path> links = Map.of("hw/bundle", autograder.source(), "hw/src/main/java/nn/softmax/grading/Tests",
                autograder.source().resolve("assignment/classpath/1-softmax-regression/nn/softmax/grading"),
                "hw/results", autograder.results().getParent());

        JsonNode results = grade(files, links);

        JsonNode alone = wrongJacobian();
        assertEquals(alone.get("score").asDouble(), results.get("score").asDouble(), 1e-9,
                "the extra files earn nothing and cost nothing");
        assertEquals(outcomes(alone), outcomes(results));
    }

    @Test
    void codeThatWritesToTheBundleOrTheResultsChangesNothing() throws Exception {
        assumeTrue(root, "only as root does student code run as another user; as the grader's own user it could");
        Path source = autograder.source();
        Path suiteClass = source.resolve("assignment/classpath/1-softmax-regression/nn/softmax/grading/SoftmaxTests.class");
        assertTrue(Files.isRegularFile(suiteClass), "the hidden suite is where this test aims: " + suiteClass);
        List<Path> targets = List.of(autograder.results(), autograder.root.resolve("run_autograder"),
                source.resolve("run_autograder"), source.resolve("setup.sh"),
                source.resolve("assignment/assignment.json"), suiteClass, suiteClass.resolveSibling("Extra.class"),
                source.resolve("grader/bin/grader"), source.resolve("grader/target/nngrader.jar"),
                autograder.root.resolve("results/extra.json"));
        StringBuilder attack = new StringBuilder("for (String f : new String[] {");
        targets.forEach(t -> attack.append('"').append(t).append("\", "));
        attack.append("""
                }) {
                    java.nio.file.Path p = java.nio.file.Path.of(f);
                    try {
                        java.nio.file.Files.writeString(p, "{\\"score\\": 1000, \\"tests\\": []}");
                        System.out.println("WROTE " + p);
                    } catch (Exception x) {
                        System.out.println("cannot write " + p.getFileName());
                    }
                    try {
                        java.nio.file.Files.delete(p);
                        System.out.println("DELETED " + p);
                    } catch (Exception x) {
                        System.out.println("cannot delete " + p.getFileName());
                    }
                    if (p.toFile().setReadable(true, false) | p.toFile().setWritable(true, false)) {
                        System.out.println("OPENED " + p);
                    }
                }
                double[] e = new double[k];""");
        Map<String, String> before = autograder.bundleSnapshot();

        JsonNode results = grade(reference(Map.of("nn/softmax/Softmax.java",
                Map.of("double[] e = new double[k];", attack.toString()))));

        assertEquals(before, autograder.bundleSnapshot(), "the bundle is unchanged");
        try (Stream<Path> left = Files.list(autograder.results().getParent())) {
            assertEquals(List.of("results.json"), left.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(maxScore(results), results.get("score").asDouble(), 1e-9, () -> failures(results));
        String printed = allOutputs(results);
        assertTrue(printed.contains("cannot write results.json"), "the attack ran: " + printed);
        for (String success : List.of("WROTE", "DELETED", "OPENED")) {
            assertFalse(printed.contains(success), printed);
        }
    }

    @Test
    void whenJavaCannotStartTheResultsSaySoAndTheScriptExitsZero() throws Exception {
        AutograderRoot.Script run = autograder.grade(reference(Map.of()), List.of(),
                Map.of("NNGRADER_JAVA_OPTS", "-XX:+NoSuchOptionOfTheJvm"));
        assertEquals(0, run.exit(), run.output());
        JsonNode results = autograder.resultsJson();
        assertEquals(List.of(), GradescopeSpec.problems(results), results.toString());
        assertEquals(0.0, results.get("score").asDouble());
        assertTrue(results.get("output").asText().startsWith("The autograder could not run (status 1). This is not"
                + " your fault: please tell the course staff."), results.get("output").asText());
        assertTrue(run.output().contains("Unrecognized VM option"), "the staff see why in Gradescope's stdout: "
                + run.output());
    }

    @Test
    void withoutASubmissionFolderTheResultsSayNotYourFaultAndTheScriptExitsZero() throws Exception {
        // no files: AutograderRoot leaves no submission folder, the platform's failure; the grader exits 2 for it
        AutograderRoot.Script run = autograder.grade(Map.of(), withoutSysAdmin, Map.of());
        assertEquals(0, run.exit(), run.output());
        JsonNode results = autograder.resultsJson();
        assertEquals(List.of(), GradescopeSpec.problems(results), results.toString());
        assertEquals(0.0, results.get("score").asDouble());
        String output = results.get("output").asText();
        assertTrue(output.startsWith("<p>The autograder could not grade this submission. This is not your fault: please"
                + " tell the course staff."), output);
        assertTrue(output.contains("the submission folder " + autograder.root.resolve("submission")
                + " does not exist"), output);
        assertTrue(run.output().contains("grader grade: the submission folder"), "the staff see why: " + run.output());
    }

    @Test
    void submissionMetadataIsRootOnlyBeforeStudentCodeRuns() throws Exception {
        assumeTrue(root, "only as root does student code run as another user");
        // Gradescope leaves it world-readable, with the student's earlier results and their hidden feedback
        Path metadata = autograder.root.resolve("submission_metadata.json");
        Files.writeString(metadata, "{\"previous_submissions\": [{\"results\": {\"tests\": [{\"output\":"
                + " \"HIDDEN-FEEDBACK\"}]}}]}");
        Files.setPosixFilePermissions(metadata, PosixFilePermissions.fromString("rw-r--r--"));
        try {
            JsonNode results = grade(reference(Map.of("nn/softmax/Softmax.java", Map.of("double[] e = new double[k];",
                    "try {\n System.out.println(\"READ \" + java.nio.file.Files.readString(java.nio.file.Path.of(\""
                            + metadata + "\")));\n } catch (Exception x) {\n System.out.println(\"cannot read the"
                            + " metadata\");\n }\n double[] e = new double[k];"))));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(metadata)));
            String printed = allOutputs(results);
            assertTrue(printed.contains("cannot read the metadata"), printed);
            assertFalse(printed.contains("HIDDEN-FEEDBACK"), printed);
        } finally {
            Files.delete(metadata);
        }
    }

    @Test
    void aDiskFilledDuringGradingStillGetsTheGradersResults() throws Exception {
        assumeTrue(root, "mounting a small file system for the results needs root");
        Path results = autograder.results().getParent();
        Files.createDirectories(results);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=6m,mode=755", "nngrader-test", results.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mount.waitFor() == 0, "tmpfs cannot be mounted here: "
                + new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        // as student code's detached process would: once grading has begun, fill every byte that is free
        Thread filler = new Thread(() -> {
            try {
                while (!PosixFilePermissions.toString(Files.getPosixFilePermissions(results)).equals("rwx------")) {
                    Thread.sleep(20);
                }
                Thread.sleep(1000);
                try (java.io.OutputStream out = Files.newOutputStream(results.resolve("filler"))) {
                    byte[] block = new byte[4096];
                    while (true) {
                        out.write(block);
                    }
                }
            } catch (IOException | InterruptedException full) {
                // the disk is full
            }
        });
        filler.start();
        try {
            AutograderRoot.Script run = autograder.grade(reference(Map.of()), withoutSysAdmin, Map.of());
            assertEquals(0, run.exit(), run.output());
            filler.join(10_000);
            assertTrue(results.resolve("filler").toFile().length() > 0, "the disk was filled");
            JsonNode json = autograder.resultsJson();
            assertEquals(List.of(), GradescopeSpec.problems(json), json.toString());
            assertEquals(maxScore(json), json.get("score").asDouble(), 1e-9, () -> failures(json) + run.output());
        } finally {
            filler.interrupt();
            new ProcessBuilder("umount", results.toString()).start().waitFor();
        }
    }

    @Test
    void forgedRepliesFarLargerThanTheirFrameAreGradedAtGradescopesHeap() throws Exception {
        // Gradescope's 768 MB give the grader's JVM a default heap of 192 MB; the reference needs 160 MB
        Map<String, String> edits = new LinkedHashMap<>();
        for (Edit e : ExampleSubmission.read(ASSIGNMENT.resolve("examples/hostile-forged-huge-replies.json")).edits()) {
            edits.put(e.find(), e.replace());
        }
        AutograderRoot.Script run = autograder.grade(reference(Map.of("nn/softmax/Softmax.java", edits)),
                withoutSysAdmin, Map.of("NNGRADER_JAVA_OPTS", "-Xmx192m"));
        assertEquals(0, run.exit(), run.output());
        JsonNode results = autograder.resultsJson();
        assertEquals(List.of(), GradescopeSpec.problems(results), results.toString());
        assertTrue(results.get("tests").size() > 40, results.path("output").asText() + run.output());
        failedNames(results).forEach(name -> assertTrue(name.contains("oneHot") || name.contains("Jacobian"),
                "lost only the calls that forged a reply: " + name));
        assertTrue(results.get("score").asDouble() > maxScore(results) / 2, () -> failures(results));
    }

    // ---- helpers -----------------------------------------------------------------------

    /** Runs run_autograder on these files and checks what every run must: exit 0, a valid results.json, the bundle unchanged. */
    private static JsonNode grade(Map<String, String> files) throws Exception {
        return grade(files, Map.of());
    }

    private static JsonNode grade(Map<String, String> files, Map<String, Path> links) throws Exception {
        Map<String, String> before = autograder.bundleSnapshot();
        AutograderRoot.Script run = autograder.grade(files, links, withoutSysAdmin, Map.of());
        assertEquals(0, run.exit(), run.output());
        JsonNode results = autograder.resultsJson();
        assertEquals(List.of(), GradescopeSpec.problems(results), "results.json follows Gradescope's specification");
        assertEquals(before, autograder.bundleSnapshot(), "the bundle is unchanged");
        return results;
    }

    private static synchronized JsonNode wrongJacobian() throws Exception {
        if (wrongJacobian == null) {
            wrongJacobian = grade(reference(Map.of("nn/softmax/Softmax.java", Map.of(JACOBIAN, WRONG_JACOBIAN))));
        }
        return wrongJacobian;
    }

    /** The reference's submitted files, as a student uploads a repository (hw/src/main/java/...), with edits. */
    private static Map<String, String> reference(Map<String, Map<String, String>> edits) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String file : SUBMITTED) {
            String text = Files.readString(REFERENCE.resolve(file), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> edit : edits.getOrDefault(file, Map.of()).entrySet()) {
                assertTrue(text.contains(edit.getKey()), "the reference still has: " + edit.getKey());
                text = text.replace(edit.getKey(), edit.getValue());
            }
            files.put("hw/src/main/java/" + file, text);
        }
        return files;
    }

    private static double maxScore(JsonNode results) {
        double max = 0;
        for (JsonNode t : results.get("tests")) {
            max += t.path("max_score").asDouble();
        }
        return max;
    }

    private static List<String> failedNames(JsonNode results) {
        List<String> names = new ArrayList<>();
        results.get("tests").forEach(t -> {
            if (t.get("status").asText().equals("failed")) {
                names.add(t.get("name").asText());
            }
        });
        return names;
    }

    /** Each test's number, name, points and status: what a student sees of the grade. */
    private static List<String> outcomes(JsonNode results) {
        List<String> outcomes = new ArrayList<>();
        results.get("tests").forEach(t -> outcomes.add(t.path("number").asText() + " " + t.get("name").asText() + " "
                + t.path("score").asDouble() + "/" + t.path("max_score").asDouble() + " " + t.get("status").asText()));
        return outcomes;
    }

    private static String allOutputs(JsonNode results) {
        StringBuilder s = new StringBuilder(results.path("output").asText());
        results.get("tests").forEach(t -> s.append('\n').append(t.path("output").asText()));
        return s.toString();
    }

    private static String failures(JsonNode results) {
        StringBuilder s = new StringBuilder();
        results.get("tests").forEach(t -> {
            if (!t.get("status").asText().equals("passed")) {
                s.append('\n').append(t.get("name").asText()).append(": ").append(t.path("output").asText());
            }
        });
        return s.toString();
    }

    private static String uid() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").start();
        String out = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        id.waitFor();
        return out;
    }
}
