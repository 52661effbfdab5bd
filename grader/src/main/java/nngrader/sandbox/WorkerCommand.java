package nngrader.sandbox;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nngrader.cds.ClassDataSharing;
import nngrader.sandbox.worker.WorkerMain;

/**
 * The command line and environment that start a worker JVM. Kept apart so that a wrapper (setpriv,
 * prlimit, unshare for an unprivileged user without network) can be put in front of it.
 */
public final class WorkerCommand {

    /**
     * JVM flags, chosen by measurement (SandboxBenchmark in the tests, JDK 17, one CPU):
     * <ul>
     * <li>default tiered compilation, not -XX:TieredStopAtLevel=1: C1 alone starts a worker about
     *     90 ms sooner but runs student number crunching 1.75-3 times slower, and one worker
     *     serves a whole run that includes training loops under a time limit;
     * <li>serial GC: as fast to start as G1, less memory and no write barriers in student loops;
     * <li>-Xshare:auto: the JDK's class-data archive saves 20-40 ms of start-up;
     * <li>VM output (warnings, "Terminating due to java.lang.OutOfMemoryError", which HotSpot
     *     prints to stdout by default) goes to stderr: stdout carries the frames.
     * </ul>
     */
    static final List<String> JVM_FLAGS = List.of(
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:+DisableAttachMechanism",
            "-XX:+UseSerialGC",
            "-Xshare:auto",
            "-XX:-UsePerfData",
            "-XX:+DisplayVMOutputToStderr",
            "-Xlog:disable",
            "-Xlog:all=warning:stderr",
            "-Dfile.encoding=UTF-8",
            "-Djava.awt.headless=true");

    private WorkerCommand() {
    }

    /** {@code java -Xmx.. -Xss.. <flags> -cp <runtime + submission> WorkerMain <maxFrameBytes> <outputCapBytes>}. */
    public static List<String> of(WorkerSettings settings) {
        return of(settings, runtime());
    }

    /** The same, with the worker's runtime taken from {@code runtime} (e.g. copies the worker's user can read). */
    public static List<String> of(WorkerSettings settings, List<Path> runtime) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + settings.heapMb() + "m");
        command.add("-Xss" + settings.stackKb() + "k");
        command.addAll(JVM_FLAGS);
        if (ClassDataSharing.mode() == ClassDataSharing.Mode.MAKE) {
            // grader cds: the template's classes in a loader of their own (see WorkerMain), the runtime's archived
            command.add("-Dnngrader.cds=make");
            command.add("-Dnngrader.cds.classes=" + classPath(List.of(), settings.classPath()));
            command.add("-cp");
            command.add(classPath(runtime, List.of()));
        } else {
            command.add("-cp");
            command.add(classPath(runtime, settings.classPath()));
        }
        command.add(WorkerMain.class.getName());
        command.add(Integer.toString(settings.maxFrameBytes()));
        command.add(Integer.toString(settings.outputCapBytes()));
        return command;
    }

    /** The worker's environment: nothing of the grader's (no JAVA_TOOL_OPTIONS, no tokens), just enough to run. */
    public static Map<String, String> environment() {
        return Map.of("PATH", "/usr/local/bin:/usr/bin:/bin", "LANG", "C.UTF-8");
    }

    /** The worker's own code: the classes of its main class and jackson-core, wherever they were loaded from. */
    public static List<Path> runtime() {
        return List.of(codeSource(WorkerMain.class), codeSource(JsonFactory.class));
    }

    /** The runtime first, so a submission cannot replace the worker's classes. */
    private static String classPath(List<Path> runtime, List<Path> submission) {
        Set<Path> entries = new LinkedHashSet<>(runtime);
        entries.addAll(submission);
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static Path codeSource(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from");
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from", e);
        }
    }
}
