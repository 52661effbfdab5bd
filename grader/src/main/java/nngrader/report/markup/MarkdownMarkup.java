package nngrader.report.markup;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaped CommonMark for Gradescope's {@code md} outputs and the Markdown report. Every ASCII
 * punctuation character of a text is backslash-escaped (CommonMark makes any of them literal that
 * way), so no text becomes emphasis, a link, an image or raw HTML; preformatted text goes in a fence
 * longer than any run of backticks inside it, so that the text cannot close it.
 */
final class MarkdownMarkup implements Markup {
    private static final Pattern BACKTICKS = Pattern.compile("`+");
    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

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
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (PUNCTUATION.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
