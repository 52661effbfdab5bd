package nngrader.report;

import nngrader.api.Chart;
import nngrader.api.Check;
import nngrader.report.markup.Markup;
import nngrader.run.Exhibits;
import nngrader.run.TestOutcome;
import nngrader.run.WorstEntries;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a student reads under one test, in one markup: why it failed (its hint in bold), a table of
 * the entries that differ most, the test's notes, its plots, and what the student's code printed.
 */
final class TestFeedback {
    static final String IMAGE_LEFT_OUT = " (The plot is left out to keep the results file small.)";

    private final Markup markup;
    private final ChartPainter painter;
    private final ImageBudget budget;

    TestFeedback(Markup markup, ChartPainter painter, ImageBudget budget) {
        this.markup = markup;
        this.painter = painter;
        this.budget = budget;
    }

    /** Everything under the test, or an empty string when there is nothing to say (a test that passed quietly). */
    String of(TestOutcome test) {
        String verdict = verdict(test);
        if (test.studentOutput().isEmpty()) {
            return verdict;
        }
        String printed = markup.paragraph("Your code printed:") + "\n"
                + markup.preformatted(test.studentOutput().stripTrailing());
        return verdict.isEmpty() ? printed : markup.join(List.of(verdict, printed));
    }

    /** Everything under the test but what the student's code printed. */
    String verdict(TestOutcome test) {
        List<String> blocks = new ArrayList<>();
        Exhibits exhibits = test.exhibits();
        if (test.failure() != null) {
            blocks.addAll(failure(test.failure(), exhibits.hint()));
        } else if (!test.passed()) {
            blocks.add(markup.paragraph(String.format("partial credit: %s of %s points", Numbers.points(test.score()),
                    Numbers.points(test.maxScore()))));
        }
        if (exhibits.worst() != null) {
            blocks.add(worst(exhibits.worst()));
        }
        for (String note : test.notes()) {
            blocks.add(markup.paragraph(note));
        }
        for (Chart chart : exhibits.charts()) {
            blocks.add(chart(chart));
        }
        return markup.join(blocks);
    }

    /** The first line, which says what failed and how, as a paragraph; the rest (values, stack frames) as it is. */
    private List<String> failure(String failure, String hint) {
        int end = failure.indexOf('\n');
        if (end < 0) {
            return List.of(markup.paragraph(failure, hint));
        }
        return List.of(markup.paragraph(failure.substring(0, end), hint) + "\n"
                + markup.preformatted(failure.substring(end + 1)));
    }

    private String worst(WorstEntries worst) {
        List<List<String>> rows = new ArrayList<>();
        for (WorstEntries.Entry e : worst.entries()) {
            rows.add(List.of(e.where(), Check.show(e.expected()), Check.show(e.actual()), Check.show(e.error())));
        }
        String intro = worst.entries().size() == worst.wrong()
                ? (worst.wrong() == 1 ? "The entry that differs" : "The " + worst.wrong() + " entries that differ")
                        + " (of " + worst.total() + "):"
                : "The " + worst.entries().size() + " entries that differ most (" + worst.wrong() + " of "
                        + worst.total() + " differ):";
        return markup.join(List.of(markup.paragraph(intro), markup.table(worst.columns(), rows)));
    }

    private String chart(Chart chart) {
        if (!markup.showsImages()) {
            return markup.image(new byte[0], chart.alt(), chart.title());
        }
        if (budget.spent()) {
            // a results file written again without images (SizeCap) draws nothing it would leave out
            return markup.paragraph("Plot: " + chart.alt() + IMAGE_LEFT_OUT);
        }
        Optional<byte[]> png = painter.png(chart);
        if (png.isEmpty()) {
            return markup.paragraph("Plot: " + chart.alt());
        }
        if (!budget.take(png.get().length)) {
            return markup.paragraph("Plot: " + chart.alt() + IMAGE_LEFT_OUT);
        }
        return markup.image(png.get(), chart.alt(), chart.alt());
    }
}
