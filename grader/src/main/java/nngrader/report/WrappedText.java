package nngrader.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Text broken into lines of at most a given width, at spaces only: a test's name holds formulas such as
 * {@code 1e-9} and {@code σ(z)}, which a line breaker that also breaks after hyphens and before brackets splits.
 */
final class WrappedText {
    private WrappedText() {
    }

    /** The lines, at least one; a word longer than width is cut, so no line is longer than width. */
    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (; word.length() > width; word = word.substring(width)) {
                lines.add(word.substring(0, width));
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
