package nngrader.grade;

import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.assignment.InvalidAssignmentException;
import nngrader.assignment.StaleSources;
import nngrader.build.CompiledSubmission;
import nngrader.build.SubmissionCompiler;
import nngrader.build.TemplateSources;
import nngrader.locate.LocatedSubmission;
import nngrader.locate.SubmissionLocator;
import nngrader.report.GradingReport;
import nngrader.run.RunResult;
import nngrader.run.SuiteRunner;
import nngrader.sandbox.Jail;
import nngrader.sandbox.JailOptions;
import nngrader.sandbox.Sandbox;
import nngrader.sandbox.WorkerJail;
import nngrader.sandbox.WorkerSettings;
import nngrader.scratch.ScratchFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Grades one submission: locate → build → sandbox → run, into a {@link GradingReport}. Problems of
 * the submission become feedback; a problem of the assignment or the grader becomes a report that
 * says so, with score 0. It never throws.
 */
public final class Grader {
    private static final int OUTPUT_CAP_PER_CALL = 8 * 1024;

    private final AssignmentLoader loader = new AssignmentLoader();
    private final SubmissionLocator locator = new SubmissionLocator();
    private final SubmissionCompiler compiler = new SubmissionCompiler();
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
        this.jail = jail;
        this.runner = runner;
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
        return stale.isPresent() ? report.withStaffNote(stale.get()) : report;
    }

    private GradingReport grade(Assignment assignment, Path submissionDir, Path results, Instant start)
            throws IOException {
        Instant budgetEnds = start.plus(Duration.ofMillis(Math.round(assignment.limits().totalSeconds() * 1000)));
        Path scratch = ScratchFolder.create("nngrader-");
        try {
            LocatedSubmission located = locator.locate(submissionDir, assignment.submit());
            CompiledSubmission compiled = compiler.compile(located, new TemplateSources(assignment.template()),
                    Files.createDirectories(scratch.resolve("classes")));
            WorkerSettings settings = new WorkerSettings(List.of(compiled.classesDir()),
                    assignment.limits().workerHeapMb(), assignment.limits().workerStackKb(),
                    Files.createDirectories(scratch.resolve("work")), OUTPUT_CAP_PER_CALL,
                    assignment.limits().maxFrameMb() * 1024 * 1024);
            RunResult run;
            String sandboxNote;
            try (Jail prepared = WorkerJail.prepare(settings, jail, BundleSecrets.of(assignment, results));
                    Sandbox sandbox = new Sandbox(prepared.settings(), prepared.command(), prepared.environment())) {
                sandboxNote = prepared.staffNote();
                run = runner.run(assignment, sandbox, located.fingerprint(), budgetEnds);
            }
            String summary = SubmissionSummary.of(located, compiled);
            if (run.suiteProblem() != null) {
                summary += "\n\n(for the staff) problem with the hidden suite: " + run.suiteProblem();
            }
            // what the sandbox lacks on this machine is for the staff: it would tell students how to attack it
            return new GradingReport(assignment.title(), summary, BuildNotes.addTo(run.tests(), compiled),
                    seconds(start), false, sandboxNote.isEmpty() ? List.of() : List.of(sandboxNote));
        } finally {
            ScratchFolder.delete(scratch);
        }
    }

    /** What to do with a submission that is a file, such as a zip a student handed in. */
    private static String notAFolder(Path submission) {
        String name = String.valueOf(submission.getFileName());
        return name.toLowerCase(Locale.ROOT).endsWith(".zip")
                ? "the submission " + submission + " is a zip file, but grade takes a folder: unzip it first (grader"
                        + " batch unzips zips itself)"
                : "the submission " + submission + " is a file, but grade takes a folder, below which it finds the"
                        + " submitted files";
    }

    private static double seconds(Instant start) {
        return Duration.between(start, Instant.now()).toMillis() / 1000.0;
    }
}
