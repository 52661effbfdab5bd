package nngrader.grade;

import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.assignment.InvalidAssignmentException;
import nngrader.assignment.StaleSources;
import nngrader.build.CompiledSubmission;
import nngrader.build.FileOutcome;
import nngrader.build.BoundedCompiler;
import nngrader.build.SourceCompiler;
import nngrader.build.TrustedSourcesCompiler;
import nngrader.build.TemplateSources;
import nngrader.locate.LocatedSubmission;
import nngrader.locate.SubmissionLocator;
import nngrader.report.GradingReport;
import nngrader.run.RunResult;
import nngrader.run.SuiteRunner;
import nngrader.sandbox.jail.Jail;
import nngrader.sandbox.jail.JailOptions;
import nngrader.sandbox.Sandbox;
import nngrader.sandbox.jail.WorkerJail;
import nngrader.sandbox.WorkerSettings;
import nngrader.scratch.ScratchFolder;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Grades one submission: locate → build → sandbox → run, into a {@link GradingReport}. Problems of
 * the submission become feedback; a problem of the assignment or the grader becomes a report that
 * says so, with score 0. It never throws.
 */
public final class Grader {
    private static final int OUTPUT_CAP_PER_CALL = 8 * 1024;

    private final AssignmentLoader loader = new AssignmentLoader();
    private final SubmissionLocator locator = new SubmissionLocator();
    private final SourceCompiler compiler;
    private final SuiteRunner runner;
    private final JailOptions jail;

    /** A grader whose worker is locked down as {@link JailOptions#defaults()} says. */
    public Grader() {
        this(JailOptions.defaults());
    }

    public Grader(JailOptions jail) {
        this(jail, new SuiteRunner());
    }

    /** @param runner runs the hidden suite, e.g. one that stops at the first lost point for verify's mutants */
    public Grader(JailOptions jail, SuiteRunner runner) {
        this(jail, runner, new BoundedCompiler());
    }

    private Grader(JailOptions jail, SuiteRunner runner, SourceCompiler compiler) {
        this.jail = jail;
        this.runner = runner;
        this.compiler = compiler;
    }

    /**
     * A grader whose submissions are compiled by {@code compiler}, e.g. one that keeps its JVM warm
     * ({@link BoundedCompiler#keptWarm()}) for a grader that grades submission after submission.
     */
    public static Grader compilingWith(JailOptions jail, BoundedCompiler compiler) {
        return new Grader(jail, new SuiteRunner(), compiler);
    }

    /**
     * A grader for TRUSTED SOURCES ONLY: {@code grader verify}'s mutants of the reference, which it compiles in
     * this JVM with no heap or time limit ({@link TrustedSourcesCompiler}) instead of a bounded child JVM per
     * grading. Everything else is a grading as any: the submission is located, compiled file by file, and run
     * in a jailed worker by the hidden suite. {@code grade} and {@code batch} never make one: a student's
     * upload is always compiled by a {@link BoundedCompiler}.
     */
    public static Grader forTrustedSources(JailOptions jail, SuiteRunner runner) {
        return new Grader(jail, runner, new TrustedSourcesCompiler());
    }

    /** Whether this grader compiles in its own JVM, without limits ({@link #forTrustedSources}). */
    public boolean trustsSources() {
        return compiler instanceof TrustedSourcesCompiler;
    }

    public GradingReport grade(Path assignmentDir, Path submissionDir) {
        return grade(assignmentDir, submissionDir, null);
    }

    /** @param results where the report will be written (hidden from the worker), or null */
    public GradingReport grade(Path assignmentDir, Path submissionDir, Path results) {
        Instant start = Instant.now();
        String title = assignmentDir.getFileName() == null ? "assignment" : assignmentDir.getFileName().toString();
        Optional<String> stale = Optional.empty();
        GradingReport report;
        try {
            Assignment assignment = loader.load(assignmentDir);
            title = assignment.title();
            // Gradescope grades from a bundle, which holds no sources: this warns the staff grading in a checkout
            stale = new StaleSources().find(assignment.suite()).map(s -> "(for the staff) WARNING: " + s.sentence() + ".");
            report = Files.isRegularFile(submissionDir)
                    ? GradingReport.failed(title, notAFolder(submissionDir), seconds(start))
                    : grade(assignment, submissionDir, results, start);
        } catch (InvalidAssignmentException e) {
            report = GradingReport.failed(title, "assignment: " + e.getMessage(), seconds(start));
        } catch (Exception | LinkageError | StackOverflowError e) {
            report = GradingReport.failed(title, e.toString(), seconds(start));
        }
        report = report.withExtraData("grader", GraderVersion.text());
        return stale.isPresent() ? report.withStaffNote(stale.get()) : report;
    }

