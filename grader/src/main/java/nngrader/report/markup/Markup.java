package nngrader.report.markup;

import java.util.List;

/**
 * One markup language that feedback is written in: each method takes text as the grader has it
 * (student-controlled parts included) and returns it as markup that shows that text literally, so
 * that nothing a student's code printed or threw becomes a tag, a link or an image. One implementation
 * per language, as Jackson has one serializer per type.
 *
 * <pre>{@code
 * Markup.HTML.paragraph("expected <b> but was NaN. A NaN usually means ...", "A NaN usually means ...");
 * // <p>expected &lt;b&gt; but was NaN. <strong>A NaN usually means ...</strong></p>
 * Markup.MARKDOWN.paragraph("see [a link](http://x)", null);
 * // see \[a link\](http⁠://x)      (escaped, and a word joiner before "://")
 * }</pre>
 */
public interface Markup {
    /** Escaped HTML: {@code <p>}, {@code <pre>}, {@code <table>}, {@code <strong>}, {@code <img>}. */
    Markup HTML = new HtmlMarkup();
    /** Escaped CommonMark: paragraphs, fenced blocks, pipe tables, {@code **bold**}. */
    Markup MARKDOWN = new MarkdownMarkup();
    /** Plain text, for platforms that render nothing. */
    Markup TEXT = new PlainMarkup();

    /**
     * A paragraph; its line breaks are kept.
     *
     * @param emphasized a part of {@code text} to set in bold (its first occurrence), or null
     */
    String paragraph(String text, String emphasized);

    /** A paragraph with no emphasis. */
    default String paragraph(String text) {
        return paragraph(text, null);
    }

    /** Text shown as it is, in a fixed-width font, its alignment kept (diagnostics, printed output, arrays). */
    String preformatted(String text);

    /** A table with a header row; cells are text. */
    String table(List<String> header, List<List<String>> rows);

    /**
     * A PNG image with its alt text and a caption, or the alt text alone where this markup shows no
     * images in results (then {@code png} is ignored).
     */
    String image(byte[] png, String alt, String caption);

    /** Whether {@link #image} shows the image itself. */
    boolean showsImages();

    /** Blocks joined as this markup separates them. */
    default String join(List<String> blocks) {
        return String.join("\n\n", blocks.stream().filter(b -> !b.isEmpty()).toList());
    }
}
