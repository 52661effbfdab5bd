package nngrader.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The compiler JVM that {@link BoundedCompiler#keptWarm()} keeps: one {@code CompilerProcess serve}, given one run
 * after another, so that javac is loaded and JIT-compiled once. Each run has the limits of a one-shot child: its own
 * CPU time (what the JVM spent since the run began), wall time, and the JVM's heap. A run that exceeds them, or
 * that ends the JVM, ends this JVM too; the next run starts a fresh one. It ends with its parent, whose pipe is its
 * input.
 */
final class KeptCompilerJvm {
    /** The end of the JVM's output: it has exited. */
    private static final String END = "";

    private final List<String> command;
    private final Path stderr;
    private Process process;
    private Writer requests;
    private BlockingQueue<String> answers;

    /**
     * @param command starts {@code CompilerProcess serve}
     * @param stderr  where the JVM's error output goes (read when it dies)
     */
    KeptCompilerJvm(List<String> command, Path stderr) {
        this.command = command;
        this.stderr = stderr;
    }

    synchronized CompilerEnding run(Path request, Path response, Path progress, Duration cpuLimit, Duration wallLimit)
            throws IOException, InterruptedException {
        String line = CompilerProcess.JSON.writeValueAsString(List.of(request.toString(), response.toString(),
                progress.toString())) + "\n";
        if (process == null || !process.isAlive()) {
            start();
        }
        Duration cpuBefore = cpu();
        try {
            requests.write(line);
            requests.flush();
        } catch (IOException ended) {
            // it ended between two runs: this run gets a fresh one
            stop();
            start();
            cpuBefore = cpu();
            requests.write(line);
            requests.flush();
        }
        Instant wallEnds = Instant.now().plus(wallLimit);
        while (true) {
            String answer = answers.poll(100, TimeUnit.MILLISECONDS);
            if (CompilerProcess.COMPILED.equals(answer)) {
                return CompilerEnding.answered();
            }
            if (END.equals(answer)) {
                process.waitFor();
                CompilerEnding died = new CompilerEnding(null, process.exitValue(),
                        Files.readString(stderr, StandardCharsets.UTF_8));
                process = null;
                return died;
            }
            if (cpu().minus(cpuBefore).compareTo(cpuLimit) > 0 || Instant.now().isAfter(wallEnds)) {
                stop();
                return CompilerEnding.stoppedBecause("took longer than " + cpuLimit.toSeconds() + " s to compile");
            }
        }
    }

    /** The JVM's pid, while there is one. */
    synchronized OptionalLong pid() {
        return process == null || !process.isAlive() ? OptionalLong.empty() : OptionalLong.of(process.pid());
    }

    /** Stops the JVM, if there is one. */
    synchronized void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    private void start() throws IOException {
        Files.deleteIfExists(stderr);
        process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        answers = queue;
        Process started = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(started.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    queue.add(line);
                }
            } catch (IOException e) {
                // the JVM is gone: as at the end of its output
            }
            queue.add(END);
        }, "kept-compiler-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    private Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
