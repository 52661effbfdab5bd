package nngrader.cli;

import nngrader.assignment.AssignmentLoader;
import nngrader.grade.Grader;
import nngrader.verify.AutomaticMutant;
import nngrader.verify.AutomaticMutants;
import nngrader.verify.MutantScope;
import nngrader.verify.MutationTable;
import nngrader.verify.SeedRange;
import nngrader.verify.Verification;
import nngrader.verify.VerificationTable;
import nngrader.verify.Verifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code grader verify}: audits an assignment's hidden suite with the reference, the template and the mutants. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Audits an assignment's hidden suite through the real grading pipeline: the reference must earn"
                + " full marks, the student template nothing, every named mutant (mutants/<name>.json: the reference"
                + " with one classic student bug) must lose points, and so must every automatic mutant (one small"
                + " change inside a solution region: an operator, a bound, an index, a dropped statement...) unless"
                + " mutants/equivalent.json says why no test can tell it from the reference.",
                "Prints a table of what each lost and which tests caught it, the automatic mutants' kill rate per"
                        + " file and each survivor as a diff.",
                "Then grades the reference and every example marked correct under N seeds (--seeds) and prints each"
                        + " test that failed under any seed, with the worst seed and its message.",
                "Exits 1 when any of that fails or something is missing (a reference, a compiled suite, at least 8"
                        + " named mutants)."})
final class VerifyCommand implements Callable<Integer> {

    @Option(names = "--assignment", required = true, paramLabel = "DIR",
            description = "the assignment folder (holds assignment.json and mutants/)")
    Path assignment;

    @Option(names = "--mutants", paramLabel = "auto|named|all", defaultValue = "all",
            description = "which mutants to grade besides the reference and the template (default: ${DEFAULT-VALUE})")
    String mutants;

    @Option(names = "--max-mutants", paramLabel = "N",
            description = "grade at most N automatic mutants, for a quick run (the rest are counted, not graded)")
    Integer maxMutants;

    @Option(names = "--file", paramLabel = "PART",
            description = "make automatic mutants only of the submitted files whose path contains PART, e.g. Softmax")
    String file;

    @Option(names = "--mutant", paramLabel = "ID",
            description = "grade only this automatic mutant (repeatable), e.g. a survivor after a new test:"
                    + " Trainer.step:off-by-one:0a04b4")
    List<String> mutantIds = new ArrayList<>();

    @Option(names = "--sample", paramLabel = "N",
            description = "grade only N automatic mutants of each file, spread evenly over those that compile to a new"
                    + " program (the same ones every run: a quick check, e.g. in mvn verify)")
    Integer sample;

    @Option(names = "--jobs", paramLabel = "N",
            description = "grade N mutants, or N parts of a seed sweep, at once, each with its own worker (default:"
                    + " the number of processors, ${DEFAULT-VALUE}); the output is the same for any N")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "do not print each submission's name as it is graded")
    boolean quiet;

    @Option(names = "--seeds", paramLabel = "N|FIRST-LAST", defaultValue = "200", converter = SeedRangeConverter.class,
            description = "grade the reference and each example marked \"correct\": true under seeds 1 to N (or FIRST"
                    + " to LAST, e.g. 501-1000: part of a longer sweep), and fail when a test fails under any of them"
                    + " (default: ${DEFAULT-VALUE}; 0 skips the sweep)")
    SeedRange seeds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(assignment.resolve(AssignmentLoader.FILE_NAME))) {
            // a misspelled folder is a usage error, not an assignment that failed its verification
            throw new ParameterException(spec.commandLine(), Files.isDirectory(assignment)
                    ? "no " + AssignmentLoader.FILE_NAME + " in " + assignment + ": --assignment takes an assignment's folder"
                    : "the assignment folder " + assignment + " does not exist");
        }
        MutantScope scope = scope();
        if (maxMutants != null && maxMutants < 0) {
            throw new ParameterException(spec.commandLine(), "--max-mutants must be 0 or more, not " + maxMutants);
        }
        if (sample != null && sample < 1) {
            throw new ParameterException(spec.commandLine(), "--sample must be 1 or more, not " + sample);
        }
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be 1 or more, not " + jobs);
        }
        var selection = new AutomaticMutants.Selection(file, maxMutants == null ? Integer.MAX_VALUE : maxMutants,
                Set.copyOf(mutantIds), sample == null ? 0 : sample);
        PrintWriter progress = spec.commandLine().getErr();
        Verifier verifier = new Verifier(new Grader(), 0, (submission, done, of) -> {
            if (!quiet && (done % 50 == 0 || done == of)) {
                progress.println("seed sweep of the " + submission + ": " + done + " of " + of + " seeds");
                progress.flush();
            }
        }).withSeeds(seeds).withJobs(jobs);
        int[] count = {0};
        Verification verification = verifier.verify(assignment, scope, selection, graded -> {
            if (!quiet) {
                // Progress goes to stderr so that stdout holds just the table.
                progress.println("graded " + graded.name() + ": " + graded.result());
                progress.flush();
            }
        }, mutant -> {
            count[0]++;
            if (!quiet && mutant.wasGraded()) {
                progress.printf(Locale.ROOT, "automatic mutant %d %s: %s (%.1f s)%n", count[0], mutant.id(),
                        mutant.fate().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        mutant.graded().report().executionSeconds());
                if (mutant.unexplained()) {
                    // a long run may be stopped before its table: the survivor is on record already
                    new MutationTable().printDiff(mutant, progress);
                }
                progress.flush();
            }
        });
        PrintWriter out = spec.commandLine().getOut();
        new VerificationTable().print(verification, out);
        out.flush();
        return verification.passed() ? 0 : 1;
    }

    private MutantScope scope() {
        try {
            return MutantScope.valueOf(mutants.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--mutants takes auto, named or all, not '" + mutants + "'");
        }
    }

    /** {@code --seeds}: a number of seeds or a range of them, with {@link SeedRange}'s message when it is neither. */
    static final class SeedRangeConverter implements CommandLine.ITypeConverter<SeedRange> {
        @Override
        public SeedRange convert(String value) {
            try {
                return SeedRange.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
