package nngrader.verify;

import nngrader.assignment.Assignment;
import nngrader.assignment.SubmittedFile;
import nngrader.example.ExampleGrader;
import nngrader.example.GradedExample;
import nngrader.mutation.Mutant;
import nngrader.mutation.MutantCompiler;
import nngrader.mutation.MutantGenerator;
import nngrader.scratch.ScratchFolder;
import nngrader.verify.AutomaticMutant.Fate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Makes the automatic mutants of an assignment's submitted files ({@link MutantGenerator}), drops those
 * that do not compile or compile to the reference's own class files, and grades each of the others
 * through the real pipeline: the submission is the reference's submitted files with the one change. Several
 * are graded at once ({@code jobs}), each in its own worker; they are reported in mutant order all the same.
 */
public final class AutomaticMutants {

    /**
     * Which of them to grade.
     *
     * @param file   a part of the submitted file's path (e.g. {@code Softmax}); null for all files
     * @param max    grade at most this many (in file order); the rest count as not graded
     * @param ids    grade only the mutants with these ids (e.g. to check survivors again after a new test);
     *               empty for all
     * @param sample grade only this many of each file's mutants that compile to a new program, spread evenly
     *               over them (the same ones every run, for {@code mvn verify}); 0 for all
     */
    public record Selection(String file, int max, Set<String> ids, int sample) {
        public static final Selection ALL = new Selection(null, Integer.MAX_VALUE, Set.of(), 0);

        public Selection(String file, int max) {
            this(file, max, Set.of(), 0);
        }

        public Selection {
            ids = Set.copyOf(ids);
            if (sample < 0) {
                throw new IllegalArgumentException("a sample of " + sample + " mutants per file");
            }
        }

        boolean includes(String path) {
            return file == null || path.contains(file);
        }

        boolean grades(Mutant mutant) {
            return ids.isEmpty() || ids.contains(mutant.id());
        }

        boolean complete() {
            return file == null && max == Integer.MAX_VALUE && ids.isEmpty() && sample == 0;
        }

        /** The indices of the {@code sample} of {@code count} candidates: each in the middle of its share. */
        List<Integer> picks(int count) {
            if (sample == 0 || sample >= count) {
                return IntStream.range(0, count).boxed().toList();
            }
            return IntStream.range(0, sample).mapToObj(i -> (int) ((2L * i + 1) * count / (2L * sample))).toList();
        }

        /** How the mutants graded were chosen, for the table's header; empty when by nothing but the file. */
        String sampleNote() {
            return sample == 0 ? "" : "a sample of " + sample + " per file, spread evenly (--sample " + sample + ")";
        }
    }

    private final ExampleGrader examples;
    private final int jobs;

    /** @param examples grades a submission folder; its grader may stop at a mutant's first failing test */
    public AutomaticMutants(ExampleGrader examples) {
        this(examples, 1);
    }

