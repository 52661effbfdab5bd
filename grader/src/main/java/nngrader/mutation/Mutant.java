package nngrader.mutation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The reference with one small bug, made by one {@link Operator} at one place of a submitted file's
 * solution region. Every change keeps the lines where they were, so that a diff of single lines shows it.
 *
 * @param file     the submitted file, e.g. {@code nn/softmax/Softmax.java}
 * @param id       stable across edits elsewhere in the file: the file, the method, the operator and a
 *                 hash of the changed text and its occurrence in that method, e.g.
 *                 {@code Softmax.softmax:relational:3fa2c1}
 * @param operator what kind of bug it is
 * @param changes  the edits to the reference text, not overlapping
 */
public record Mutant(String file, String id, Operator operator, List<Change> changes) {

    /** Characters {@code [start, end)} of the reference become {@code replacement}. */
    public record Change(int start, int end, String replacement) {
    }

    /** One line of a diff: its number, the reference's line and the mutant's. */
    public record ChangedLine(int number, String before, String after) {
    }

    public Mutant {
        changes = List.copyOf(changes);
    }

    /** The mutant's text of the file whose reference text is {@code reference}. */
    public String apply(String reference) {
        StringBuilder text = new StringBuilder(reference);
        List<Change> backwards = new ArrayList<>(changes);
        backwards.sort(Comparator.comparingInt(Change::start).reversed());
        for (Change c : backwards) {
            text.replace(c.start(), c.end(), c.replacement());
        }
        return text.toString();
    }

    /** The lines it changes, as in a unified diff of the two texts. */
    public List<ChangedLine> diff(String reference) {
        String[] before = reference.split("\n", -1);
        String[] after = apply(reference).split("\n", -1);
        TreeSet<Integer> lines = new TreeSet<>();
        for (Change c : changes) {
            lines.add(lineOf(reference, c.start()));
        }
        List<ChangedLine> changed = new ArrayList<>();
        for (int line : lines) {
            if (line - 1 < before.length && line - 1 < after.length) {
                changed.add(new ChangedLine(line, before[line - 1], after[line - 1]));
            }
        }
        return changed;
    }

    /** The line of its first change, from 1. */
    public int line(String reference) {
        return lineOf(reference, changes.stream().mapToInt(Change::start).min().orElse(0));
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
