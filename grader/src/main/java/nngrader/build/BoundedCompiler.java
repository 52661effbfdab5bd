package nngrader.build;

import nngrader.cds.ClassDataSharing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import nngrader.assignment.SubmittedFile;
import nngrader.locate.LocatedFile;
import nngrader.locate.LocatedSubmission;

/**
 * Compiles a submission as {@link SubmissionCompiler} does, in a child JVM with a heap limit and a time limit: a
 * 1 KB source of 16 nested {@code try/finally} blocks keeps javac busy for minutes and takes gigabytes. A file
 * that makes the compilation exceed them is found (javac says which student file it works on; if it was in none,
 * every file left is blamed), falls back like a file that does not compile, with a message that says why
 * ("Softmax.java took longer than 20 s to compile"), and the rest is compiled again.
 *
 * <p>The child runs as the grader's own user, not in the worker's jail, and that is safe because javac there runs
 * no student code: annotation processing is off ({@code -proc:none}, so no processor is looked for, and there is no
 * processor path), the class path and source path are empty (a student's {@code import} cannot pull in a file
 * from disk), no compiler plugin is named, and javac never loads the classes it compiles. It reads the student's
 * sources (as text, from the request), the template and the JDK's own class data, and writes class files into
 * the grading's folder; what a source can make it do is spend time and memory, which the limits above bound
 * (CPU time, wall time, {@code -Xmx}, and a stack of its own: {@code -Xss4m}).
 */
public final class BoundedCompiler implements SourceCompiler {
    /** Compiler CPU time per run: a normal submission takes 2 to 5 s of it on a loaded 2-core machine. */
    static final Duration CPU_LIMIT = Duration.ofSeconds(20);
    /** Wall time per run, so that a compiler that is starved of CPU still ends. */
    static final Duration WALL_LIMIT = CPU_LIMIT.multipliedBy(4);
    static final int HEAP_MB = 384;
    private static final List<String> JVM_FLAGS = List.of("-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData", "-Xss4m", "-XX:+DisplayVMOutputToStderr",
            "-Dfile.encoding=UTF-8");
    /** How a JVM run with -XX:+ExitOnOutOfMemoryError ends when the heap is full. */
    private static final int OUT_OF_MEMORY_STATUS = 3;

    private final Duration cpuLimit;
    private final int heapMb;
    /** The child JVM kept from one run to the next, or null for a child per run. */
    private final KeptCompilerJvm kept;

    public BoundedCompiler() {
        this(CPU_LIMIT, HEAP_MB, false);
    }

    BoundedCompiler(Duration cpuLimit, int heapMb) {
        this(cpuLimit, heapMb, false);
    }

    BoundedCompiler(Duration cpuLimit, int heapMb, boolean keepWarm) {
        this.cpuLimit = cpuLimit;
        this.heapMb = heapMb;
        this.kept = keepWarm ? new KeptCompilerJvm(command(CompilerProcess.SERVE), keptStderr()) : null;
    }

    /**
     * A compiler that keeps its child JVM from one compilation to the next while each ends within the limits, so
     * that its javac is warm: for a JVM that grades submission after submission ({@code grader batch}'s warm
     * graders). Each run has the same limits and gives the same results as with a child per run; one that ends the
     * JVM or is stopped makes the next start a fresh one. Compilations through one such compiler wait for each other.
     */
    public static BoundedCompiler keptWarm() {
        return new BoundedCompiler(CPU_LIMIT, HEAP_MB, true);
    }

    /** The pid of the compiler JVM it keeps, while it keeps one. */
    OptionalLong keptJvm() {
        return kept == null ? OptionalLong.empty() : kept.pid();
    }

    private static Path keptStderr() {
        try {
            Path file = Files.createTempFile("nngrader-compiler-", ".log");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a file for the compiler's messages", e);
        }
    }

    /** As {@link SubmissionCompiler#compile}; {@code outputDir}'s parent holds the exchange files. */
    @Override
    public CompiledSubmission compile(LocatedSubmission submission, TemplateSources template, Path outputDir) {
        Map<SubmittedFile, String> failed = new LinkedHashMap<>();
        Path work;
        try {
            work = Files.createTempDirectory(outputDir.toAbsolutePath().getParent(), "compile-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the compiler", e);
        }
        try {
            for (int run = 0; ; run++) {
                Run result = run(submission, template, outputDir, failed, work.resolve("run-" + run));
                if (result.response() != null) {
                    if (result.response().brokenTemplate() != null) {
                        throw new BrokenTemplateException(result.response().brokenTemplate());
                    }
                    return result.response().compiled();
                }
                List<SubmittedFile> left = submission.files().stream().map(LocatedFile::wanted)
                        .filter(w -> !failed.containsKey(w)).toList();
                if (left.isEmpty()) {
                    throw new BrokenTemplateException("the template alone does not compile within the limits ("
                            + result.why() + ")");
                }
                Optional<SubmittedFile> culprit = result.lastFile().filter(left::contains);
                for (SubmittedFile file : culprit.map(List::of).orElse(left)) {
                    failed.put(file, file.fileName() + " " + result.why() + (culprit.isPresent() ? ""
                            : " (the compiler was not in one of your files; every file left is blamed)")
                            + ": the compiler was stopped. Deeply nested try/finally blocks, huge constants or"
                            + " generated code can make compiling take this long or this much memory.");
                }
                empty(outputDir);
            }
        } finally {
            delete(work);
        }
    }

