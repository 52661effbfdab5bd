/**
 * The worker JVM: the only place where student code runs. Its runtime is these classes, the wire
 * package and jackson-core: the grader-worker module, which depends on nothing else, so code here
cannot use picocli, JUnit or the rest of the grader.
 */
package nngrader.sandbox.worker;
