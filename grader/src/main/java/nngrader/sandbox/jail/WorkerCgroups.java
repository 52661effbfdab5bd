package nngrader.sandbox.jail;

import nngrader.sandbox.MemoryCeiling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cgroups of one grading's workers, named after its sandbox user ({@code nngrader-w3}), which
 * only this grading holds: a pids limit (unlike RLIMIT_NPROC it caps this grading alone, so a fork
 * bomb cannot starve a grading beside it) and a memory ceiling with swap off, which counts the
 * worker and every process it starts and which the grader does not share, so the kernel's OOM
 * killer acts on the worker's processes, never on the grader. Uses cgroup v1 (the pids and memory
 * hierarchies) or cgroup v2 where its root delegates the controller; either is absent when it
 * cannot be written (a container's read-only /sys/fs/cgroup).
 *
 * <p>A cgroup of the same name left by a grader that was killed is removed and made again.
 */
final class WorkerCgroups implements MemoryCeiling {
    private static final Path V1 = Path.of("/sys/fs/cgroup");
    private static final Path V2 = Path.of("/sys/fs/cgroup");
    /** Writes its own pid into each cgroup named before "--", raises its OOM score, then runs the rest. */
    static final String ENTER = """
            while [ "$1" != -- ]; do echo $$ > "$1/cgroup.procs" || exit 96; shift; done; shift
            echo 1000 > /proc/self/oom_score_adj 2>/dev/null
            exec "$@"
            """;

    private final Path pids;
    private final Path memory;
    private final long memoryBytes;

    private WorkerCgroups(Path pids, Path memory, long memoryBytes) {
        this.pids = pids;
        this.memory = memory;
        this.memoryBytes = memoryBytes;
    }

    /**
     * The cgroups this system lets the grader make for {@code user}: at most {@code maxPids} tasks,
     * at most {@code memoryBytes} of memory (when {@code memoryBytes} &gt; 0).
     */
    static WorkerCgroups create(String name, int maxPids, long memoryBytes) {
        Path pids = make(List.of(V1.resolve("pids"), V2), "pids", name, null, folder -> {
            Files.writeString(folder.resolve("pids.max"), Integer.toString(maxPids));
        }).orElse(null);
        Path memory = memoryBytes <= 0 ? null : make(List.of(V1.resolve("memory"), V2), "memory", name, pids, folder -> {
            if (Files.exists(folder.resolve("memory.max"))) {
                Files.writeString(folder.resolve("memory.max"), Long.toString(memoryBytes));
                writeIfThere(folder.resolve("memory.swap.max"), "0");
                writeIfThere(folder.resolve("memory.oom.group"), "1");
            } else {
                Files.writeString(folder.resolve("memory.limit_in_bytes"), Long.toString(memoryBytes));
                writeIfThere(folder.resolve("memory.memsw.limit_in_bytes"), Long.toString(memoryBytes));
                writeIfThere(folder.resolve("memory.swappiness"), "0");
            }
        }).orElse(null);
        return new WorkerCgroups(pids, memory, memoryBytes);
    }

    /** No cgroup: {@link #enter()} only raises the OOM score. */
    static WorkerCgroups none() {
        return new WorkerCgroups(null, null, 0);
    }

    boolean limitsProcesses() {
        return pids != null;
    }

    boolean limitsMemory() {
        return memory != null;
    }

    @Override
    public long memoryBytes() {
        return memoryBytes;
    }

    /** The command that enters these cgroups and raises its OOM score before running what follows. */
    List<String> enter() {
        List<String> command = new ArrayList<>(List.of(HostCommand.find("sh").orElse("/bin/sh"), "-c", ENTER, "enter"));
        if (pids != null) {
            command.add(pids.toString());
        }
        if (memory != null && !memory.equals(pids)) {
            command.add(memory.toString());
        }
        command.add("--");
        return command;
    }

    @Override
    public long outOfMemoryKills() {
        if (memory == null) {
            return 0;
        }
        for (String file : List.of("memory.events", "memory.oom_control")) {
            try {
                for (String line : Files.readAllLines(memory.resolve(file))) {
                    if (line.startsWith("oom_kill ")) {
                        return Long.parseLong(line.substring("oom_kill ".length()).trim());
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // the other file, or not counted
            }
        }
        return 0;
    }

    /** Removes the cgroups; their processes must be gone (the sandbox user's are killed first). */
    void remove() {
        for (Path folder : new Path[] {pids, memory}) {
            if (folder != null && Files.exists(folder)) {
                removeFolder(folder);
            }
        }
    }

    private interface Setup {
        void limit(Path folder) throws IOException;
    }

    /** @param made a cgroup made for another controller: on cgroup v2 both are the same folder */
    private static Optional<Path> make(List<Path> roots, String controller, String name, Path made, Setup setup) {
        for (Path root : roots) {
            if (!Files.isWritable(root.resolve("cgroup.procs")) || !delegates(root, controller)) {
                continue;
            }
            Path folder = root.resolve(name);
            if (folder.equals(made)) {
                try {
                    setup.limit(folder);
                    return Optional.of(folder);
                } catch (IOException | UnsupportedOperationException e) {
                    continue;
                }
            }
            removeFolder(folder); // left by a grader that was killed
            try {
                Files.createDirectory(folder);
                setup.limit(folder);
                return Optional.of(folder);
            } catch (IOException | UnsupportedOperationException e) {
                removeFolder(folder);
            }
        }
        return Optional.empty();
    }

    private static boolean delegates(Path root, String controller) {
        if (root.getFileName().toString().equals(controller)) {
            return true;
        }
        try {
            return List.of(Files.readString(root.resolve("cgroup.subtree_control")).trim().split("\\s+"))
                    .contains(controller);
        } catch (IOException e) {
            return false;
        }
    }

    private static void writeIfThere(Path file, String value) throws IOException {
        if (Files.exists(file)) {
            Files.writeString(file, value);
        }
    }

    private static void removeFolder(Path folder) {
        for (int tries = 0; tries < 40 && Files.exists(folder); tries++) {
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
