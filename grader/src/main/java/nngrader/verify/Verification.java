package nngrader.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What {@code grader verify} found about an assignment's hidden suite.
 *
 * @param assignment  the assignment's id (or folder name when assignment.json is unusable)
 * @param missing     one sentence per thing the assignment lacks for a full audit (a reference, a
 *                    compiled suite, enough mutants); when it lacks the first two nothing is graded
 * @param submissions the reference, the template and each named mutant, as graded, in that order
 * @param sweeps      the reference and each example marked correct under every seed of the seed
 *                    sweep ({@code --seeds N}); empty when it was skipped
 * @param automatic   the automatic mutants, or {@link MutationReport#none()} when verify made none
 */
public record Verification(String assignment, List<String> missing, List<VerifiedSubmission> submissions,
                           List<SweptSubmission> sweeps, MutationReport automatic) {

    /** With the named mutants only and without a seed sweep. */
    public Verification(String assignment, List<String> missing, List<VerifiedSubmission> submissions) {
        this(assignment, missing, submissions, List.of(), MutationReport.none());
    }

    /** With the named mutants only. */
    public Verification(String assignment, List<String> missing, List<VerifiedSubmission> submissions,
            List<SweptSubmission> sweeps) {
        this(assignment, missing, submissions, sweeps, MutationReport.none());
    }

    /** Without a seed sweep. */
    public Verification(String assignment, List<String> missing, List<VerifiedSubmission> submissions,
            MutationReport automatic) {
        this(assignment, missing, submissions, List.of(), automatic);
    }

    /**
     * True when nothing is missing, the reference earns full marks, the template nothing, every named mutant
     * loses points, every automatic mutant that compiles to a different program loses points or is explained
     * as equivalent, and the reference and the correct examples earn full marks under every seed of the sweep.
     */
    public boolean passed() {
        return missing.isEmpty() && !submissions.isEmpty() && submissions.stream().allMatch(VerifiedSubmission::ok)
                && automatic.failures().isEmpty() && sweeps.stream().allMatch(SweptSubmission::ok);
    }

    /** Every reason it did not pass, one sentence each. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(missing);
        submissions.stream().filter(s -> !s.ok()).map(VerifiedSubmission::problem).forEach(problems::add);
        problems.addAll(automatic.failures());
        sweeps.stream().filter(s -> !s.ok()).map(SweptSubmission::problem).forEach(problems::add);
        return problems;
    }

    public List<VerifiedSubmission> mutants() {
        return submissions.stream().filter(s -> s.role() == Role.MUTANT).toList();
    }

    /** The submission of this name: {@code reference}, {@code template} or a mutant's name. */
    public VerifiedSubmission submission(String name) {
        return submissions.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("verify graded no submission named " + name));
    }
}
