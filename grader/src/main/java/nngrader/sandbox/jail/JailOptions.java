package nngrader.sandbox.jail;

/**
 * How tightly to lock the worker up.
 *
 * @param user         the unprivileged user the worker runs as when the grader is root, one grading at a
 *                     time; null for the first free user of the pool ({@code nngrader-w0} ... {@code nngrader-w15})
 * @param privileged   whether to use what only root may do (another user, private mounts);
 *                     false grades as a grader that is not root would, e.g. to test that path
 * @param sysAdmin     whether to use what needs CAP_SYS_ADMIN or a writable cgroup file system
 *                     (namespaces, mounts, cgroups); false grades as in Docker's default container,
 *                     whatever this machine allows: the worker's wrapper runs without CAP_SYS_ADMIN
 *                     and no cgroup is made
 * @param maxProcesses processes and threads together: the pids limit of the grading's cgroup where
 *                     there is one, else RLIMIT_NPROC of its sandbox user
 * @param maxFileBytes RLIMIT_FSIZE: the largest file the worker may write
 */
public record JailOptions(String user, boolean privileged, boolean sysAdmin, int maxProcesses, long maxFileBytes) {

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

    /** A user of the pool, every protection this machine allows, 512 processes, 64 MB files. */
    public static JailOptions defaults() {
        return new JailOptions(null, true, true, DEFAULT_MAX_PROCESSES, DEFAULT_MAX_FILE_BYTES);
    }

    /** Runs the worker as {@code name} (null: a user of the pool). */
    public JailOptions withUser(String name) {
        return new JailOptions(name, privileged, sysAdmin, maxProcesses, maxFileBytes);
    }

    /** As a grader that is not root would run, whoever runs it. */
    public JailOptions unprivileged() {
        return new JailOptions(user, false, sysAdmin, maxProcesses, maxFileBytes);
    }

    /** As in a container without CAP_SYS_ADMIN and with a read-only cgroup file system (Docker's default). */
    public JailOptions withoutSysAdmin() {
        return new JailOptions(user, privileged, false, maxProcesses, maxFileBytes);
    }
}
