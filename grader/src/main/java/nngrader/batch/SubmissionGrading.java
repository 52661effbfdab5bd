package nngrader.batch;

import nngrader.report.Scores;

import java.nio.file.Path;

/**
 * Grades one submission folder for a batch and writes its results file. The batch's own tests use
 * a fake; {@link ChildGrader} runs the real grader in a JVM of its own.
 */
public interface SubmissionGrading {

    /**
     * @param submission the folder to grade (a zip is unpacked first)
     * @param results    where its results file goes, in the batch's format; the folder beside it is the
     *                   submission's own, for logs
     * @return what it earned; never throws for a broken submission, which earns 0 with a problem
     */
    Scores grade(Path submission, Path results) throws Exception;
}
