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
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Makes the automatic mutants of an assignment's submitted files ({@link MutantGenerator}), drops those
 * that do not compile or compile to the reference's own class files, and grades each of the others
 * through the real pipeline: the submission is the reference's submitted files with the one change.
 */
public final class AutomaticMutants {

    /**
     * Which of them to grade.
     *
     * @param file a part of the submitted file's path (e.g. {@code Softmax}); null for all files
     * @param max  grade at most this many (in file order); the rest count as not graded
     * @param ids  grade only the mutants with these ids (e.g. to check survivors again after a new test);
     *             empty for all
     */
    public record Selection(String file, int max, Set<String> ids) {
        public static final Selection ALL = new Selection(null, Integer.MAX_VALUE, Set.of());

        public Selection(String file, int max) {
            this(file, max, Set.of());
        }

        public Selection {
            ids = Set.copyOf(ids);
        }

        boolean includes(String path) {
            return file == null || path.contains(file);
        }

        boolean grades(Mutant mutant) {
            return ids.isEmpty() || ids.contains(mutant.id());
        }

        boolean complete() {
            return file == null && max == Integer.MAX_VALUE && ids.isEmpty();
        }
    }

    private final ExampleGrader examples;

    /** @param examples grades a submission folder; its grader may stop at a mutant's first failing test */
    public AutomaticMutants(ExampleGrader examples) {
        this.examples = examples;
    }

    /** @param progress told of each mutant once its fate is known */
    public MutationReport run(Assignment assignment, Selection selection, EquivalentMutants equivalents,
            Consumer<AutomaticMutant> progress) {
        Instant start = Instant.now();
        List<String> problems = new ArrayList<>(equivalents.problems());
        List<String> files = new ArrayList<>();
        List<AutomaticMutant> mutants = new ArrayList<>();
        Path scratch = null;
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
                    for (Mutant mutant : generated) {
                        AutomaticMutant done = fate(mutant, reference, references, compiler, referenceClasses,
                                budget > 0 && selection.grades(mutant), equivalents, scratch);
                        if (done.wasGraded()) {
                            budget--;
                        }
                        mutants.add(done);
                        progress.accept(done);
                    }
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            problems.add("automatic mutants could not be made: " + e.getMessage());
        } finally {
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
        return new MutationReport(List.copyOf(files), List.copyOf(mutants), stale, List.copyOf(problems), seconds);
    }

    private AutomaticMutant fate(Mutant mutant, String reference, Map<String, String> references,
            MutantCompiler compiler, Map<String, byte[]> referenceClasses, boolean grade, EquivalentMutants equivalents,
            Path scratch) throws IOException {
        String text = mutant.apply(reference);
        Optional<Map<String, byte[]>> classes = compiler.compile(mutant.file(), text);
        if (classes.isEmpty()) {
            return new AutomaticMutant(mutant, reference, Fate.NOT_COMPILED, null, null);
        }
        if (MutantCompiler.identical(classes.get(), referenceClasses)) {
            return new AutomaticMutant(mutant, reference, Fate.IDENTICAL, null, null);
        }
        if (!grade) {
            return new AutomaticMutant(mutant, reference, Fate.NOT_GRADED, null, null);
        }
        Path folder = scratch.resolve("submission");
        ScratchFolder.delete(folder);
        for (Map.Entry<String, String> file : references.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getKey().equals(mutant.file()) ? text : file.getValue(), StandardCharsets.UTF_8);
        }
        GradedExample graded = examples.grade(mutant.id(), mutant.operator().label() + " at line "
                + mutant.line(reference), folder);
        // the pipeline's compiler checks more than javac does (e.g. the class the handout names): no test ran
        Fate fate = graded.report().summary().contains(": DID NOT COMPILE") ? Fate.NOT_COMPILED
                : graded.report().failedToGrade() ? Fate.FAILED_TO_GRADE
                : graded.pointsLost() >= 1e-9 ? Fate.KILLED : Fate.SURVIVED;
        String equivalent = fate == Fate.KILLED ? null : equivalents.reason(mutant.id());
        return new AutomaticMutant(mutant, reference, fate, fate == Fate.NOT_COMPILED ? null : graded, equivalent);
    }
}
