package nngrader.cli;

import nngrader.build.BoundedCompiler;
import nngrader.cds.ClassDataSharing;
import nngrader.grade.Grader;
import nngrader.report.GradingReport;
import nngrader.report.Scores;
import nngrader.report.ScoresFile;
import nngrader.report.TerminalTable;
import nngrader.sandbox.jail.JailOptions;
import nngrader.scratch.ScratchFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code grader grade}: grades one submission and writes its results file (Gradescope's results.json by default). */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grades one submission against an assignment's hidden suite and writes the results file"
                + " (Gradescope's or PrairieLearn's results.json, or a Markdown report: see --format).",
                "Always writes the results file. Exits 0 even when the submission or the grader breaks; exits 2"
                        + " when the submission folder is missing or the assignment does not load, which it says in"
                        + " one sentence on stderr (the results file then says the submission could not be graded)."})
final class GradeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AssignmentFolderOption assignment;

    @Option(names = "--submission", required = true, paramLabel = "DIR",
            description = "the submission folder; the files are found anywhere below it")
    Path submission;

    @Option(names = "--results", defaultValue = "results.json", paramLabel = "FILE",
            description = "where to write the results (default: ${DEFAULT-VALUE})")
    Path results;

    @Mixin
    FormatOption formatOption;

    @Option(names = "--sandbox-user", paramLabel = "NAME",
            description = "when run as root, the unprivileged user that runs student code, created if missing;"
                    + " gradings that name the same user wait for each other (default: the first free one of"
                    + " nngrader-w0 to nngrader-w15)")
    String sandboxUser;

    @Option(names = "--quiet", description = "do not print the table")
    boolean quiet;

    // grader batch reads every submission's scores from here, whatever --format its results file has
    @Option(names = "--record", hidden = true, paramLabel = "FILE")
    Path record;

    /** Compiles the submission; null for a fresh {@link BoundedCompiler} (a child JVM per compilation). */
    private final BoundedCompiler compiler;

    GradeCommand() {
        this(null);
    }

    /** @param compiler compiles the submission, e.g. one kept warm by {@code grader serve} */
    GradeCommand(BoundedCompiler compiler) {
        this.compiler = compiler;
    }

    @Override
    public Integer call() {
        // the worker's folder may hold a million files: remove it after the results are written, not before
        try (ScratchFolder.Deferral afterTheResults = ScratchFolder.deferRemovals()) {
            return gradeAndWrite();
        }
    }

    private int gradeAndWrite() {
        // A staff mistake must not look like a failed student (a table of failed tests): one sentence, exit 2. The
        // results file is written all the same, so that whatever runs this (Gradescope) has one to show.
        Optional<String> usageError = GradeInputs.problem(assignment.folder, submission);
        GradingReport report = usageError.isPresent()
                ? GradingReport.failed(String.valueOf(assignment.folder.getFileName()), usageError.get(), 0) : grade();
        try {
            formatOption.format.write(report, results);
            if (record != null) {
                ScoresFile.write(Scores.of(report), record);
            }
        } catch (Exception e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("grader: cannot write " + results + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        if (usageError.isPresent()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("grader grade: " + usageError.get() + "; " + results + " says it could not be graded.");
            err.flush();
            return spec.exitCodeOnInvalidInput();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (!quiet) {
            new TerminalTable().print(report, out);
            out.println("Results written to " + results.toAbsolutePath());
        }
        // stdout, which Gradescope shows to the staff only (results.json sets stdout_visibility hidden)
        report.staffNotes().forEach(out::println);
        out.flush();
        return 0;
    }

    private GradingReport grade() {
        try {
            JailOptions jail = JailOptions.defaults().withUser(sandboxUser);
            if (ClassDataSharing.mode() == ClassDataSharing.Mode.MAKE) {
                // grader cds grades the template (staff code, no submission) with a worker that writes its
                // archive into the root-owned folder it is read from: as this user, not a sandbox user
                jail = jail.unprivileged();
            }
            Grader grader = compiler == null ? new Grader(jail) : Grader.compilingWith(jail, compiler);
            return grader.grade(assignment.folder, submission, results);
        } catch (Throwable e) {
            // Whatever happens, Gradescope must find a results file: a run without one shows no feedback at all.
            return GradingReport.failed(String.valueOf(assignment.folder.getFileName()), e.toString(), 0);
        }
    }
}
