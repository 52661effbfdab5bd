package nngrader.batch.warm;

import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.batch.ChildGrader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One warm grader JVM ({@link GradingServer}) as {@link WarmGrader} sees it: it sends a request and waits for the
 * reply, at most a grading's time. A server that could not be started answers every request as one that died.
 */
final class ServerProcess {
    /** How a request ended. */
    enum Ending { REPLIED, DIED, TIMED_OUT }

    /** @param exit the grading's exit status, when it {@link Ending#REPLIED} */
    record Outcome(Ending ending, int exit) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What the reader puts in the queue at the end of the server's output: it has died. */
    private static final int END = Integer.MIN_VALUE;
    /** How long a server told to finish (its input closed) has before it is stopped. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final Process process;
    private final Path log;
    private final Writer requests;
    private final BlockingQueue<Integer> replies = new LinkedBlockingQueue<>();
    private int served;

    private ServerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.requests = process == null ? null
                : new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        if (process == null) {
            replies.add(END);
            return;
        }
        Thread reader = new Thread(this::readReplies, "warm-grader-replies-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code grader serve}; its own output goes to {@code log}. */
    static ServerProcess start(List<String> command, Path log) {
        try {
            return new ServerProcess(new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start(), log);
        } catch (IOException e) {
            try {
                Files.writeString(log, "cannot start " + command + ": " + e.getMessage() + "\n");
            } catch (IOException unwritable) {
                // the log only helps the staff see why
            }
            return new ServerProcess(null, log);
        }
    }

    /** How many gradings this server has answered. */
    int served() {
        return served;
    }

    Outcome grade(GradingServer.Request request, Duration timeout) throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return new Outcome(Ending.DIED, 0);
        }
        try {
            requests.write(JSON.writeValueAsString(request) + "\n");
            requests.flush();
        } catch (IOException e) {
            return new Outcome(Ending.DIED, 0);
        }
        Integer exit = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (exit == null) {
            return new Outcome(Ending.TIMED_OUT, 0);
        }
        if (exit == END) {
            replies.add(END);
            return new Outcome(Ending.DIED, 0);
        }
        served++;
        return new Outcome(Ending.REPLIED, exit);
    }

    /** Stops it at once, and whatever it started: the grader's own stop of a child grader. */
    void stop() {
        if (process != null) {
            ChildGrader.stop(List.of(process));
        }
    }

    /** Lets it finish: its input ends, so it exits after its last reply; it is stopped if it does not. */
    void close() {
        if (process == null) {
            return;
        }
        try {
            requests.close();
            if (!process.waitFor(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                stop();
            }
        } catch (IOException e) {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop();
        }
    }

    Process process() {
        return process;
    }

    /** The last lines it printed on its own (not a grading's), for the staff: why it died, e.g. a full heap. */
    String lastWords(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private void readReplies() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(GradingServer.REPLY)) {
                    try {
                        replies.add(Integer.parseInt(line.substring(GradingServer.REPLY.length()).strip()));
                    } catch (NumberFormatException e) {
                        replies.add(GradingServer.FAILED);
                    }
                }
            }
        } catch (IOException e) {
            // the server is gone: as at the end of its output
        }
        replies.add(END);
    }
}
