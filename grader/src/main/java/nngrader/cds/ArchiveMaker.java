package nngrader.cds;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes the three archives from one grading of the template: a child grader JVM, started with this JVM's flags and
 * {@code -XX:ArchiveClassesAtExit}, grades the template's sources in {@link ClassDataSharing.Mode#MAKE} mode, so
 * that its compiler JVM and its worker JVM write theirs too. The template is the course's own code and no submission
 * is involved, so nothing a student wrote can end up in an archive. Run it as the user who grades (root on
 * Gradescope): the worker's archive then lands where a root grader looks for it.
 */
public final class ArchiveMaker {

    /** What was made: each archive made, and a sentence for each that was not. */
    public record Made(List<Path> archives, List<String> problems) {
    }

    /** How long the template's grading may take (it fails every test at once: a few seconds). */
    static final long TIMEOUT_MINUTES = 10;

    /**
     * @param assignment the assignment folder, whose suite grades the template
     * @param template   the template's sources (a submission of nothing but stubs)
     * @param runtime    the worker's runtime, copied to a stable place first
     */
    public Made make(Path assignment, Path template, List<Path> runtime) throws IOException, InterruptedException {
        SharedWorkerRuntime worker = SharedWorkerRuntime.install(runtime);
        List<ArchiveFile> archives = List.of(ClassDataSharing.grader(), ClassDataSharing.compiler(), worker.archive());
        Files.createDirectories(ClassDataSharing.graderFolder());
        for (ArchiveFile archive : archives) {
            Files.deleteIfExists(archive.unsealed());
        }
        Path scratch = Files.createTempDirectory("nngrader-cds-");
        List<String> problems = new ArrayList<>();
        try {
            Path log = scratch.resolve("grading.log");
            Process grading = new ProcessBuilder(command(assignment, template, scratch.resolve("results.json")))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!grading.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                grading.destroyForcibly().waitFor();
                problems.add("the template's grading took longer than " + TIMEOUT_MINUTES + " minutes");
            } else if (grading.exitValue() != 0) {
                problems.add("the template's grading exited with status " + grading.exitValue() + ": "
                        + tail(Files.readString(log, StandardCharsets.UTF_8)));
            }
            List<Path> made = new ArrayList<>();
            for (ArchiveFile archive : archives) {
                if (archive.seal()) {
                    made.add(archive.file());
                } else {
                    problems.add(archive.file() + " was not written");
                }
            }
            return new Made(made, problems);
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** {@code java <this JVM's flags> -XX:ArchiveClassesAtExit=grader.jsa -cp <this class path> Main grade ...}. */
    private static List<String> command(Path assignment, Path template, Path results) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!flag.startsWith("-XX:SharedArchiveFile=") && !flag.startsWith("-XX:ArchiveClassesAtExit=")
                    && !flag.startsWith("-Xshare:") && !flag.startsWith("-Xlog:") && !flag.startsWith("-D" + ClassDataSharing.MODE_PROPERTY + "=")) {
                command.add(flag);
            }
        }
        command.add("-XX:ArchiveClassesAtExit=" + ClassDataSharing.grader().unsealed());
        // the dump's own notes ("Skipping ...: Old class") are no one's business
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-D" + ClassDataSharing.MODE_PROPERTY + "=make");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("nngrader.cli.Main");
        command.addAll(List.of("grade", "--quiet", "--assignment", assignment.toString(), "--submission",
                template.toString(), "--results", results.toString()));
        return command;
    }

    private static String tail(String text) {
        String t = text.strip();
        return t.length() <= 2000 ? t : "..." + t.substring(t.length() - 2000);
    }
}