    /** One child run: its response, or why it was stopped and the student file it was in. */
    private record Run(CompilerProcess.Response response, String why, Optional<SubmittedFile> lastFile) {
    }

    private Run run(LocatedSubmission submission, TemplateSources template, Path outputDir,
                    Map<SubmittedFile, String> failed, Path work) {
        try {
            Files.createDirectories(work);
            Path request = work.resolve("request.json");
            Path response = work.resolve("response.json");
            Path progress = work.resolve("progress");
            Files.createFile(progress);
            List<CompilerProcess.Failed> already = new ArrayList<>();
            failed.forEach((file, message) -> already.add(new CompilerProcess.Failed(file, message)));
            CompilerProcess.JSON.writeValue(request.toFile(), new CompilerProcess.Request(submission,
                    template.root().toAbsolutePath().toString(), outputDir.toAbsolutePath().toString(), already));
            Path stderr = work.resolve("stderr");
            CompilerEnding ended = kept != null ? kept.run(request, response, progress, cpuLimit, WALL_LIMIT)
                    : oneShot(request, response, progress, stderr);
            String stopped = ended.stopped();
            if (stopped == null && Files.isRegularFile(response)) {
                return new Run(CompilerProcess.JSON.readValue(response.toFile(), CompilerProcess.Response.class),
                        null, Optional.empty());
            }
            if (stopped == null) {
                String err = ended.stderr();
                stopped = err.contains("OutOfMemoryError") || ended.exit() == OUT_OF_MEMORY_STATUS
                        ? "needed more than " + heapMb + " MB to compile"
                        : err.contains("StackOverflowError") ? "overflowed the compiler's stack"
                        : "made the compiler fail (exit status " + ended.exit() + ")";
            }
            return new Run(null, stopped, lastFile(progress, submission));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the compiler", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling", e);
        }
    }

    /** A child JVM for this run alone. */
    private CompilerEnding oneShot(Path request, Path response, Path progress, Path stderr)
            throws IOException, InterruptedException {
        Process child = new ProcessBuilder(command(request.toString(), response.toString(), progress.toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();
        String stopped = waitWithin(child);
        if (stopped != null) {
            return CompilerEnding.stoppedBecause(stopped);
        }
        // what it printed is read only when it gave no answer: it says why
        boolean answered = Files.isRegularFile(response);
        return new CompilerEnding(null, child.exitValue(), answered || !Files.isRegularFile(stderr) ? ""
                : Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /** Null when the child ended on its own; else why it was killed. */
    private String waitWithin(Process child) throws InterruptedException {
        Instant wallEnds = Instant.now().plus(WALL_LIMIT);
        while (!child.waitFor(100, TimeUnit.MILLISECONDS)) {
            Duration cpu = child.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
            if (cpu.compareTo(cpuLimit) > 0 || Instant.now().isAfter(wallEnds)) {
                child.destroyForcibly();
                child.waitFor();
                return "took longer than " + cpuLimit.toSeconds() + " s to compile";
            }
        }
        return null;
    }

    /** The compiler JVM's command line, then {@code arguments} of {@link CompilerProcess}. */
    private List<String> command(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heapMb + "m");
        command.addAll(JVM_FLAGS);
        // its class path is the grader's, so its archive is made from the grader's jar like the grader's own
        command.addAll(ClassDataSharing.compiler().flags());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CompilerProcess.class.getName());
        command.addAll(List.of(arguments));
        return command;
    }

    /** The student file javac last started on, from the progress file. */
    private static Optional<SubmittedFile> lastFile(Path progress, LocatedSubmission submission) throws IOException {
        List<String> lines = Files.readAllLines(progress, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String last = lines.get(lines.size() - 1);
        return submission.files().stream().map(LocatedFile::wanted).filter(w -> w.file().equals(last)).findFirst();
    }

    private static void empty(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(folder)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + folder, e);
        }
    }

    private static void delete(Path folder) {
        try {
            empty(folder);
            Files.deleteIfExists(folder);
        } catch (IOException | UncheckedIOException e) {
            // in the grading's scratch folder, which is removed anyway
        }
    }
}
