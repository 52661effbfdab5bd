/**
 * Plots as PNG, drawn headless with JFreeChart: a suite's and the grader's {@link nngrader.api.Chart}s
 * ({@link nngrader.report.plot.ChartImages}) and the class report's plots. A machine that cannot draw
 * (no fonts) gets {@link nngrader.report.plot.ChartNotDrawn}, and the caller shows the chart's alt text.
 */
package nngrader.report.plot;
