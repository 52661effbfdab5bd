package nngrader.batch.warm;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The loop of a warm grader JVM ({@code grader serve}, which {@link WarmGrader} starts): it reads one request a
 * line, the {@code grader grade} command line of one submission and the log that grading prints to, runs that
 * command in this JVM, and answers with a line that holds its exit status. Its JIT-compiled grader, JUnit
 * engine and class-data stay loaded from one submission to the next; what each grading starts (the compiler's
 * JVM, the jailed worker, the hidden suite's class loader) is its own, as in {@code grader grade}.
 *
 * <pre>{@code
 * > {"arguments":["grade","--assignment","/a","--submission","/s/ada","--results","/o/ada/results.json"],"log":"/o/ada/grader.log"}
 * < nngrader-serve-exit 0
 * }</pre>
 * It ends at the end of its input. Only {@code grade} is served: what else a request asks is answered with
 * status 2 and a line in its log.
 */
public final class GradingServer {
    /** The start of a reply line; any other line on the replies' stream is not a reply. */
    static final String REPLY = "nngrader-serve-exit ";
    /** The exit status of a request that threw (the caller grades that submission again in a JVM of its own). */
    static final int FAILED = 70;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One grading: the arguments of {@code grader ...} and the file that what it prints goes to. */
    public record Request(List<String> arguments, String log) {
    }

    /** Runs one {@code grader} command line in this JVM, printing to {@code out}; returns its exit status. */
    @FunctionalInterface
    public interface Commands {
        int run(List<String> arguments, PrintWriter out);
    }

    private final Commands commands;

    public GradingServer(Commands commands) {
        this.commands = commands;
    }

    /** Serves requests until the end of {@code requests}. */
    public void serve(InputStream requests, PrintStream replies) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(requests, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            replies.println(REPLY + answer(line));
            replies.flush();
        }
    }

    private int answer(String line) {
        Request request;
        try {
            request = JSON.readValue(line, Request.class);
        } catch (IOException e) {
            return FAILED;
        }
        if (request.log() == null || request.arguments() == null) {
            return FAILED;
        }
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(Path.of(request.log()), StandardCharsets.UTF_8),
                true)) {
            if (request.arguments().isEmpty() || !request.arguments().get(0).equals("grade")) {
                log.println("grader serve: only grade is served, not " + request.arguments());
                return 2;
            }
            try {
                return commands.run(request.arguments(), log);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                // the grade command catches what a grading throws; this is the server's own failure
                e.printStackTrace(log);
                return FAILED;
            }
        } catch (IOException e) {
            return FAILED;
        }
    }
}
