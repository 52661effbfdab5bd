package nngrader.verify;

import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.assignment.InvalidAssignmentException;
import nngrader.assignment.StaleSources;
import nngrader.example.ExampleGrader;
import nngrader.example.ExampleSubmission;
import nngrader.example.GradedExample;
import nngrader.grade.Grader;
import nngrader.report.GradingReport;
import nngrader.run.SuiteRunner;
import nngrader.sandbox.jail.JailOptions;
import nngrader.scratch.ScratchFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Audits an assignment's hidden suite through the real grading pipeline: the reference must earn
 * full marks, the template nothing, and each mutant (the reference with one classic student bug,
 * see {@link Mutants}) must lose points. With a seed sweep ({@link SeedSweep}), the reference and every
 * example marked correct must also earn full marks under each of N seeds.
 *
 * <pre>{@code
 * Verification v = new Verifier().verify(Path.of("assignments/softmax-regression"), s -> {});
 * v.passed();                                              // true
 * v.submission("no-max-subtraction").caughtBy();           // tests 2.5 and 2.8
 * }</pre>
 */
public final class Verifier {
    /** The folder of an assignment's example submissions; those marked correct join the seed sweep. */
    static final String EXAMPLES = "examples";

    private final Grader grader;
    private final Grader mutantGrader;
    private final SeedRange seeds;
    private final SweepProgress sweepProgress;
    private final int jobs;

    /** Told how a seed sweep advances, which takes minutes. */
    public interface SweepProgress {
        void seedsDone(String submission, int done, int of);
    }

    /** A verifier without a seed sweep. */
    public Verifier() {
        this(new Grader());
    }

    /** @param grader grades the reference, the template and the named mutants, whose every lost test is shown */
    public Verifier(Grader grader) {
        this(grader, 0, (submission, done, of) -> { });
    }

    /**
     * @param seeds how many seeds the seed sweep grades the reference and the correct examples under; 0 skips it
     */
    public Verifier(Grader grader, int seeds, SweepProgress sweepProgress) {
        // the automatic mutants are the reference with one change: staff code, compiled in this JVM
        this(grader, Grader.forTrustedSources(JailOptions.defaults(), new SuiteRunner().stoppingAtFirstLoss()), seeds,
                sweepProgress);
    }

    /**
     * @param mutantGrader grades the automatic mutants, of which only killed or not is shown: it may stop
     *                     each at its first lost point ({@link SuiteRunner#stoppingAtFirstLoss()})
     */
    public Verifier(Grader grader, Grader mutantGrader) {
        this(grader, mutantGrader, 0, (submission, done, of) -> { });
    }

    public Verifier(Grader grader, Grader mutantGrader, int seeds, SweepProgress sweepProgress) {
        this(grader, mutantGrader, SeedRange.firstN(seeds), sweepProgress, 1);
    }

    private Verifier(Grader grader, Grader mutantGrader, SeedRange seeds, SweepProgress sweepProgress, int jobs) {
        this.grader = grader;
        this.mutantGrader = mutantGrader;
        this.seeds = seeds;
        this.sweepProgress = sweepProgress;
        this.jobs = jobs;
    }

    /** This verifier with its seed sweep under {@code seeds} instead ({@code --seeds 501-1000}: part of a longer sweep). */
    public Verifier withSeeds(SeedRange seeds) {
        return new Verifier(grader, mutantGrader, seeds, sweepProgress, jobs);
    }

