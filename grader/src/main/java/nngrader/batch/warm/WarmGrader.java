package nngrader.batch.warm;

import nngrader.batch.ChildGrader;
import nngrader.batch.SubmissionGrading;
import nngrader.report.Scores;
import nngrader.report.ScoresFile;
import nngrader.scratch.ScratchFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Grades a batch's submissions in warm grader JVMs, one per job ({@link GradingServer}), each of which grades
 * submission after submission: its javac, JUnit and suite classes stay loaded and JIT-compiled, while every
 * grading still compiles in a bounded child JVM, runs the student's code in a fresh jailed worker, and loads the
 * hidden suite in a class loader of its own, as {@code grader grade} does. Nothing of a submission is left for
 * the next: its worker and every process and file of its sandbox user are gone when its results are written.
 *
 * <p>A grader JVM that does not answer, dies (it exits when its heap is full), or cannot grade a submission is
 * replaced by a fresh one, started at once; that submission is graded again as {@link ChildGrader} grades,
 * in a JVM of its own, so it gets what {@code grader grade} would give it. One that takes longer than the
 * grading time is stopped and earns what {@link ChildGrader#tookTooLong()} says. Each grader JVM is replaced
 * after {@value #GRADINGS_PER_SERVER} gradings, which bounds what a leak could add up to.
 *
 * <pre>{@code
 * try (WarmGrader grading = new WarmGrader(new ChildGrader(assignment, format, null, timeout), 2)) {
 *     Scores scores = grading.grade(Path.of("submissions/ada"), Path.of("graded/submissions/ada/results.json"));
 * }
 * }</pre>
 */
public final class WarmGrader implements SubmissionGrading, AutoCloseable {
    static final int GRADINGS_PER_SERVER = 50;
    /** A full heap ends the JVM, which is then replaced, instead of leaving it to grade in an unknown state. */
    static final List<String> SERVER_FLAGS = List.of("-XX:+ExitOnOutOfMemoryError");

    private final ChildGrader cold;
    private final SubmissionGrading fallback;
    private final List<String> serverCommand;
    private final BlockingQueue<ServerProcess> idle;
    private final Set<ServerProcess> running = ConcurrentHashMap.newKeySet();
    private final Path logs;
    private final AtomicInteger started = new AtomicInteger();
    private final Thread stopOnExit;

    /** Starts {@code jobs} grader JVMs at once, so that they are ready when the first submissions come. */
    public WarmGrader(ChildGrader cold, int jobs) throws IOException {
        this(cold, cold, serve(), jobs);
    }

    /**
     * @param cold          gives each grading's arguments, time limit and what a grading that took too long earns
     * @param fallback      grades a submission that its grader JVM failed
     * @param serverCommand starts a grader JVM ({@code grader serve})
     */
    WarmGrader(ChildGrader cold, SubmissionGrading fallback, List<String> serverCommand, int jobs) throws IOException {
        this.cold = cold;
        this.fallback = fallback;
        this.serverCommand = List.copyOf(serverCommand);
        this.idle = new ArrayBlockingQueue<>(jobs);
        this.logs = ScratchFolder.create("nngrader-warm-");
        for (int i = 0; i < jobs; i++) {
            idle.add(start());
        }
        // Ctrl-C on a batch must not leave graders (and their workers) running in the background
        stopOnExit = new Thread(() -> ChildGrader.stop(running.stream().map(ServerProcess::process)
                .filter(p -> p != null).toList()), "stop-warm-graders");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    @Override
    public Scores grade(Path submission, Path results) throws Exception {
        Path scores = ChildGrader.scoresFile(results);
        Files.deleteIfExists(scores);
        ServerProcess server = idle.take();
        ServerProcess next = server;
        try {
            GradingServer.Request request = new GradingServer.Request(
                    cold.gradeArguments(submission, results, scores),
                    results.toAbsolutePath().resolveSibling(ChildGrader.LOG).toString());
            ServerProcess.Outcome outcome = server.grade(request, cold.timeout());
            if (outcome.ending() == ServerProcess.Ending.TIMED_OUT) {
                next = replace(server, false);
                return cold.tookTooLong();
            }
            Scores graded = outcome.ending() == ServerProcess.Ending.REPLIED && outcome.exit() == 0 ? read(scores) : null;
            if (graded != null && !graded.failedToGrade()) {
                if (server.served() >= GRADINGS_PER_SERVER) {
                    next = replace(server, true);
                }
                return graded;
            }
            // the grader JVM may be what failed: a fresh one for the next, and this one graded as grade would
            next = replace(server, outcome.ending() == ServerProcess.Ending.REPLIED);
            Scores again = fallback.grade(submission, results);
            noteInLog(results, server, outcome, graded);
            return again;
        } finally {
            Files.deleteIfExists(scores);
            idle.add(next);     // never blocks: this job took one out, and an interrupt must not lose it
        }
    }

    /** Stops every grader JVM; the batch is over. */
    @Override
    public void close() {
        List<ServerProcess> servers = List.copyOf(running);
        servers.forEach(ServerProcess::close);
        running.clear();
        ScratchFolder.delete(logs);
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
    }

    private static List<String> serve() {
        List<String> command = ChildGrader.jvm(SERVER_FLAGS);
        command.add("serve");
        return command;
    }

    private ServerProcess start() {
        ServerProcess server = ServerProcess.start(serverCommand, logs.resolve("grader-" + started.incrementAndGet()
                + ".log"));
        running.add(server);
        return server;
    }

    /** A fresh server in place of {@code old}, which is let finish when it still answers, and else stopped. */
    private ServerProcess replace(ServerProcess old, boolean answers) {
        running.remove(old);
        if (answers) {
            old.close();
        } else {
            old.stop();
        }
        return start();
    }

    /** Tells the staff, in the submission's grader.log, why it was graded twice. */
    private static void noteInLog(Path results, ServerProcess server, ServerProcess.Outcome outcome, Scores graded) {
        String why = outcome.ending() == ServerProcess.Ending.DIED ? "ended during this grading"
                : graded != null ? "could not grade it (" + graded.problem() + ")"
                : "answered with status " + outcome.exit() + " and no scores";
        String words = server.lastWords(20);
        try {
            Files.writeString(results.toAbsolutePath().resolveSibling(ChildGrader.LOG), "\n(for the staff) the warm"
                    + " grader JVM " + why + "; this submission was graded again by a grader JVM of its own, above."
                    + (words.isBlank() ? "" : " What the warm grader JVM printed last:\n" + words) + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the note only helps the staff; the scores are what count
        }
    }

    private static Scores read(Path scores) {
        try {
            return Files.isRegularFile(scores) ? ScoresFile.read(scores) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
