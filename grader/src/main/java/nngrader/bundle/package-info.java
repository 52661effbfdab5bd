/** The Gradescope bundle ({@code grader package}): the grader, the suite and what it needs of the reference, and the scripts that run them. */
package nngrader.bundle;
