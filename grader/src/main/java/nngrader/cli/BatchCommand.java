package nngrader.cli;

import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.assignment.InvalidAssignmentException;
import nngrader.assignment.StaleSources;
import nngrader.batch.BatchFolder;
import nngrader.batch.BatchInputException;
import nngrader.batch.BatchJob;
import nngrader.batch.BatchRunner;
import nngrader.batch.ChildGrader;
import nngrader.batch.classreport.ClassResults;
import nngrader.batch.GradedAgainst;
import nngrader.batch.IoProblem;
import nngrader.batch.progress.Progress;
import nngrader.batch.shard.Shard;
import nngrader.batch.warm.WarmGrader;
import nngrader.batch.input.Submission;
import nngrader.batch.input.SubmissionFinder;
import nngrader.text.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code grader batch}: grades every submission in a folder, then writes the class's summary.csv and report.md. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Grades every submission in a folder: subfolders, .zip files, or Gradescope's"
                + " \"Export Submissions\" download (submission_metadata.yml names the students).",
                "Writes OUT/submissions/ID/results.json for each, OUT/summary.csv (one row per submission) and"
                        + " OUT/report.md with plots. A second run skips what it graded before unless --force."})
final class BatchCommand implements Callable<Integer> {
    /** A child's time beyond the assignment's own budget: a JVM's start and the results file. */
    private static final Duration CHILD_OVERHEAD = Duration.ofMinutes(2);

    @Spec
    CommandSpec spec;

    @Mixin
    AssignmentFolderOption assignment;

    @Option(names = "--submissions", required = true, paramLabel = "DIR",
            description = "the folder of submissions: one subfolder or .zip per submission, or Gradescope's export")
    Path submissions;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where the results go")
    Path out;

    @Option(names = "--jobs", paramLabel = "N",
            description = "how many submissions to grade at once, each by a grader JVM of its own (default: the"
                    + " number of processors, ${DEFAULT-VALUE})")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--grader-per-submission",
            description = "start a grader JVM for each submission, exactly as grader grade runs (slower; by default"
                    + " each job keeps one warm grader JVM, which starts a fresh worker for each submission)")
    boolean graderPerSubmission;

    @Option(names = "--force", description = "grade again what an earlier run graded from the same files")
    boolean force;

    @Option(names = "--shard", defaultValue = "1/1", paramLabel = "i/N", converter = ShardConverter.class,
            description = "grade only the i-th of N slices of the submissions (join them with grader merge)")
    Shard shard;

    @Mixin
    FormatOption formatOption;

    @Option(names = "--sandbox-user", paramLabel = "NAME",
            description = "when run as root, the one unprivileged user that runs student code, one grading at a"
                    + " time (default: a user of its own for each grading at a time, nngrader-w0 to nngrader-w15)")
    String sandboxUser;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        if (jobs < 1) {
            err.println("grader batch: --jobs must be at least 1, not " + jobs + ".");
            return 2;
        }
        List<Submission> all;
        try {
            all = new SubmissionFinder().find(submissions);
        } catch (BatchInputException e) {
            err.println("grader batch: " + SafeText.escapedName(e.getMessage()));
            return 2;
        }
        // --out inside --submissions: the output of an earlier run is not a submission
        Path output = out.toAbsolutePath().normalize();
        all = all.stream().filter(s -> !output.startsWith(s.source().toAbsolutePath().normalize())).toList();
        if (all.isEmpty()) {
            err.println("grader batch: " + submissions + " holds no submissions (subfolders, .zip files or"
                    + " Gradescope's export).");
            return 2;
        }
        Assignment loaded;
        try {
            loaded = new AssignmentLoader().load(assignment.folder);
        } catch (InvalidAssignmentException e) {
            err.println("grader batch: assignment: " + e.getMessage());
            return 2;
        }
        var stale = new StaleSources().find(loaded.suite());
        if (stale.isPresent()) {
            // a whole class graded with tests older than their source would have to be graded again
            err.println("grader batch: " + stale.get().sentence() + ".");
            return 2;
        }
        GradedAgainst against;
        try {
            against = GradedAgainst.of(loaded);
        } catch (IOException e) {
            err.println("grader batch: cannot read the assignment's files: " + IoProblem.describe(e) + ".");
            return 2;
        }
        Duration timeout = Duration.ofMillis(Math.round(loaded.limits().totalSeconds() * 1000)).plus(CHILD_OVERHEAD);
        ChildGrader perSubmission = new ChildGrader(assignment.folder, formatOption.format, sandboxUser, timeout);
        BatchFolder folder = new BatchFolder(out);
        try {
            folder.create();
        } catch (BatchInputException e) {
            err.println("grader batch: " + SafeText.escapedName(e.getMessage()));
            return 2;
        }
        if (shard.count() > 1) {
            err.println("shard " + shard + ": " + shard.select(all).size() + " of " + all.size() + " submissions");
        }
        BatchRunner.BatchResult result;
        try (WarmGrader warm = graderPerSubmission ? null : new WarmGrader(perSubmission, jobs)) {
            BatchRunner runner = new BatchRunner(warm == null ? perSubmission : warm, formatOption.format, against,
                    jobs, force);
            result = new BatchJob(runner, shard).run(all, folder, Progress.on(err, System.console() != null));
        } catch (BatchInputException e) {
            err.println("grader batch: " + SafeText.escapedName(e.getMessage()));
            return 2;
        } catch (IOException e) {
            err.println("grader batch: cannot start the graders: " + IoProblem.describe(e) + ".");
            return 1;
        }
        // warnings name submissions, whose names students choose: one line each, without controls
        result.warnings().forEach(w -> err.println("grader batch: " + SafeText.escapedName(w)));
        String plotsProblem;
        try {
            plotsProblem = new ClassResults().write(result.records(), loaded.title(), folder);
        } catch (IOException e) {
            err.println("grader batch: each submission's results are in " + folder.submissions()
                    + ", but the summary could not be written: " + IoProblem.describe(e) + ".");
            return 1;
        }

        PrintWriter stdout = spec.commandLine().getOut();
        long notGradable = result.records().stream().filter(r -> r.scores().failedToGrade()).count();
        stdout.println("Graded " + result.graded() + ", skipped " + result.skipped() + " graded before"
                + (result.skipped() > 0 ? " (--force grades them again)" : "") + "; " + notGradable
                + " could not be graded.");
        if (plotsProblem != null) {
            stdout.println("The plots could not be drawn: " + plotsProblem);
        }
        stdout.println("Wrote " + folder.summaryCsv() + " and " + folder.reportMd());
        stdout.flush();
        return 0;
    }

    static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
