/**
 * Warm grader JVMs for {@code grader batch}: one long-lived grader per job ({@link nngrader.batch.warm.GradingServer},
 * {@code grader serve}) grades submission after submission, each with a fresh jailed worker, and is replaced when it
 * fails ({@link nngrader.batch.warm.WarmGrader}).
 */
package nngrader.batch.warm;
