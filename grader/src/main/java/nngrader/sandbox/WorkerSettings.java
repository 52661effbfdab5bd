package nngrader.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How to start a worker JVM.
 *
 * @param classPath        the compiled submission (student and template classes); the worker's own
 *                         runtime is added by {@link WorkerCommand}
 * @param heapMb           the worker's -Xmx
 * @param stackKb          the worker's -Xss, the stack of the thread that runs student calls
 * @param workingDirectory where the worker runs, and where student code may write files
 * @param outputCapBytes   how much of what the student prints during one call is kept
 * @param maxFrameBytes    the largest frame either side accepts
 */
public record WorkerSettings(List<Path> classPath, int heapMb, int stackKb, Path workingDirectory,
        int outputCapBytes, int maxFrameBytes) {

    public static final int DEFAULT_HEAP_MB = 256;
    public static final int DEFAULT_STACK_KB = 1024;
    public static final int DEFAULT_OUTPUT_CAP_BYTES = 16 * 1024;
    public static final int DEFAULT_MAX_FRAME_BYTES = 64 * 1024 * 1024;

    public WorkerSettings {
        classPath = List.copyOf(classPath);
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        if (heapMb < 16) {
            throw new IllegalArgumentException("heapMb must be at least 16, not " + heapMb);
        }
        if (stackKb < 256) {
            throw new IllegalArgumentException("stackKb must be at least 256, not " + stackKb);
        }
        if (outputCapBytes < 0) {
            throw new IllegalArgumentException("outputCapBytes must not be negative");
        }
        if (maxFrameBytes < 1024) {
            throw new IllegalArgumentException("maxFrameBytes must be at least 1024, not " + maxFrameBytes);
        }
    }

    /** 256 MB of heap, 1 MB of stack, 16 KB of output per call, frames up to 64 MB. */
    public static WorkerSettings defaults(List<Path> classPath, Path workingDirectory) {
        return new WorkerSettings(classPath, DEFAULT_HEAP_MB, DEFAULT_STACK_KB, workingDirectory,
                DEFAULT_OUTPUT_CAP_BYTES, DEFAULT_MAX_FRAME_BYTES);
    }
}
