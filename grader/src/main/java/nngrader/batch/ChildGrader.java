package nngrader.batch;

import nngrader.cds.ClassDataSharing;
import nngrader.report.ResultsFormat;
import nngrader.report.Scores;
import nngrader.report.ScoresFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Grades each submission with {@code grader grade} in a JVM of its own, started as
 * {@code grader/bin/grader} starts it (C1 only, serial GC). A child per submission keeps gradings
 * apart: one that exhausts memory, hangs or crashes costs only its own submission; each starts with a
 * fresh heap, so the batch's peak memory is that of {@code jobs} single gradings; and every grading is
 * exactly the run Gradescope would do. The child writes the results file and a {@link Scores} record;
 * what it prints goes to {@code grader.log} beside the results.
 */
public final class ChildGrader implements SubmissionGrading {
    /** Flags of grader/bin/grader: a grading is short, so C2's compile threads would waste a core. */
    static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    public static final String LOG = "grader.log";
    private static final String SCORES = ".scores.json";
    /** How long a grader asked to stop has to stop its worker and remove its scratch folders. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);

    private final Path assignment;
    private final ResultsFormat format;
    private final String sandboxUser;
    private final Duration timeout;
    private final Set<Process> running = ConcurrentHashMap.newKeySet();

    /**
     * @param sandboxUser the one user that runs student code, or null for a user of the pool per grading
     * @param timeout     how long one child may take before it is stopped: the assignment's total time
     *                    budget plus the time a JVM needs to start and write its results
     */
    public ChildGrader(Path assignment, ResultsFormat format, String sandboxUser, Duration timeout) {
        this.assignment = assignment.toAbsolutePath();
        this.format = format;
        this.sandboxUser = sandboxUser;
        this.timeout = timeout;
        // Ctrl-C on a batch must not leave graders (and their workers) running in the background.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(List.copyOf(running)), "stop-child-graders"));
    }

    @Override
    public Scores grade(Path submission, Path results) throws IOException, InterruptedException {
        Path folder = results.toAbsolutePath().getParent();
        Path scores = scoresFile(results);
        Files.deleteIfExists(scores);
        Process child = new ProcessBuilder(command(submission.toAbsolutePath(), results.toAbsolutePath(), scores))
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve(LOG).toFile())
                .start();
        running.add(child);
        try {
            if (!child.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                stop(List.of(child));
                return tookTooLong();
            }
            // a grading that found the staff's mistake (exit 2) still leaves its scores: they say what it was
            if (!Files.isRegularFile(scores)) {
                return Scores.notGraded("the grader exited with status " + child.exitValue()
                        + " without a result (see " + LOG + ").");
            }
            return ScoresFile.read(scores);
        } finally {
            running.remove(child);
            Files.deleteIfExists(scores);
        }
    }

    /** How long one grading may take before it is stopped. */
    public Duration timeout() {
        return timeout;
    }

    /** What a grading stopped after {@link #timeout()} earns. */
    public Scores tookTooLong() {
        return Scores.notGraded("grading took longer than " + timeout.toSeconds() + " s and was stopped (see " + LOG
                + ").");
    }

    private List<String> command(Path submission, Path results, Path scores) {
        List<String> command = new ArrayList<>(jvm(List.of()));
        command.addAll(gradeArguments(submission, results, scores));
        return command;
    }

    /**
     * The command that starts a grader JVM as {@code grader/bin/grader} does, before its arguments.
     *
     * @param flags more JVM flags, after the launcher's
     */
    public static List<String> jvm(List<String> flags) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        // the launcher's class-data archive: the class path is the same nngrader.jar it was made with
        command.addAll(ClassDataSharing.grader().flags());
        command.addAll(flags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path")); // nngrader.jar (its manifest names lib/), or the build's classes
        command.add("nngrader.cli.Main");
        return command;
    }

    /** The {@code grader grade} arguments that grade {@code submission} for this batch. */
    public List<String> gradeArguments(Path submission, Path results, Path scores) {
        // not --quiet: the table and the staff's notes are what grader.log is for
        List<String> arguments = new ArrayList<>(List.of("grade", "--assignment", assignment.toString(),
                "--submission", submission.toAbsolutePath().toString(), "--results", results.toAbsolutePath().toString(),
                "--format", format.name(), "--record", scores.toAbsolutePath().toString()));
        if (sandboxUser != null) {
            arguments.addAll(List.of("--sandbox-user", sandboxUser));
        }
        return arguments;
    }

    /** Where a grading of {@code results} writes its {@link Scores} record (beside the results, then removed). */
    public static Path scoresFile(Path results) {
        return results.toAbsolutePath().getParent().resolve(SCORES);
    }

    /**
     * Asks the graders to stop (SIGTERM), so that their shutdown hooks stop their workers and remove
     * their scratch folders, then kills whatever of their process trees is left after a grace period.
     */
    public static void stop(Collection<Process> graders) {
        Map<Process, List<ProcessHandle>> trees = new HashMap<>();
        graders.forEach(grader -> trees.put(grader, grader.descendants().toList()));   // before they lose their parent
        graders.forEach(Process::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (Process grader : graders) {
            try {
                grader.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        trees.forEach((grader, tree) -> {
            tree.forEach(ProcessHandle::destroyForcibly);
            grader.destroyForcibly();
        });
    }
}
