package nngrader.api;

import java.util.List;
import java.util.function.Supplier;

/** The checks that a call left its arguments as they were: exactly, bit for bit, against a copy taken before. */
final class Unchanged {
    private Unchanged() {
    }

    static void vector(double[] before, double[] after, Supplier<String> what) {
        Check.requireExpected(before);
        if (after == null || after.length != before.length) {
            throw new CheckFailure(what.get(), "the call replaced its input: it had " + Show.entries(before.length)
                    + " before and " + (after == null ? "is null" : "has " + after.length) + " after.", null, List.of());
        }
        int changed = 0;
        int first = -1;
        for (int i = 0; i < before.length; i++) {
            if (Double.compare(before[i], after[i]) != 0) {
                changed++;
                first = first < 0 ? i : first;
            }
        }
        if (changed > 0) {
            throw new CheckFailure(what.get(), "the call changed its input: entry [" + first + "] was "
                    + Show.number(before[first]) + " before and " + Show.number(after[first]) + " after (" + changed
                    + " of " + before.length + " entries changed).", Hints.MUTATION, List.of());
        }
    }

    static void matrix(double[][] before, double[][] after, Supplier<String> what) {
        Check.requireExpected(before);
        if (after == null || after.length != before.length) {
            throw new CheckFailure(what.get(), "the call replaced its input: it had " + before.length + " rows before and "
                    + (after == null ? "is null" : "has " + after.length) + " after.", null, List.of());
        }
        int changed = 0;
        int total = 0;
        int firstI = -1;
        int firstJ = -1;
        for (int i = 0; i < before.length; i++) {
            if (after[i] == null || after[i].length != before[i].length) {
                throw new CheckFailure(what.get(), "the call replaced row [" + i + "] of its input.", Hints.MUTATION,
                        List.of());
            }
            for (int j = 0; j < before[i].length; j++) {
                total++;
                if (Double.compare(before[i][j], after[i][j]) != 0) {
                    changed++;
                    if (firstI < 0) {
                        firstI = i;
                        firstJ = j;
                    }
                }
            }
        }
        if (changed > 0) {
            throw new CheckFailure(what.get(), "the call changed its input: entry " + Show.where(firstI, firstJ) + " was "
                    + Show.number(before[firstI][firstJ]) + " before and " + Show.number(after[firstI][firstJ])
                    + " after (" + changed + " of " + total + " entries changed).", Hints.MUTATION, List.of());
        }
    }

    static void ints(int[] before, int[] after, Supplier<String> what) {
        Check.requireExpected(before);
        if (after == null || after.length != before.length) {
            throw new CheckFailure(what.get(), "the call replaced its input.", null, List.of());
        }
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                throw new CheckFailure(what.get(), "the call changed its input: entry [" + i + "] was " + before[i]
                        + " before and " + after[i] + " after.", Hints.MUTATION, List.of());
            }
        }
    }
}
