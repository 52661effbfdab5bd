package nngrader.report;

import nngrader.api.Visibility;
import nngrader.report.markup.Markup;
import nngrader.report.markup.MarkdownWithImageFiles;
import nngrader.run.TestOutcome;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a report as Markdown that reads well both as plain text in a terminal and rendered on
 * GitHub (a pull-request comment, a job summary, a gist for a student):
 *
 * <pre>
 * # Logistic and softmax regression
 *
 * **Score: 47 / 52**
 *
 * | # | test | points | result |
 * |---|---|---:|---|
 * | 1.1 | sigmoid(0) = 0.5 | 2 / 2 | passed |
 * | 1.2 | softmax is stable | 0 / 3 | **failed** (after_published) |
 *
 * ## Why tests failed
 *
 * ### 1.2 softmax is stable
 * </pre>
 *
 * It is the whole report, for the staff or for a student the staff chose to show it to: a test
 * that Gradescope would hide is included and its visibility is written after its result.
 * The summary and what the student printed go in fenced blocks; a failure's sentence is an escaped
 * paragraph (its hint in bold), its values a fenced block, then a table of the entries that differ
 * most, and its plots as PNG files in a folder beside the report. Nothing a student wrote is read
 * as Markdown.
 */
public final class MarkdownReport {

    private final ChartPainter painter;

    public MarkdownReport() {
        this(ChartPainter.standard());
    }

    public MarkdownReport(ChartPainter painter) {
        this.painter = painter;
    }

    /** Writes the report, and its plots as PNG files in a folder beside it ({@code results-plots/} for {@code results.md}). */
    public void write(GradingReport report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString().replaceFirst("\\.md$", "");
        Path plots = parent.resolve(name + "-plots");
        if (Files.isDirectory(plots)) {
            // the plots of an earlier report of the same name would be mistaken for this one's
            try (var old = Files.list(plots)) {
                for (Path p : old.filter(p -> p.getFileName().toString().matches("plot-\\d+\\.png")).toList()) {
                    Files.delete(p);
                }
            }
        }
        AtomicFile.write(file, toMarkdown(report, new MarkdownWithImageFiles(plots)).getBytes(StandardCharsets.UTF_8));
    }

    String toMarkdown(GradingReport report) {
        return toMarkdown(report, Markup.MARKDOWN);
    }

    private String toMarkdown(GradingReport report, Markup markup) {
        TestFeedback feedback = new TestFeedback(markup, painter, ImageBudget.standard());
        StringBuilder md = new StringBuilder();
        md.append("# ").append(inline(report.title())).append("\n\n");
        md.append("**Score: ").append(Numbers.points(report.score())).append(" / ")
                .append(Numbers.points(report.maxScore())).append("**\n\n");
        if (!report.summary().isBlank()) {
            md.append(fenced(report.summary().strip())).append('\n');
        }
        if (!report.tests().isEmpty()) {
            md.append("| # | test | points | result |\n|---|---|---:|---|\n");
            for (TestOutcome test : report.tests()) {
                md.append("| ").append(inline(test.number())).append(" | ").append(inline(test.name())).append(" | ")
                        .append(Numbers.points(test.score())).append(" / ").append(Numbers.points(test.maxScore()))
                        .append(" | ").append(result(test)).append(" |\n");
            }
            md.append('\n');
        }
        boolean header = false;
        for (TestOutcome test : report.tests()) {
            if (test.passed()) {
                continue;
            }
            if (!header) {
                md.append("## Why tests failed\n\n");
                header = true;
            }
            md.append("### ").append(inline(test.number())).append(' ').append(inline(test.name())).append("\n\n");
            md.append(feedback.of(test)).append("\n\n");
        }
        if (!report.staffNotes().isEmpty()) {
            md.append("## For the staff\n\n");
            report.staffNotes().forEach(note -> md.append(fenced(note)).append('\n'));
        }
        md.append(String.format(Locale.ROOT, "Graded in %.1f s.\n", report.executionSeconds()));
        return md.toString();
    }

    private static String result(TestOutcome test) {
        String result;
        if (test.passed()) {
            result = "passed";
        } else if (test.failure() != null && test.failure().startsWith("not run")) {
            result = "**not run**";
        } else {
            result = test.score() > 0 ? "**partial**" : "**failed**";
        }
        return test.visibility() == Visibility.Level.VISIBLE ? result
                : result + " (" + test.visibility().gradescope() + ")";
    }

    /** Text on one line of a heading or table cell: no line breaks, and a '|' does not end the cell. */
    private static String inline(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").replace("|", "\\|");
    }


    /** A fenced block, which the text cannot close, then a newline. */
    private static String fenced(String text) {
        return Markup.MARKDOWN.preformatted(text) + "\n";
    }
}
