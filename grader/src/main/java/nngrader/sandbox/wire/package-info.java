/**
 * What crosses between the grader JVM and the worker JVM: length-prefixed JSON frames and
 * values encoded by their declared type. Both JVMs use these classes, so they depend only on the
 * JDK and jackson-core.
 */
package nngrader.sandbox.wire;
