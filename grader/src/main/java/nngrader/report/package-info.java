/** The report stage: a grading as Gradescope {@code results.json}, PrairieLearn results, Markdown or a terminal table, written atomically. */
package nngrader.report;
