package nngrader.template;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a reference file's solution regions are, as character ranges, found by the same markers as
 * {@link SolutionStripper}: what lies between {@code // BEGIN SOLUTION} and {@code // END SOLUTION}
 * (the marker lines themselves excluded) is the code a student writes.
 */
public final class SolutionRegions {

    /** One region: characters {@code [start, end)} of the source. */
    public record Region(int start, int end) {
        public boolean contains(long from, long to) {
            return from >= start && to <= end;
        }
    }

    /**
     * @throws IllegalArgumentException when markers are unbalanced or nested, naming the line
     */
    public List<Region> find(String source, String name) {
        List<Region> regions = new ArrayList<>();
        int offset = 0;
        int line = 0;
        int regionStart = -1;
        int regionLine = -1;
        for (String text : source.split("\n", -1)) {
            line++;
            int next = offset + text.length() + 1;
            if (SolutionStripper.BEGIN.matcher(text).matches()) {
                if (regionStart >= 0) {
                    throw new IllegalArgumentException(name + ":" + line + ": BEGIN SOLUTION inside the region opened at"
                            + " line " + regionLine);
                }
                regionStart = Math.min(next, source.length());
                regionLine = line;
            } else if (SolutionStripper.END.matcher(text).matches()) {
                if (regionStart < 0) {
                    throw new IllegalArgumentException(name + ":" + line + ": END SOLUTION without BEGIN SOLUTION");
                }
                regions.add(new Region(regionStart, offset));
                regionStart = -1;
            }
            offset = next;
        }
        if (regionStart >= 0) {
            throw new IllegalArgumentException(name + ":" + regionLine + ": BEGIN SOLUTION is never closed by END SOLUTION");
        }
        return List.copyOf(regions);
    }
}
