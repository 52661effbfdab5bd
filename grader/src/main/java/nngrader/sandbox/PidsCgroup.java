package nngrader.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A cgroup of its own with a pids limit, for one run's workers: unlike RLIMIT_NPROC, which counts
 * every process of the sandbox user, it caps this run alone, so a fork bomb cannot starve a grading
 * that runs beside it. Uses the cgroup v1 pids hierarchy, or cgroup v2 when its root delegates
 * pids; absent (e.g. in most containers) when neither can be written.
 */
final class PidsCgroup {
    private static final List<Path> ROOTS = List.of(Path.of("/sys/fs/cgroup/pids"), Path.of("/sys/fs/cgroup"));
    /** Writes its own pid into the cgroup named by $1, then runs the rest. */
    static final String ENTER = "echo $$ > \"$1/cgroup.procs\" || exit 96; shift; exec \"$@\"";

    private final Path folder;

    private PidsCgroup(Path folder) {
        this.folder = folder;
    }

    /** A new cgroup limited to {@code maxPids} tasks, if this system lets the grader make one. */
    static Optional<PidsCgroup> create(int maxPids) {
        for (Path root : ROOTS) {
            if (!Files.isWritable(root.resolve("cgroup.procs")) || !usable(root)) {
                continue;
            }
            Path folder = root.resolve("nngrader-" + UUID.randomUUID());
            try {
                Files.createDirectory(folder);
                Files.writeString(folder.resolve("pids.max"), Integer.toString(maxPids));
                return Optional.of(new PidsCgroup(folder));
            } catch (IOException | UnsupportedOperationException e) {
                new PidsCgroup(folder).remove();
            }
        }
        return Optional.empty();
    }

    private static boolean usable(Path root) {
        if (root.getFileName().toString().equals("pids")) {
            return true;
        }
        try {
            return Files.readString(root.resolve("cgroup.subtree_control")).contains("pids");
        } catch (IOException e) {
            return false;
        }
    }

    /** The command that puts itself into this cgroup before running {@code command}. */
    List<String> enter() {
        return List.of(HostCommand.find("sh").orElse("/bin/sh"), "-c", ENTER, "cgroup", folder.toString());
    }

    /** Removes the cgroup once its processes are gone (they are killed with the worker). */
    void remove() {
        for (int tries = 0; tries < 20; tries++) {
            try {
                Files.deleteIfExists(folder);
                return;
            } catch (IOException busy) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