    /**
     * Grades a submission once per seed of {@code grader verify}'s seed sweep: it is located and compiled
     * once, and one worker serves every run (it restarts only after a failure, as in any grading), and one
     * class loader of the hidden suite, whose code the JIT then compiles once. Seed
     * {@code n} replaces the submission's own (its {@link LocatedSubmission#fingerprint()}) as the source of
     * every {@code Seeded} input, and gives the same inputs to every submission; a student cannot choose it.
     *
     * @param graded told of each seed's report, in the order of {@code seeds}
     */
    public void gradeUnderSeeds(Path assignmentDir, Path submissionDir, List<Long> seeds,
            BiConsumer<Long, GradingReport> graded) {
        Instant start = Instant.now();
        try {
            Assignment assignment = loader.load(assignmentDir);
            Iterator<Long> seed = seeds.iterator();
            grade(assignment, submissionDir, null, start, seeds.stream().map(Grader::sweepKey).toList(),
                    report -> graded.accept(seed.next(), report));
        } catch (InvalidAssignmentException | IOException | RuntimeException e) {
            GradingReport failed = GradingReport.failed(assignmentDir.toString(), e.toString(), seconds(start));
            seeds.forEach(s -> graded.accept(s, failed));
        }
    }

    /** What seeds a sweep's run: apart from any submission's fingerprint (hex digits only). */
    private static String sweepKey(long seed) {
        return "seed sweep " + seed;
    }

    private GradingReport grade(Assignment assignment, Path submissionDir, Path results, Instant start)
            throws IOException {
        List<GradingReport> report = new ArrayList<>(1);
        grade(assignment, submissionDir, results, start, null, report::add);
        return report.get(0);
    }

    /**
     * @param seedKeys what seeds each run, one run per key; null for one run seeded by the submission itself
     */
    private void grade(Assignment assignment, Path submissionDir, Path results, Instant start, List<String> seedKeys,
            Consumer<GradingReport> graded) throws IOException {
        Duration budget = Duration.ofMillis(Math.round(assignment.limits().totalSeconds() * 1000));
        Path scratch = ScratchFolder.create("nngrader-");
        try {
            LocatedSubmission located = locator.locate(submissionDir, assignment.submit());
            Instant compiling = Instant.now();
            CompiledSubmission compiled = compiler.compile(located, new TemplateSources(assignment.template()),
                    Files.createDirectories(scratch.resolve("classes")));
            double compileSeconds = seconds(compiling);
            boolean allCompiled = compiled.files().stream().allMatch(f -> f.status() == FileOutcome.Status.COMPILED);
            WorkerSettings settings = new WorkerSettings(List.of(compiled.classesDir()),
                    assignment.limits().workerHeapMb(), assignment.limits().workerStackKb(),
                    Files.createDirectories(scratch.resolve("work")), OUTPUT_CAP_PER_CALL,
                    assignment.limits().maxFrameMb() * 1024 * 1024);
            Jail prepared = WorkerJail.prepare(settings, jail, BundleSecrets.of(assignment, results));
            List<GradingReport> reports = new ArrayList<>();
            // closing the jail kills what the student's code left running before the results are written
            try (prepared; Sandbox sandbox = prepared.openSandbox();
                    URLClassLoader suiteLoader = SuiteRunner.suiteLoader(assignment)) {
                for (String seedKey : seedKeys == null ? List.of(located.fingerprint()) : seedKeys) {
                    Instant runStart = seedKeys == null ? start : Instant.now();
                    Instant testing = Instant.now();
                    RunResult run = runner.run(assignment, sandbox, suiteLoader, seedKey, runStart.plus(budget),
                            compiled.standInErrors());
                    if (run.graderProblem() != null) {
                        // no test after it said anything true of the submission; verify must not call it killed
                        reports.add(GradingReport.failed(assignment.title(), "the grader could not run the hidden"
                                + " tests: " + run.graderProblem(), seconds(runStart)));
                        continue;
                    }
                    String summary = SubmissionSummary.of(located, compiled);
                    if (run.suiteProblem() != null) {
                        summary += "\n\n(for the staff) problem with the hidden suite: " + run.suiteProblem();
                    }
                    reports.add(new GradingReport(assignment.title(), summary, BuildNotes.addTo(run.tests(), compiled),
                            seconds(runStart), false, List.of())
                            .withExtraData("seed", seedKey)
                            .withExtraData("compile_seconds", round(compileSeconds))
                            .withExtraData("test_seconds", round(seconds(testing))));
                }
            }
            // what the sandbox lacks on this machine is for the staff: it would tell students how to attack it
            List<String> staffNotes = prepared.staffNote().isEmpty() ? List.of() : List.of(prepared.staffNote());
            for (GradingReport report : reports) {
                graded.accept(new GradingReport(report.title(), report.summary(), report.tests(),
                        report.executionSeconds(), report.failedToGrade(), staffNotes, assignment.feedback(),
                        report.extraData(), report.failedToGrade() ? null : allCompiled));
            }
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    /** What to do with a submission that is a file, such as a zip a student handed in. */
    public static String notAFolder(Path submission) {
        String name = String.valueOf(submission.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(".zip")
                ? "the submission " + submission + " is a zip file, but grade takes a folder: unzip it first (grader"
                        + " batch unzips zips itself)"
                : "the submission " + submission + " is a file, but grade takes a folder, below which it finds the"
                        + " submitted files";
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }

    private static double seconds(Instant start) {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }
}
