package nngrader.batch.classreport;

import nngrader.batch.BatchFolder;
import nngrader.batch.SubmissionRecord;
import nngrader.report.plot.ChartNotDrawn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * Writes a class's summary.csv, plots and report.md into a {@link BatchFolder}. The CSV comes first
 * and does not depend on the plots: a machine without fonts or AWT still gets every score, and
 * report.md then says why the plots are missing.
 */
public final class ClassResults {
    private final Charts charts;

    public ClassResults() {
        this(new Charts());
    }

    /** @param charts what draws the plots (a test can pass one that fails as a machine without fonts would) */
    public ClassResults(Charts charts) {
        this.charts = charts;
    }

    /** @return why the plots could not be drawn, or null when they were */
    public String write(List<SubmissionRecord> records, String title, BatchFolder out) throws IOException {
        ClassStatistics statistics = ClassStatistics.of(records);
        Files.createDirectories(out.root());
        new SummaryCsv().write(statistics, out.summaryCsv());
        String plotsProblem = null;
        try {
            charts.scoreHistogram(statistics.totals(), statistics.maxScore(), "Total scores",
                    out.plots().resolve("scores.png"));
            if (!statistics.tests().isEmpty()) {
                charts.passRates(statistics.byPassRate(), "Pass rate of each test, hardest first",
                        out.plots().resolve("pass-rates.png"));
            }
        } catch (ChartNotDrawn e) {
            plotsProblem = e.reason();
        } catch (Exception | Error e) {
            // AWTError, a missing font's InternalError or UnsatisfiedLinkError: none may cost the scores
            plotsProblem = e.toString();
        }
        Files.writeString(out.reportMd(), new ClassReport().markdown(statistics, title, plotsProblem),
                StandardCharsets.UTF_8);
        return plotsProblem;
    }
}
