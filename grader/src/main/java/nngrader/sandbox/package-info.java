/**
 * The worker JVM seen from the grader: starting it (in a {@link nngrader.sandbox.jail.Jail}), calling into it with
 * deadlines through proxies, and restarting it after a timeout or a crash. The frames and values are in
 * {@code sandbox.wire}, the worker's own code in {@code sandbox.worker}.
 */
package nngrader.sandbox;
