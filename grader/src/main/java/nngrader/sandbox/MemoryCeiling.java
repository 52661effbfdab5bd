package nngrader.sandbox;

/**
 * The memory ceiling that every process of a grading's workers shares (a memory cgroup the grader is outside of),
 * as the sandbox needs it: to tell a student's out-of-memory death from a kill from outside.
 */
public interface MemoryCeiling {

    /** Its size in bytes. */
    long memoryBytes();

    /**
     * How many times the kernel has killed a process for going over it (0 without a memory cgroup, or on a kernel
     * that does not count it).
     */
    long outOfMemoryKills();
}
