package nngrader.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points as people write them: 2, 1.5, 0.25, not 2.0 or 0.30000000000000004. */
public final class Numbers {
    private Numbers() {
    }

    static double round(double points) {
        if (!Double.isFinite(points)) {
            return 0;
        }
        return BigDecimal.valueOf(points).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }

    public static String points(double points) {
        return BigDecimal.valueOf(round(points)).stripTrailingZeros().toPlainString();
    }
}
