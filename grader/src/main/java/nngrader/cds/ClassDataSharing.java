package nngrader.cds;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Locale;

/**
 * Where the archives live and whether to use them. {@code NNGRADER_CDS=off} (or {@code -Dnngrader.cds=off})
 * starts every JVM without them, as before they existed (to measure them); {@code make} is set by
 * {@code grader cds} for the one grading of the template that writes them.
 *
 * <ul>
 * <li>the grader's and the compiler's archives: {@code grader/target/cds/} beside the grader's jar (in the
 *     bundle, inside the root-only bundle: only root runs these JVMs);
 * <li>the worker's: in its {@link SharedWorkerRuntime} folder, {@code /var/lib/nngrader/cds/worker-KEY/} when
 *     the grader is root (the worker's user must read it, and cannot read the bundle), else
 *     {@code grader/target/cds/worker-KEY/}.
 * </ul>
 * {@code NNGRADER_CDS_FOLDER=DIR} (or {@code -Dnngrader.cds.folder=DIR}) puts all of them in DIR (tests); a root
 * grader's workers must be able to see and read it (not below /tmp, /work or a home folder, which the jail hides).
 * {@code NNGRADER_CDS=require} makes every JVM fail to start when it cannot map its archive (tests).
 */
public final class ClassDataSharing {

    /**
     * USE: each JVM uses its archive when it is usable, else starts without it; REQUIRE: each JVM must map its
     * archive or not start at all ({@code -Xshare:on}: tests and benchmarks, to know the archives are used); OFF:
     * none is used; MAKE: each JVM writes its archive at its exit (set by {@code grader cds}).
     */
    public enum Mode { USE, REQUIRE, OFF, MAKE }

    static final String MODE_PROPERTY = "nngrader.cds";
    static final String MODE_VARIABLE = "NNGRADER_CDS";
    static final String FOLDER_PROPERTY = "nngrader.cds.folder";
    static final String FOLDER_VARIABLE = "NNGRADER_CDS_FOLDER";
    static final Path ROOT_WORKER_FOLDER = Path.of("/var/lib/nngrader/cds");

    private ClassDataSharing() {
    }

    public static Mode mode() {
        String property = System.getProperty(MODE_PROPERTY);
        String value = property != null ? property : System.getenv(MODE_VARIABLE);
        if (value == null) {
            return Mode.USE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "off", "false", "0" -> Mode.OFF;
            // only grader cds's own child JVM (-Dnngrader.cds=make) grades unjailed to write the archives: a stray
            // NNGRADER_CDS=make in a grader's environment must not run a student's code that way
            case "make" -> property != null ? Mode.MAKE : Mode.USE;
            case "require" -> Mode.REQUIRE;
            default -> Mode.USE;
        };
    }

    /** The grader JVM's own archive ({@code grader/bin/grader} uses it; {@code grader cds} makes it). */
    public static ArchiveFile grader() {
        return new ArchiveFile(graderFolder().resolve("grader.jsa"));
    }

    /** The archive of the child JVM that compiles a submission ({@code BoundedCompiler}). */
    public static ArchiveFile compiler() {
        return new ArchiveFile(graderFolder().resolve("compiler.jsa"));
    }

    /** The folder of the grader's and the compiler's archives. */
    public static Path graderFolder() {
        String folder = folderSetting();
        return folder != null ? Path.of(folder) : buildFolder().resolve("cds");
    }

    /** The folder that holds the worker's runtime copies and archives. */
    static Path workerFolder(boolean root) {
        String folder = folderSetting();
        if (folder != null) {
            return Path.of(folder);
        }
        return root ? ROOT_WORKER_FOLDER : graderFolder();
    }

    private static String folderSetting() {
        String folder = System.getProperty(FOLDER_PROPERTY, System.getenv(FOLDER_VARIABLE));
        return folder == null || folder.isBlank() ? null : folder;
    }

    /** grader/target: the folder of the running jar, or the parent of the running classes folder. */
    private static Path buildFolder() {
        CodeSource source = ClassDataSharing.class.getProtectionDomain().getCodeSource();
        try {
            Path location = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            return location.getParent() != null ? location.getParent() : location;
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("/nonexistent/nngrader");
        }
    }

    /** Whether this JVM runs as root (then the worker runs as another user, who must read its runtime). */
    public static boolean root() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
