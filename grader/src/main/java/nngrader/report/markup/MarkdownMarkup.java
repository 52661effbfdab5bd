package nngrader.report.markup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaped CommonMark for Gradescope's {@code md} outputs and the Markdown report. Each character that
 * can start markup inside a line is backslash-escaped (CommonMark makes any ASCII punctuation literal
 * that way), and so is the first of a line that could start a block (a heading, a list, a quote, a
 * rule); a URL's {@code ://} and a {@code www.} get an invisible word joiner so that no renderer links them. No
 * text becomes emphasis, a link, an image or raw HTML, and the rest of the punctuation stays as it
 * is, so that the file still reads as plain text. Preformatted text goes in a fence longer than any
 * run of backticks inside it, so that the text cannot close it.
 */
final class MarkdownMarkup implements Markup {
    private static final Pattern BACKTICKS = Pattern.compile("`+");
    /** Invisible, and no URL: "http\u2060://" shows as "http://" but is not linked. */
    private static final char WORD_JOINER = '\u2060';
    /** Characters that start or end markup anywhere in a line. */
    private static final String INLINE = "\\`*_[]<>&!|~";
    /** A line's start that would open a block: a heading, a quote, a list item, a rule or a setext underline. */
    private static final Pattern BLOCK_START = Pattern.compile("^(#|>|[-+*=]|\\d{1,9}[.)])");

    @Override
    public String paragraph(String text, String emphasized) {
        int at = emphasized == null || emphasized.isEmpty() ? -1 : text.indexOf(emphasized);
        String body = at < 0 ? lines(text)
                : lines(text.substring(0, at)) + "**" + lines(emphasized).strip() + "**"
                        + lines(text.substring(at + emphasized.length()));
        return body;
    }

    @Override
    public String preformatted(String text) {
        int longest = 0;
        Matcher run = BACKTICKS.matcher(text);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "text\n" + text + "\n" + fence;
    }

    @Override
    public String table(List<String> header, List<List<String>> rows) {
        StringBuilder md = new StringBuilder(row(header)).append('\n');
        md.append("|---".repeat(header.size())).append("|");
        rows.forEach(r -> md.append('\n').append(row(r)));
        return md.toString();
    }

    @Override
    public String image(byte[] png, String alt, String caption) {
        return lines("Plot: " + alt);
    }

    @Override
    public boolean showsImages() {
        return false;
    }

    private static String row(List<String> cells) {
        StringBuilder md = new StringBuilder("|");
        cells.forEach(c -> md.append(' ').append(escape(c.replaceAll("\\s*\\R\\s*", " "))).append(" |"));
        return md.toString();
    }

    /** Each line escaped, with no leading blanks (four would start a code block), joined by hard line breaks. */
    private static String lines(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            md.append(escape(lines[i].stripLeading()));
            if (i < lines.length - 1) {
                md.append("\\\n");
            }
        }
        return md.toString();
    }

    /** Text that CommonMark shows literally inside a paragraph or a table cell. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        Matcher block = BLOCK_START.matcher(text);
        int from = 0;
        if (block.lookingAt()) {
            // "1." becomes "1\.", "#" becomes "\#": the line stays a paragraph
            int end = block.end();
            out.append(text, 0, end - 1).append('\\').append(text.charAt(end - 1));
            from = end;
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':' && text.startsWith("//", i + 1) || c == '.' && i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3)) {
                // renderers that link bare URLs do so after escapes are read: only a character in between stops them
                out.append(WORD_JOINER);
            } else if (INLINE.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
