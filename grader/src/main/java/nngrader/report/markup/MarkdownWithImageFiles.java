package nngrader.report.markup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Escaped Markdown whose images are PNG files in a folder beside the Markdown file, linked by a
 * relative path ({@code ![alt](results-plots/plot-1.png)}), as a report on GitHub or on disk shows them.
 */
public final class MarkdownWithImageFiles implements Markup {
    private final Markup markdown = Markup.MARKDOWN;
    private final Path folder;
    private int written;

    /** @param folder where the images go; its name is the link's path, relative to the Markdown file's folder */
    public MarkdownWithImageFiles(Path folder) {
        this.folder = folder;
    }

    @Override
    public String paragraph(String text, String emphasized) {
        return markdown.paragraph(text, emphasized);
    }

    @Override
    public String preformatted(String text) {
        return markdown.preformatted(text);
    }

    @Override
    public String table(List<String> header, List<List<String>> rows) {
        return markdown.table(header, rows);
    }

    @Override
    public String image(byte[] png, String alt, String caption) {
        String name = "plot-" + (++written) + ".png";
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "![" + MarkdownMarkup.escape(alt) + "](" + folder.getFileName() + "/" + name + ")\\\n"
                + MarkdownMarkup.escape(caption);
    }

    @Override
    public boolean showsImages() {
        return true;
    }
}
