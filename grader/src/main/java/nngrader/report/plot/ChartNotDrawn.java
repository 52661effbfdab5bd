package nngrader.report.plot;

import java.io.IOException;

/**
 * A plot could not be drawn on this machine: no fonts (Debian's fonts-dejavu-core), or a JDK without
 * AWT. The caller shows the chart's alt text instead; the grading itself is not affected.
 */
public final class ChartNotDrawn extends Exception {
    private final String reason;

    ChartNotDrawn(String what, Throwable cause) {
        this(what, cause, cause + (cause instanceof IOException ? ""
                : " (is a font installed? On Debian or Ubuntu: apt-get install fonts-dejavu-core)"));
    }

    private ChartNotDrawn(String what, Throwable cause, String reason) {
        super(what + " could not be drawn: " + reason, cause);
        this.reason = reason;
    }

    /** Why, without naming the plot: what AWT threw, and what to install when that is the likely cause. */
    public String reason() {
        return reason;
    }
}
