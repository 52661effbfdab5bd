package nngrader.bundle;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The grader as it is built in a checkout: the launcher {@code grader/bin/grader}, the jar
 * {@code grader/target/nngrader.jar} and its dependencies in {@code grader/target/lib}. The bundle
 * ships these three as they are, so that Gradescope starts the grader through the same launcher,
 * with the same JVM flags, as an instructor does.
 *
 * @param launcher  the launcher script
 * @param jar       the grader's jar
 * @param libraries the folder of the jars it needs
 */
record GraderFiles(Path launcher, Path jar, Path libraries) {
    static final String BUILD = "build it first: mvn -B -q -DskipTests package";

    /** The files of the grader that is running: found from its jar, or from its classes folder in a build. */
    static GraderFiles ofRunningGrader() throws BundleException {
        Path target = buildFolder();
        GraderFiles files = new GraderFiles(target.resolveSibling("bin").resolve("grader"),
                target.resolve("nngrader.jar"), target.resolve("lib"));
        if (!Files.isRegularFile(files.jar)) {
            throw new BundleException("the grader's jar " + files.jar + " is missing; " + BUILD);
        }
        if (!Files.isDirectory(files.libraries)) {
            throw new BundleException("the grader's libraries " + files.libraries + " are missing; " + BUILD);
        }
        if (!Files.isRegularFile(files.launcher)) {
            throw new BundleException("the grader's launcher " + files.launcher + " is missing; the bundle is made"
                    + " from a checkout of nngrader, where it is grader/bin/grader");
        }
        return files;
    }

    /** grader/target: the folder of the running jar, or the parent of the running classes folder. */
    private static Path buildFolder() throws BundleException {
        CodeSource source = GraderFiles.class.getProtectionDomain().getCodeSource();
        try {
            Path location = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            Path target = location.getParent();
            if (target == null) {
                throw new BundleException("cannot tell where the grader's build is from " + location);
            }
            return target;
        } catch (URISyntaxException | IllegalArgumentException | NullPointerException e) {
            throw new BundleException("cannot tell where the grader's jar is (" + e.getMessage() + ")", e);
        }
    }
}
