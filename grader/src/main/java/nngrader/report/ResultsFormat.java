package nngrader.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The file formats a report can be written in, one per learning platform; {@code --format} on
 * {@code grade} and {@code batch} picks one by its {@link #id() id}:
 *
 * <pre>{@code
 * ResultsFormat.parse("PrairieLearn").write(report, Path.of("/grade/results/results.json"));
 * }</pre>
 */
public enum ResultsFormat {
    /** Gradescope's {@code results.json}. */
    GRADESCOPE {
        @Override
        public void write(GradingReport report, Path file) throws IOException {
            new GradescopeResults().write(report, file);
        }

        @Override
        public byte[] bytes(GradingReport report) throws IOException {
            return new GradescopeResults().bytes(report);
        }
    },
    /** PrairieLearn's external-grader {@code results.json}; see {@link PrairieLearnResults} for the mapping. */
    PRAIRIELEARN {
        @Override
        public void write(GradingReport report, Path file) throws IOException {
            new PrairieLearnResults().write(report, file);
        }

        @Override
        public byte[] bytes(GradingReport report) throws IOException {
            return new PrairieLearnResults().bytes(report);
        }
    },
    /** A Markdown report for people: score, summary, a table of the tests, each failure's feedback. */
    MARKDOWN {
        @Override
        public void write(GradingReport report, Path file) throws IOException {
            new MarkdownReport().write(report, file);
        }

        @Override
        public byte[] bytes(GradingReport report) {
            return new MarkdownReport().toMarkdown(report).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    };

    /** What the upload limits of Gradescope and PrairieLearn allow a results file. */
    public static final int MAX_BYTES = SizeCap.MAX_BYTES;

    /** Writes the report to {@code file}, atomically: a reader sees the old file or the whole new one. */
    public abstract void write(GradingReport report, Path file) throws IOException;

    /** The file's contents (for Markdown, without the plot files beside it). */
    public abstract byte[] bytes(GradingReport report) throws IOException;

    /** The usual name of a results file in this format: {@code results.md} for Markdown, else {@code results.json}. */
    public String fileName() {
        return this == MARKDOWN ? "results.md" : "results.json";
    }

    /** The name on the command line, e.g. {@code prairielearn}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every format's id, in the order they are declared. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(ResultsFormat::id).toList();
    }

    /**
     * The format with this id, in any case.
     *
     * @throws IllegalArgumentException naming the known formats, when there is none
     */
    public static ResultsFormat parse(String id) {
        for (ResultsFormat format : values()) {
            if (format.id().equalsIgnoreCase(id.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + id + "\"; known formats: " + String.join(", ", ids()));
    }
}
