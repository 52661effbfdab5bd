package nngrader.cli;

import nngrader.grade.Grader;
import nngrader.verify.Verification;
import nngrader.verify.VerificationTable;
import nngrader.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code grader verify}: audits an assignment's hidden suite with the reference, the template and the mutants. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Audits an assignment's hidden suite through the real grading pipeline: the reference must earn"
                + " full marks, the student template nothing, and every mutant (mutants/<name>.json: the reference"
                + " with one classic student bug) must lose points.",
                "Then grades the reference and every example marked correct under N seeds (--seeds) and prints each"
                        + " test that failed under any seed, with the worst seed and its message.",
                "Prints a table of what each lost and which tests caught it; exits 1 when any of that fails or"
                        + " something is missing (a reference, a compiled suite, at least 8 mutants)."})
final class VerifyCommand implements Callable<Integer> {

    @Option(names = "--assignment", required = true, paramLabel = "DIR",
            description = "the assignment folder (holds assignment.json and mutants/)")
    Path assignment;

    @Option(names = "--quiet", description = "do not print each submission's name as it is graded")
    boolean quiet;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "200",
            description = "grade the reference and each example marked \"correct\": true under seeds 1 to N, and fail"
                    + " when a test fails under any of them (default: ${DEFAULT-VALUE}; 0 skips the sweep)")
    int seeds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter progress = spec.commandLine().getErr();
        if (seeds < 0) {
            throw new ParameterException(spec.commandLine(), "--seeds must be 0 (no sweep) or more, not " + seeds);
        }
        Verifier verifier = new Verifier(new Grader(), seeds, (submission, done, of) -> {
            if (!quiet && (done % 50 == 0 || done == of)) {
                progress.println("seed sweep of the " + submission + ": " + done + " of " + of + " seeds");
                progress.flush();
            }
        });
        Verification verification = verifier.verify(assignment, graded -> {
            if (!quiet) {
                // Progress goes to stderr so that stdout holds just the table.
                progress.println("graded " + graded.name() + ": " + graded.result());
                progress.flush();
            }
        });
        PrintWriter out = spec.commandLine().getOut();
        new VerificationTable().print(verification, out);
        out.flush();
        return verification.passed() ? 0 : 1;
    }
}