    /** @param jobs how many mutants are graded at once, each by its own worker */
    public AutomaticMutants(ExampleGrader examples, int jobs) {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be 1 or more, not " + jobs);
        }
        this.examples = examples;
        this.jobs = jobs;
    }

    /** A mutant whose fate is known, or is being found by a grading. */
    private record Pending(AutomaticMutant done, Future<AutomaticMutant> grading) {
    }

    /** @param progress told of each mutant once its fate is known, in mutant order */
    public MutationReport run(Assignment assignment, Selection selection, EquivalentMutants equivalents,
            Consumer<AutomaticMutant> progress) {
        Instant start = Instant.now();
        List<String> problems = new ArrayList<>(equivalents.problems());
        List<String> files = new ArrayList<>();
        List<AutomaticMutant> mutants = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        Path scratch = null;
        ExecutorService graders = Executors.newFixedThreadPool(jobs, r -> {
            Thread thread = new Thread(r, "mutant-grader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            scratch = ScratchFolder.create("nngrader-mutants-");
            Map<String, String> references = new LinkedHashMap<>();
            for (SubmittedFile submitted : assignment.submit()) {
                references.put(submitted.file(), Files.readString(assignment.reference().resolve(submitted.file()),
                        StandardCharsets.UTF_8));
            }
            try (MutantCompiler compiler = new MutantCompiler(assignment.reference(),
                    Files.createDirectories(scratch.resolve("reference-classes")))) {
                int budget = selection.max();
                for (SubmittedFile submitted : assignment.submit()) {
                    if (!selection.includes(submitted.file())) {
                        continue;
                    }
                    files.add(submitted.file());
                    String reference = references.get(submitted.file());
                    List<Mutant> generated;
                    try {
                        generated = new MutantGenerator().generate(submitted.file(), reference);
                    } catch (IllegalArgumentException e) {
                        problems.add("no automatic mutants of " + submitted.file() + ": " + e.getMessage());
                        continue;
                    }
                    Map<String, byte[]> referenceClasses = compiler.compile(submitted.file(), reference).orElseThrow(() ->
                            new IllegalArgumentException(submitted.file() + " of the reference does not compile alone"));
                    List<Pending> ofFile = new ArrayList<>();
                    List<Integer> candidates = new ArrayList<>();
                    for (Mutant mutant : generated) {
                        AutomaticMutant compiled = compiled(mutant, reference, compiler, referenceClasses);
                        if (compiled.fate() == Fate.NOT_GRADED && selection.grades(mutant)) {
                            candidates.add(ofFile.size());
                        }
                        ofFile.add(new Pending(compiled, null));
                    }
                    for (int pick : selection.picks(candidates.size())) {
                        if (budget-- <= 0) {
                            break;
                        }
                        int index = candidates.get(pick);
                        Mutant mutant = ofFile.get(index).done().mutant();
                        Path folder = scratch.resolve("submission-" + (pending.size() + index));
                        ofFile.set(index, new Pending(null, graders.submit(() ->
                                graded(mutant, reference, references, equivalents, folder))));
                    }
                    pending.addAll(ofFile);
                    report(pending, mutants, problems, progress, false);
                }
            }
            report(pending, mutants, problems, progress, true);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            problems.add("automatic mutants could not be made: " + e.getMessage());
        } finally {
            graders.shutdownNow();
            if (scratch != null) {
                ScratchFolder.delete(scratch);
            }
        }
        Set<String> made = mutants.stream().map(AutomaticMutant::id).collect(Collectors.toSet());
        selection.ids().stream().filter(id -> !made.contains(id)).sorted().forEach(id -> problems.add(
                "no automatic mutant " + id + " was made (ids are printed by a run without --mutant; is --file right?)"));
        List<String> stale = List.of();
        if (selection.complete()) {
            Set<String> ids = mutants.stream().map(AutomaticMutant::id).collect(Collectors.toSet());
            stale = equivalents.reasons().keySet().stream().filter(id -> !ids.contains(id)).sorted().toList();
        }
        double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
        return new MutationReport(List.copyOf(files), List.copyOf(mutants), stale, List.copyOf(problems), seconds,
                selection.sampleNote());
    }

    /**
     * Moves the mutants at the head of {@code pending} whose fate is known to {@code mutants}, telling
     * {@code progress}; with {@code all}, waits for every grading.
     */
    private static void report(List<Pending> pending, List<AutomaticMutant> mutants, List<String> problems,
            Consumer<AutomaticMutant> progress, boolean all) {
        while (!pending.isEmpty() && (all || pending.get(0).grading() == null || pending.get(0).grading().isDone())) {
            Pending head = pending.remove(0);
            AutomaticMutant done = head.done();
            if (done == null) {
                try {
                    done = head.grading().get();
                } catch (ExecutionException e) {
                    problems.add("an automatic mutant could not be graded: " + e.getCause());
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while grading automatic mutants", e);
                }
            }
            mutants.add(done);
            progress.accept(done);
        }
    }

    /** What compiling it alone tells: it does not compile, it is the reference's program, or it is to be graded. */
    private static AutomaticMutant compiled(Mutant mutant, String reference, MutantCompiler compiler,
            Map<String, byte[]> referenceClasses) {
        Optional<Map<String, byte[]>> classes = compiler.compile(mutant.file(), mutant.apply(reference));
        if (classes.isEmpty()) {
            return new AutomaticMutant(mutant, reference, Fate.NOT_COMPILED, null, null);
        }
        if (MutantCompiler.identical(classes.get(), referenceClasses)) {
            return new AutomaticMutant(mutant, reference, Fate.IDENTICAL, null, null);
        }
        return new AutomaticMutant(mutant, reference, Fate.NOT_GRADED, null, null);
    }

    /** Grades it through the real pipeline, in {@code folder}, which it deletes after. */
    private AutomaticMutant graded(Mutant mutant, String reference, Map<String, String> references,
            EquivalentMutants equivalents, Path folder) throws IOException {
        String text = mutant.apply(reference);
        try {
            for (Map.Entry<String, String> file : references.entrySet()) {
                Path target = folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getKey().equals(mutant.file()) ? text : file.getValue(),
                        StandardCharsets.UTF_8);
            }
            GradedExample graded = examples.grade(mutant.id(), mutant.operator().label() + " at line "
                    + mutant.line(reference), folder);
            // the pipeline's compiler checks more than javac does (e.g. the class the handout names): no test ran
            Fate fate = graded.report().summary().contains(": DID NOT COMPILE") ? Fate.NOT_COMPILED
                    : graded.report().failedToGrade() ? Fate.FAILED_TO_GRADE
                    : graded.pointsLost() >= 1e-9 ? Fate.KILLED : Fate.SURVIVED;
            String equivalent = fate == Fate.KILLED ? null : equivalents.reason(mutant.id());
            return new AutomaticMutant(mutant, reference, fate, fate == Fate.NOT_COMPILED ? null : graded, equivalent);
        } finally {
            ScratchFolder.delete(folder);
        }
    }
}
