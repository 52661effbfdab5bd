/** {@code grader template}: the student template made from the reference by replacing each solution region with a stub. */
package nngrader.template;
