package nngrader.bundle;

import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.assignment.InvalidAssignmentException;
import nngrader.scratch.ScratchFolder;
import nngrader.sandbox.jail.SandboxUser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes an assignment's Gradescope autograder: a zip whose root holds {@code setup.sh} (installs a
 * JDK 17, adds the sandbox user, makes the bundle root-only) and {@code run_autograder} (grades
 * {@code /autograder/submission} into {@code /autograder/results/results.json}), with the grader
 * and the assignment beside them:
 *
 * <pre>
 * setup.sh, run_autograder
 * grader/bin/grader                      the launcher (JVM flags), as in a checkout
 * grader/target/nngrader.jar, lib/*.jar  the grader and its dependencies
 * assignment/assignment.json             paths rewritten to point inside the bundle
 * assignment/classpath/1-&lt;assignment&gt;   the compiled hidden suite and its data
 * assignment/classpath/2-reference       the compiled reference, only the packages this assignment uses
 * assignment/template                    the template sources submissions are compiled over
 * </pre>
 *
 * <pre>{@code
 * PackagedBundle zip = new GradescopePackager().pack(Path.of("assignments/softmax-regression"),
 *         Path.of("autograder.zip"));
 * }</pre>
 *
 * The bundle is checked before it is zipped: its assignment.json must load, with every path
 * inside the bundle.
 */
public final class GradescopePackager {
    static final String SETUP = "setup.sh";
    static final String RUN = "run_autograder";
    static final String LAUNCHER = "grader/bin/grader";
    static final String ASSIGNMENT = "assignment";

    private final AssignmentLoader loader = new AssignmentLoader();

    /**
     * @param assignmentDir the assignment's folder, built (its hidden suite compiled)
     * @param zip           the zip to write; its folder must exist
     * @throws BundleException with a sentence that says what to fix
     */
    public PackagedBundle pack(Path assignmentDir, Path zip) throws BundleException {
        Path out = zip.toAbsolutePath().normalize();
        if (Files.isDirectory(out)) {
            throw new BundleException(out + " is a folder; --out names the zip file to write, e.g. " + out.resolve(
                    "autograder.zip"));
        }
        if (out.getParent() == null || !Files.isDirectory(out.getParent())) {
            throw new BundleException("the folder " + out.getParent() + " does not exist; create it or write the zip"
                    + " elsewhere");
        }
        Assignment assignment;
        try {
            assignment = loader.load(assignmentDir);
        } catch (InvalidAssignmentException e) {
            throw new BundleException("assignment: " + e.getMessage(), e);
        }
        Path staging = null;
        try {
            BundledAssignment bundled = BundledAssignment.of(assignment);
            GraderFiles grader = GraderFiles.ofRunningGrader();
            staging = ScratchFolder.create("nngrader-bundle-");
            copy(grader.launcher(), staging.resolve(LAUNCHER), Set.of());
            copy(grader.jar(), staging.resolve("grader/target").resolve(grader.jar().getFileName().toString()), Set.of());
            copy(grader.libraries(), staging.resolve("grader/target/lib"), Set.of());
            Path assignmentFolder = staging.resolve(ASSIGNMENT);
            for (Map.Entry<String, Path> part : bundled.parts().entrySet()) {
                copy(part.getValue(), assignmentFolder.resolve(part.getKey()),
                        bundled.leftOut().getOrDefault(part.getKey(), Set.of()));
            }
            Files.write(assignmentFolder.resolve(AssignmentLoader.FILE_NAME), bundled.json());
            Map<String, String> values = Map.of("ASSIGNMENT_ID", assignment.id(), "SANDBOX_USER",
                    SandboxUser.DEFAULT_NAME, "LAUNCHER", LAUNCHER, "ASSIGNMENT", ASSIGNMENT);
            Files.write(staging.resolve(SETUP), BundleScripts.of(SETUP, values));
            Files.write(staging.resolve(RUN), BundleScripts.of(RUN, values));
            checkLoads(assignmentFolder);
            int files = BundleZip.write(staging, out, Set.of(SETUP, RUN, LAUNCHER));
            return new PackagedBundle(out, files, Files.size(out));
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            throw new BundleException("cannot make " + out + ": " + cause.getMessage() + " ("
                    + cause.getClass().getSimpleName() + ")", e);
        } finally {
            if (staging != null) {
                ScratchFolder.delete(staging);
            }
        }
    }

    private void checkLoads(Path bundledAssignment) throws BundleException {
        try {
            Assignment inBundle = loader.load(bundledAssignment);
            if (!inBundle.template().startsWith(bundledAssignment) || !inBundle.suite().classPath().stream()
                    .allMatch(p -> p.startsWith(bundledAssignment))) {
                throw new BundleException("the bundled assignment.json points outside the bundle (a grader bug)");
            }
        } catch (InvalidAssignmentException e) {
            throw new BundleException("the bundled assignment does not load (a grader bug): " + e.getMessage(), e);
        }
    }

    /**
     * Copies a file, or a folder's files but those directly in a package of {@code leftOut} (links are
     * left out too: they would point outside the bundle).
     */
    private static void copy(Path from, Path to, Set<String> leftOut) throws IOException {
        Files.createDirectories(to.getParent());
        if (!Files.isDirectory(from)) {
            Files.copy(from, to);
            return;
        }
        Files.createDirectories(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && !leftOut.contains(UnusedPackages.packagePath(from, p))) {
                    Path target = to.resolve(from.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
    }
}
