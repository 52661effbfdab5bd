package nngrader.verify;

import nngrader.mutation.Mutant;
import nngrader.verify.AutomaticMutant.Fate;
import nngrader.verify.MutationReport.FileCounts;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The automatic mutants for a person at a terminal: one row of counts per submitted file, then each
 * survivor as its id and a diff of the lines it changes, the explained ones, and stale explanations.
 */
public final class MutationTable {

    public void print(MutationReport report, PrintWriter out) {
        long graded = report.mutants().stream().filter(AutomaticMutant::wasGraded).count();
        out.println();
        out.printf(Locale.ROOT, "automatic mutants (one small change inside a solution region each%s): %.0f s, %.1f s"
                + " per mutant graded%n", report.sample().isEmpty() ? "" : "; " + report.sample(), report.seconds(),
                report.secondsPerGraded());
        if (report.files().isEmpty()) {
            return;
        }
        int width = Math.max("file".length(), report.files().stream().mapToInt(String::length).max().orElse(0));
        String row = "%-" + width + "s  %9s  %10s  %9s  %6s  %6s  %10s  %8s  %9s%n";
        out.println();
        out.printf(row, "file", "generated", "no compile", "identical", "graded", "killed", "equivalent", "survived",
                "kill rate");
        for (FileCounts c : report.counts()) {
            out.printf(row, c.file(), c.generated(), c.notCompiled(), c.identical(), c.graded(), c.killed(),
                    c.equivalent(), c.survived(), c.graded() == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%",
                            100 * c.killRate()));
        }
        long notGraded = report.mutants().stream().filter(m -> m.fate() == Fate.NOT_GRADED).count();
        if (notGraded > 0) {
            out.println("(" + notGraded + " more compile to a different program but were not graded: --max-mutants,"
                    + " --mutant or --sample left them out)");
        }
        List<AutomaticMutant> unexplained = report.unexplained();
        if (!unexplained.isEmpty()) {
            out.println();
            out.println("survivors: no test takes a point from these (add a test that catches each, or say in "
                    + Mutants.FOLDER + "/" + EquivalentMutants.FILE + " why no test can):");
            unexplained.forEach(m -> survivor(m, out));
        }
        List<AutomaticMutant> explained = report.mutants().stream()
                .filter(m -> m.wasGraded() && m.fate() != Fate.KILLED && m.equivalent() != null).toList();
        if (!explained.isEmpty()) {
            out.println();
            out.println("equivalent (" + Mutants.FOLDER + "/" + EquivalentMutants.FILE + "):");
            explained.forEach(m -> out.println("  " + m.id() + ": " + m.equivalent()));
        }
        for (String id : report.stale()) {
            out.println();
            out.println("warning: " + Mutants.FOLDER + "/" + EquivalentMutants.FILE + " lists " + id
                    + ", which no automatic mutant has any more: remove it");
        }
    }

    private void survivor(AutomaticMutant m, PrintWriter out) {
        out.println();
        out.println("  " + m.id() + "  (" + m.mutant().operator().label() + ")");
        printDiff(m, out);
    }

    /** The lines a mutant changes, as {@code @@ file:line}, {@code - before}, {@code + after}. */
    public void printDiff(AutomaticMutant m, PrintWriter out) {
        for (Mutant.ChangedLine line : m.mutant().diff(m.reference())) {
            out.println("    @@ " + m.file() + ":" + line.number());
            out.println("    - " + line.before().strip());
            out.println("    + " + line.after().strip());
        }
        if (m.fate() == Fate.FAILED_TO_GRADE) {
            out.println("    (not graded: " + m.graded().report().summary().lines().findFirst().orElse("") + ")");
        }
    }
}
