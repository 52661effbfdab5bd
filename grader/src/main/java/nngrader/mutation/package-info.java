/** Automatic mutants: one small change inside a solution region of the reference each, for {@code grader verify}. */
package nngrader.mutation;
