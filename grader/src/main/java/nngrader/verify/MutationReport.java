package nngrader.verify;

import nngrader.verify.AutomaticMutant.Fate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the automatic mutants of an assignment's submitted files showed about its hidden suite.
 *
 * @param files    the submitted files mutated, in assignment.json's order
 * @param mutants  every mutant generated, in file order
 * @param stale    ids that the equivalent-mutant file lists but no mutant has any more (a warning)
 * @param problems one sentence each for what kept mutants from being made or read (they fail verify)
 * @param seconds  how long the automatic mutants took in all
 * @param sample   how the mutants graded were sampled (e.g. "a sample of 3 per file..."); empty when they were not
 */
public record MutationReport(List<String> files, List<AutomaticMutant> mutants, List<String> stale,
        List<String> problems, double seconds, String sample) {

    /** No automatic mutants: verify ran only the named ones. */
    public static MutationReport none() {
        return new MutationReport(List.of(), List.of(), List.of(), List.of(), 0, "");
    }

    public boolean ran() {
        return !files.isEmpty() || !problems.isEmpty();
    }

    /** The counts of one submitted file. */
    public record FileCounts(String file, int generated, int notCompiled, int identical, int graded, int killed,
            int equivalent, int survived) {

        /** Killed among those graded and not explained as equivalent, or 1 when there are none. */
        public double killRate() {
            int counted = graded - equivalent;
            return counted == 0 ? 1 : (double) killed / counted;
        }
    }

    public List<FileCounts> counts() {
        List<FileCounts> counts = new ArrayList<>();
        for (String file : files) {
            List<AutomaticMutant> of = mutants.stream().filter(m -> m.file().equals(file)).toList();
            counts.add(new FileCounts(file, of.size(), count(of, Fate.NOT_COMPILED), count(of, Fate.IDENTICAL),
                    (int) of.stream().filter(AutomaticMutant::wasGraded).count(), count(of, Fate.KILLED),
                    (int) of.stream().filter(m -> m.wasGraded() && m.fate() != Fate.KILLED && m.equivalent() != null).count(),
                    (int) of.stream().filter(AutomaticMutant::unexplained).count()));
        }
        return counts;
    }

    /** The survivors that no equivalent-mutant entry explains. */
    public List<AutomaticMutant> unexplained() {
        return mutants.stream().filter(AutomaticMutant::unexplained).toList();
    }

    /** Seconds per mutant graded. */
    public double secondsPerGraded() {
        long graded = mutants.stream().filter(AutomaticMutant::wasGraded).count();
        return graded == 0 ? 0 : seconds / graded;
    }

    /** Why verify fails because of them, one sentence each; empty when they pass. */
    public List<String> failures() {
        List<String> failures = new ArrayList<>(problems);
        List<AutomaticMutant> unexplained = unexplained();
        if (!unexplained.isEmpty()) {
            failures.add(unexplained.size() + " automatic mutant" + (unexplained.size() == 1 ? " survives" : "s survive")
                    + " (listed above with their diffs): add a test that catches each, or, only if no test can tell it"
                    + " from the reference, say why in " + Mutants.FOLDER + "/" + EquivalentMutants.FILE);
        }
        return failures;
    }

    private static int count(List<AutomaticMutant> mutants, Fate fate) {
        return (int) mutants.stream().filter(m -> m.fate() == fate).count();
    }

    /** The mutants of each id, for looking one up. */
    public Map<String, AutomaticMutant> byId() {
        Map<String, AutomaticMutant> byId = new java.util.LinkedHashMap<>();
        mutants.forEach(m -> byId.put(m.id(), m));
        return byId;
    }
}
