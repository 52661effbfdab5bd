/** Grading a whole class ({@code grader batch}, {@code grader merge}): one record per submission, resumable, and the class report. */
package nngrader.batch;
