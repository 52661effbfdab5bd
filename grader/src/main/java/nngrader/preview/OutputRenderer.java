package nngrader.preview;

import nngrader.report.markup.HtmlMarkup;
import nngrader.report.markup.Markup;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;
import java.util.Locale;

/**
 * Turns one output of a results file into HTML, by its {@code output_format}, as Gradescope shows it:
 * {@code html} as it is, {@code md} rendered as CommonMark with tables (raw HTML in it shown as text),
 * {@code simple_format} as paragraphs, and {@code text} or {@code ansi} as preformatted text.
 */
final class OutputRenderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private final Parser markdown = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();

    String render(String output, String format) {
        return switch (format == null ? "text" : format.toLowerCase(Locale.ROOT)) {
            case "html" -> output;
            case "md" -> html.render(markdown.parse(output));
            case "simple_format" -> "<p>" + HtmlMarkup.escape(output).replace("\n\n", "</p><p>").replace("\n", "<br>")
                    + "</p>";
            default -> Markup.HTML.preformatted(output);
        };
    }

}