    /**
     * This verifier grading {@code jobs} mutants, named or automatic, and {@code jobs} parts of each seed sweep at
     * once, each with its own worker (1 by default); what it finds is the same for any number.
     */
    public Verifier withJobs(int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be 1 or more, not " + jobs);
        }
        return new Verifier(grader, mutantGrader, seeds, sweepProgress, jobs);
    }

    /**
     * Grades the reference, the template and the named mutants only.
     *
     * @param graded told of each submission as soon as it is graded (each takes seconds)
     */
    public Verification verify(Path assignmentDir, Consumer<VerifiedSubmission> graded) {
        return verify(assignmentDir, MutantScope.NAMED, AutomaticMutants.Selection.ALL, graded, m -> { });
    }

    /**
     * @param scope     which mutants to grade
     * @param selection which automatic mutants to grade (all, or some for a quick run)
     * @param graded    told of each submission as soon as it is graded (each takes seconds)
     * @param mutated   told of each automatic mutant as soon as its fate is known
     */
    public Verification verify(Path assignmentDir, MutantScope scope, AutomaticMutants.Selection selection,
            Consumer<VerifiedSubmission> graded, Consumer<AutomaticMutant> mutated) {
        Path dir = assignmentDir.toAbsolutePath().normalize();
        Mutants mutants = scope.named() ? Mutants.read(dir) : new Mutants(List.of(), List.of());
        List<String> missing = new ArrayList<>();
        List<VerifiedSubmission> submissions = new ArrayList<>();
        List<SweptSubmission> sweeps = new ArrayList<>();
        MutationReport automatic = MutationReport.none();
        String id = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        try {
            Assignment assignment = new AssignmentLoader().load(dir);
            id = assignment.id();
            var stale = new StaleSources().find(assignment.suite());
            if (stale.isPresent()) {
                // an audit of the suite as it was before its last edit would vouch for tests that are not the ones shipped
                missing.add(stale.get().sentence());
            } else {
                gradeAll(assignment, mutants, missing, submissions, graded);
                boolean referenceOk = !submissions.isEmpty() && submissions.get(0).ok();
                if (scope.automatic() && referenceOk) {
                    // a mutant of a reference that already loses points would be "killed" by the reference's own failures
                    automatic = new AutomaticMutants(new ExampleGrader(assignment, mutantGrader), jobs).run(assignment,
                            selection, EquivalentMutants.read(dir), mutated);
                }
                // a reference that loses points under its own seed already fails verify: a sweep would say it N times
                if (!seeds.isEmpty() && referenceOk) {
                    sweepAll(assignment, missing, sweeps);
                }
            }
        } catch (InvalidAssignmentException e) {
            missing.add(e.getMessage());
        }
        if (Files.isDirectory(dir)) {
            // Said even when nothing could be graded, so that a new assignment learns everything it lacks at once.
            missing.addAll(mutants.problems());
        }
        return new Verification(id, List.copyOf(missing), List.copyOf(submissions), List.copyOf(sweeps), automatic);
    }

    /** The seed sweep: the reference, then each example marked correct, under {@link #seeds}. */
    private void sweepAll(Assignment assignment, List<String> missing, List<SweptSubmission> sweeps) {
        SeedSweep sweep = new SeedSweep(grader, jobs);
        Path dir = assignment.directory();
        sweeps.add(sweep.sweep(dir, "reference", assignment.reference(), seeds,
                (done, of) -> sweepProgress.seedsDone("reference", done, of)));
        for (ExampleSubmission example : correctExamples(dir, missing)) {
            Path scratch = null;
            try {
                scratch = ScratchFolder.create("nngrader-sweep-");
                Path folder = scratch.resolve(example.name());
                example.writeTo(assignment.reference(), assignment.submit(), folder);
                sweeps.add(sweep.sweep(dir, example.name(), folder, seeds,
                        (done, of) -> sweepProgress.seedsDone(example.name(), done, of)));
            } catch (IOException e) {
                missing.add("the correct example " + example.name() + " cannot be swept: " + e.getMessage());
            } finally {
                if (scratch != null) {
                    ScratchFolder.delete(scratch);
                }
            }
        }
    }

    /** The examples that say {@code "correct": true}; one that cannot be read is a problem of its own. */
    private static List<ExampleSubmission> correctExamples(Path assignmentDir, List<String> missing) {
        Path folder = assignmentDir.resolve(EXAMPLES);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ExampleSubmission> correct = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    ExampleSubmission example = ExampleSubmission.read(file);
                    if (example.correct()) {
                        correct.add(example);
                    }
                } catch (IOException e) {
                    missing.add(EXAMPLES + "/" + file.getFileName() + " is not an example: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            missing.add("cannot list " + folder + ": " + e.getMessage());
        }
        return correct;
    }

    /** Grades the reference, then (if it found a suite to grade with) the template and each mutant. */
    private void gradeAll(Assignment assignment, Mutants mutants, List<String> missing,
            List<VerifiedSubmission> submissions, Consumer<VerifiedSubmission> graded) {
        if (assignment.reference() == null) {
            missing.add("assignment.json names no reference (e.g. \"reference\": \"../../reference/src/main/java\"):"
                    + " verify grades it and makes the mutants from it");
            return;
        }
        ExampleGrader examples = new ExampleGrader(assignment, grader);
        VerifiedSubmission reference = new VerifiedSubmission(Role.REFERENCE,
                examples.grade("reference", "the reference solution", assignment.reference()), null);
        if (!reference.graded().report().failedToGrade() && reference.graded().report().tests().isEmpty()) {
            missing.add("no compiled hidden suite: grading the reference found no test in suite.packages "
                    + assignment.suite().packages() + " on suite.classPath; build the assignment first"
                    + " (mvn -q -DskipTests package)");
            return;
        }
        add(reference, submissions, graded);
        if (reference.graded().report().failedToGrade()) {
            return;     // the grader itself fails: every other submission would fail the same way
        }
        add(new VerifiedSubmission(Role.TEMPLATE, examples.grade("template", "the student template, every solution a stub",
                assignment.template()), null), submissions, graded);
        // graded jobs at once, each with its own worker; told and listed in their order all the same
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<VerifiedSubmission>> named = new ArrayList<>();
            for (ExampleSubmission mutant : mutants.mutants()) {
                named.add(pool.submit(() -> gradeMutant(examples, mutant, assignment)));
            }
            for (Future<VerifiedSubmission> mutant : named) {
                add(mutant.get(), submissions, graded);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            missing.add("verify was interrupted before every mutant was graded");
        } catch (ExecutionException e) {
            // gradeMutant catches what a mutant can cause; this is a bug of verify's own
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static VerifiedSubmission gradeMutant(ExampleGrader examples, ExampleSubmission mutant, Assignment assignment) {
        try {
            return new VerifiedSubmission(Role.MUTANT, examples.grade(mutant), null);
        } catch (IOException e) {
            // An edit that no longer fits the reference: the mutant must be updated, and cannot count as caught.
            String message = String.valueOf(e.getMessage());
            String why = (message.startsWith(mutant.name() + ": ") ? message.substring(mutant.name().length() + 2)
                    : message).replace("\n", "\\n");
            GradedExample notGraded = new GradedExample(mutant.name(), mutant.description(),
                    GradingReport.failed(assignment.title(), why, 0));
            return new VerifiedSubmission(Role.MUTANT, notGraded, why);
        }
    }

    private static void add(VerifiedSubmission s, List<VerifiedSubmission> all, Consumer<VerifiedSubmission> graded) {
        all.add(s);
        graded.accept(s);
    }
}
