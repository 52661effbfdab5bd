package nngrader.batch;

import nngrader.report.Scores;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How totals read in progress lines, the summary and the report: 87.5, 100, not 100.0 or 0.30000000000000004. */
final class Totals {
    private Totals() {
    }

    /** {@code 87.5/100}, or {@code 0 (not gradable)} */
    static String score(Scores scores) {
        if (scores.failedToGrade()) {
            return "0 (not gradable)";
        }
        return number(scores.score()) + "/" + number(scores.maxScore());
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "0";
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
