package nngrader.assignment;

/**
 * Time and memory an assignment grants a submission.
 *
 * @param testSeconds   default wall-clock limit of one test's calls into student code
 * @param totalSeconds  budget for the whole run; tests left when it runs out are not run
 * @param workerHeapMb  the worker JVM's -Xmx
 * @param workerStackKb the worker JVM's -Xss
 */
public record Limits(double testSeconds, double totalSeconds, int workerHeapMb, int workerStackKb) {

    public static final Limits DEFAULT = new Limits(10, 480, 256, 1024);
}
