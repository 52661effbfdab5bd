package nngrader.build;

import java.util.List;
import java.util.Locale;

import javax.tools.Diagnostic;

/**
 * Writes compiler errors the way javac prints them, naming files as the student knows them:
 * <pre>
 * src/main/java/demo/Hello.java:5: error: ';' expected
 *         return "hi"
 *                    ^
 * 1 error
 * </pre>
 * At most {@value #MAX_ERRORS} errors and about {@value #MAX_CHARS} characters per file; long source lines
 * are cut around the caret.
 */
final class DiagnosticsFormatter {

    static final int MAX_ERRORS = 20;
    static final int MAX_CHARS = 8 * 1024;
    private static final int MAX_LINE = 160;

    /** The errors of one file, in the order javac reported them. */
    String format(SourceFile file, List<Diagnostic<?>> errors) {
        var out = new StringBuilder();
        int shown = 0;
        for (Diagnostic<?> error : errors) {
            String block = block(file, error);
            if (shown == MAX_ERRORS || (shown > 0 && out.length() + block.length() > MAX_CHARS)) {
                break;
            }
            out.append(block.length() > MAX_CHARS ? block.substring(0, MAX_CHARS) + "...\n" : block);
            shown++;
        }
        if (shown < errors.size()) {
            out.append("... and ").append(errors.size() - shown).append(" more not shown\n");
        }
        out.append(errors.size()).append(errors.size() == 1 ? " error" : " errors");
        return out.toString();
    }

    private String block(SourceFile file, Diagnostic<?> error) {
        String message = error.getMessage(Locale.ENGLISH);
        int newline = message.indexOf('\n');
        String head = newline < 0 ? message : message.substring(0, newline);
        var block = new StringBuilder(file.shownPath());
        if (error.getLineNumber() != Diagnostic.NOPOS) {
            block.append(':').append(error.getLineNumber());
        }
        block.append(": error: ").append(head).append('\n');
        if (error.getPosition() != Diagnostic.NOPOS) {
            appendSourceLine(block, file.content(), (int) Math.min(error.getPosition(), file.content().length()));
        }
        if (newline >= 0) {
            block.append(message.substring(newline + 1)).append('\n');
        }
        return block.toString();
    }

    /** The line holding {@code position}, then a caret under it; tabs are kept so the caret lines up. */
    private static void appendSourceLine(StringBuilder block, String content, int position) {
        int start = position;
        while (start > 0 && !isLineBreak(content.charAt(start - 1))) {
            start--;
        }
        int end = position;
        while (end < content.length() && !isLineBreak(content.charAt(end))) {
            end++;
        }
        int from = start;
        int to = end;
        if (to - from > MAX_LINE) {
            from = Math.max(start, position - MAX_LINE / 2);
            to = Math.min(end, from + MAX_LINE);
        }
        String prefix = from > start ? "..." : "";
        block.append(prefix).append(content, from, to).append(to < end ? "..." : "").append('\n');
        block.append(" ".repeat(prefix.length()));
        for (int i = from; i < position; i++) {
            block.append(content.charAt(i) == '\t' ? '\t' : ' ');
        }
        block.append("^\n");
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
