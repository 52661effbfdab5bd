package nngrader.report.markup;

import java.util.Base64;
import java.util.List;

/**
 * Escaped HTML for Gradescope's {@code html} outputs: every text goes through {@link #escape}, and
 * the only markup is what this class writes itself; an image is a {@code data:} URL of PNG bytes the
 * grader drew, never a link a student's text could choose.
 */
public final class HtmlMarkup implements Markup {
    /** The one instance is {@link Markup#HTML}. */
    HtmlMarkup() {
    }

    @Override
    public String paragraph(String text, String emphasized) {
        int at = emphasized == null || emphasized.isEmpty() ? -1 : text.indexOf(emphasized);
        String body = at < 0 ? lines(text)
                : lines(text.substring(0, at)) + "<strong>" + lines(emphasized) + "</strong>"
                        + lines(text.substring(at + emphasized.length()));
        return "<p>" + body + "</p>";
    }

    @Override
    public String preformatted(String text) {
        return "<pre>" + escape(text) + "</pre>";
    }

    @Override
    public String table(List<String> header, List<List<String>> rows) {
        StringBuilder html = new StringBuilder("<table><thead><tr>");
        header.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            html.append("<tr>");
            row.forEach(cell -> html.append("<td>").append(escape(cell)).append("</td>"));
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    @Override
    public String image(byte[] png, String alt, String caption) {
        return "<figure><img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\" alt=\""
                + escapeAttribute(alt) + "\" style=\"max-width:100%\"><figcaption>" + escape(caption) + "</figcaption></figure>";
    }

    @Override
    public boolean showsImages() {
        return true;
    }

    @Override
    public String join(List<String> blocks) {
        return String.join("\n", blocks.stream().filter(b -> !b.isEmpty()).toList());
    }

    private static String lines(String text) {
        return escape(text).replace("\n", "<br>");
    }

    /** Text as HTML shows it literally in an element: quotes need no escaping there, and stay readable. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text as HTML shows it literally in a double-quoted attribute. */
    public static String escapeAttribute(String text) {
        return escape(text).replace("\"", "&quot;");
    }
}
