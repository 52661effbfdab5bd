/**
 * Grading a whole class ({@code grader batch}): warm grader JVMs, one per job ({@code batch.warm}), or a child
 * grader per submission ({@link nngrader.batch.ChildGrader}, which also grades again what a warm one failed); a
 * record per graded submission, resumable runs keyed to a fingerprint of what they grade against. Submissions come
 * from {@code batch.input}, progress goes to {@code batch.progress}, shards are joined by {@code batch.shard}, and
 * the class's results are written by {@code batch.classreport}.
 */
package nngrader.batch;
