package nngrader.text;

/**
 * Text that student code controls (what it printed, exception messages, file names) made safe to
 * show. A terminal obeys control characters: ESC starts a sequence that can recolour, move the
 * cursor or retitle the window, CR returns to the start of a line to overwrite it, and bidi
 * overrides (U+202E) make text read in another order than it is stored. None of them belongs in
 * feedback, so they are removed; newline and tab stay.
 *
 * <p>Removed: C0 controls but newline and tab, DEL and the C1 controls (U+007F–U+009F), the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), and lone surrogates.
 */
public final class SafeText {

    private SafeText() {
    }

    /** The text without the characters above; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && !unsafe(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /**
     * A name (a file or folder in a submission) on one line: each character {@link #clean} would
     * remove, and newline and tab too, written as a Java escape, e.g. {@code hw\n(for the staff)}.
     */
    public static String escapedName(String name) {
        StringBuilder shown = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < name.length()
                    && Character.isLowSurrogate(name.charAt(i + 1));
            if (pair) {
                shown.append(c).append(name.charAt(++i));
            } else if (c == '\n') {
                shown.append("\\n");
            } else if (c == '\t') {
                shown.append("\\t");
            } else if (c == '\r') {
                shown.append("\\r");
            } else if (c == '\\') {
                shown.append("\\\\");
            } else if (Character.isSurrogate(c) || unsafe(c)) {
                shown.append(String.format("\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    private static boolean unsafe(int c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
