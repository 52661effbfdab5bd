/** One grading from start to end: locate, build, sandbox, run, report ({@link nngrader.grade.Grader}). */
package nngrader.grade;
