/** {@code grader init}: a new assignment folder with a reference, a hidden suite and a mutant to start from. */
package nngrader.scaffold;
