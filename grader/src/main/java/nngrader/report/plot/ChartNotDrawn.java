package nngrader.report.plot;

/**
 * A plot could not be drawn on this machine: no fonts (Debian's fonts-dejavu-core), or a JDK without
 * AWT. The caller shows the chart's alt text instead; the grading itself is not affected.
 */
public final class ChartNotDrawn extends Exception {
    ChartNotDrawn(String what, Throwable cause) {
        super(what + " could not be drawn: " + cause, cause);
    }
}
