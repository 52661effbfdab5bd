package nngrader.batch.classreport;

import nngrader.report.Numbers;
import nngrader.batch.SubmissionRecord;
import java.util.Locale;

/**
 * The text of {@code report.md}: how the class did, the plots, the tests by pass rate (hardest first),
 * and the submissions that could not be graded.
 */
public final class ClassReport {

    /** @param plotsProblem why the plots could not be drawn, or null when they were */
    public String markdown(ClassStatistics statistics, String title, String plotsProblem) {
        StringBuilder md = new StringBuilder();
        int n = statistics.records().size();
        int broken = statistics.notGradable().size();
        md.append("# ").append(title).append(": class report\n\n");
        md.append(n).append(" submission").append(n == 1 ? "" : "s").append(", ").append(n - broken)
                .append(" graded, ").append(broken).append(" could not be graded (they count as 0 below).\n\n");
        double[] totals = statistics.totals();
        java.util.Arrays.sort(totals);
        md.append("| | points (of ").append(Numbers.points(statistics.maxScore())).append(") |\n|---|---|\n");
        md.append("| mean | ").append(Numbers.points(round2(statistics.mean()))).append(" |\n");
        md.append("| median | ").append(Numbers.points(statistics.median())).append(" |\n");
        md.append("| lowest | ").append(totals.length == 0 ? "" : Numbers.points(totals[0])).append(" |\n");
        md.append("| highest | ").append(totals.length == 0 ? "" : Numbers.points(totals[totals.length - 1])).append(" |\n\n");
        if (plotsProblem == null) {
            md.append("![Distribution of total scores](plots/scores.png)\n\n");
        } else {
            md.append("_The plots could not be drawn: ").append(plotsProblem).append("_\n\n");
        }
        md.append("## Tests by pass rate\n\nThe tests most students fail come first.\n\n");
        if (plotsProblem == null && !statistics.tests().isEmpty()) {
            md.append("![Pass rate of each test](plots/pass-rates.png)\n\n");
        }
        md.append("| test | points | passed | mean points |\n|---|---|---|---|\n");
        for (ClassStatistics.TestColumn test : statistics.byPassRate()) {
            md.append("| ").append(cell(test.label())).append(" | ").append(Numbers.points(test.maxScore()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.0f %%", test.passRate() * 100))
                    .append(" | ").append(Numbers.points(round2(test.meanScore()))).append(" |\n");
        }
        if (broken > 0) {
            md.append("\n## Could not be graded\n\n| submission | students | problem |\n|---|---|---|\n");
            for (SubmissionRecord record : statistics.notGradable()) {
                md.append("| ").append(cell(record.id())).append(" | ").append(cell(record.names())).append(" | ")
                        .append(cell(String.valueOf(record.scores().problem()))).append(" |\n");
            }
        }
        return md.toString();
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** A table cell: a | would end it early, a line break would end the table. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
