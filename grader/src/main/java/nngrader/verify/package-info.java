/** {@code grader verify}: audits a suite with the reference, the template, named and automatic mutants, and a seed sweep. */
package nngrader.verify;
