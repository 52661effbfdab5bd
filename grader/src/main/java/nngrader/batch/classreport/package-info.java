/** What a class's records add up to: {@code summary.csv}, the plots and {@code report.md}. */
package nngrader.batch.classreport;
