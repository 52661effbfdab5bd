package nngrader.sandbox;

/**
 * How tightly to lock the worker up.
 *
 * @param user         the unprivileged user the worker runs as when the grader is root
 * @param privileged   whether to use what only root may do (another user, private mounts);
 *                     false grades as a grader that is not root would, e.g. to test that path
 * @param maxProcesses processes and threads together: the pids limit of the run's cgroup where there
 *                     is one (and 8 times as many as RLIMIT_NPROC of the sandbox user, a backstop),
 *                     else RLIMIT_NPROC of the sandbox user
 * @param maxFileBytes RLIMIT_FSIZE: the largest file the worker may write
 */
public record JailOptions(String user, boolean privileged, int maxProcesses, long maxFileBytes) {

    public static final int DEFAULT_MAX_PROCESSES = 512;
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

    public JailOptions {
        if (maxProcesses < 64) {
            throw new IllegalArgumentException("maxProcesses must be at least 64 (a JVM has about 20 threads), not "
                    + maxProcesses);
        }
        if (maxFileBytes < 0) {
            throw new IllegalArgumentException("maxFileBytes must not be negative");
        }
    }

    /** The user {@value SandboxUser#DEFAULT_NAME}, root's protections when root, 512 processes, 64 MB files. */
    public static JailOptions defaults() {
        return new JailOptions(SandboxUser.DEFAULT_NAME, true, DEFAULT_MAX_PROCESSES, DEFAULT_MAX_FILE_BYTES);
    }

    public JailOptions withUser(String name) {
        return new JailOptions(name, privileged, maxProcesses, maxFileBytes);
    }

    /** As a grader that is not root would run, whoever runs it. */
    public JailOptions unprivileged() {
        return new JailOptions(user, false, maxProcesses, maxFileBytes);
    }
}
