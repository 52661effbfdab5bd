/**
 * {@code grader preview}: a results file shown as a student would see it on Gradescope, as one HTML
 * page that needs no network and runs no script.
 */
package nngrader.preview;
