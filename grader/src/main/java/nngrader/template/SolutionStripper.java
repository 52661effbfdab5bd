package nngrader.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns reference source into template source: each region from {@code // BEGIN SOLUTION hint} to
 * {@code // END SOLUTION} becomes one line that throws, carrying the hint to the student.
 *
 * <pre>{@code
 * public double sigmoid(double z) {                      public double sigmoid(double z) {
 *     // BEGIN SOLUTION branch on the sign of z    ==>       throw new UnsupportedOperationException(
 *     ...                                                        "TODO: not implemented yet: branch on the sign of z");
 *     // END SOLUTION                                    }
 * }
 * }</pre>
 */
public final class SolutionStripper {
    public static final String STUB_MESSAGE_PREFIX = "TODO: not implemented yet";
    static final Pattern BEGIN = Pattern.compile("^(\\s*)//\\s*BEGIN SOLUTION\\b[\\s:—-]*(.*?)\\s*$");
    static final Pattern END = Pattern.compile("^\\s*//\\s*END SOLUTION\\s*$");

    /**
     * @param source the reference file's text
     * @param name   the file's name, for error messages
     * @return the text with every region replaced by its stub
     * @throws IllegalArgumentException when markers are unbalanced or nested, naming the line
     */
    public String strip(String source, String name) {
        StringBuilder out = new StringBuilder(source.length());
        String[] lines = source.split("\n", -1);
        int regionStart = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher begin = BEGIN.matcher(line);
            if (begin.matches()) {
                if (regionStart >= 0) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ": BEGIN SOLUTION inside the region opened at line "
                            + (regionStart + 1));
                }
                regionStart = i;
                out.append(begin.group(1)).append(stub(begin.group(2)));
                continue;
            }
            if (END.matcher(line).matches()) {
                if (regionStart < 0) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ": END SOLUTION without BEGIN SOLUTION");
                }
                regionStart = -1;
                if (i < lines.length - 1) {
                    out.append('\n');
                }
                continue;
            }
            if (regionStart < 0) {
                out.append(line);
                if (i < lines.length - 1) {
                    out.append('\n');
                }
            }
        }
        if (regionStart >= 0) {
            throw new IllegalArgumentException(name + ":" + (regionStart + 1) + ": BEGIN SOLUTION is never closed by END SOLUTION");
        }
        return out.toString();
    }

    /** Whether a text has any solution region. */
    public boolean hasSolution(String source) {
        for (String line : source.split("\n")) {
            if (BEGIN.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String stub(String hint) {
        String message = hint.isEmpty() ? STUB_MESSAGE_PREFIX : STUB_MESSAGE_PREFIX + ": " + hint;
        return "throw new UnsupportedOperationException(\"" + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\");";
    }
}
