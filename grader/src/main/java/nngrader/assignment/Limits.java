package nngrader.assignment;

/**
 * Time and memory an assignment grants a submission.
 *
 * @param testSeconds   default wall-clock limit of one test's calls into student code
 * @param totalSeconds  budget for the whole run; tests left when it runs out are not run
 * @param workerHeapMb  the worker JVM's -Xmx
 * @param workerStackKb the worker JVM's -Xss
 * @param maxFrameMb    the largest message the worker may send (a return value with the output it printed);
 *                      a larger one fails only its call
 */
public record Limits(double testSeconds, double totalSeconds, int workerHeapMb, int workerStackKb, int maxFrameMb) {

    public static final Limits DEFAULT = new Limits(10, 480, 256, 1024, 64);
}
