package nngrader.sandbox.jail;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Leaves nothing of a sandbox user behind: kills every process of its uid (detached ones too, which
 * without a PID namespace outlive the worker) and removes the files it owns in the places anyone
 * may write to (/tmp, /var/tmp, /dev/shm, ...) and its System V IPC objects ({@link SysvIpc}). Run before a grading's first worker starts, so that
 * nothing a previous grading left can reach it, and again before the results are written.
 *
 * <p>Only for a uid this grading has claimed ({@link UserPool}): it kills what that uid runs.
 */
final class UserSweep {
    /** Where anyone may write on a Linux system; the ones that exist are swept. */
    static final List<Path> WORLD_WRITABLE = List.of(Path.of("/tmp"), Path.of("/var/tmp"), Path.of("/dev/shm"),
            Path.of("/dev/mqueue"), Path.of("/run/lock"), Path.of("/var/lock"), Path.of("/var/crash"),
            Path.of("/var/mail"), Path.of("/var/spool/cron/crontabs"));
    /** Kills every process the caller may signal, which for the sandbox user is every process of its own. */
    private static final String KILL_ALL = "kill -KILL -1 2>/dev/null; exit 0";
    private static final int ROUNDS = 50;
    /** A bound on the walk, so a million files cannot hold the results back for long. */
    private static final int MAX_ENTRIES = 200_000;

    /**
     * What a sweep found: processes killed, files (or folders) removed, System V IPC objects removed;
     * what it could not remove.
     */
    record Swept(int processes, int files, int ipcObjects, List<String> left) {
        Swept plusProcesses(int more) {
            return new Swept(processes + more, files, ipcObjects, left);
        }

        boolean foundAny() {
            return processes > 0 || files > 0 || ipcObjects > 0;
        }

        String describe() {
            return processes + " process" + (processes == 1 ? "" : "es") + " and " + files + " file"
                    + (files == 1 ? "" : "s") + (ipcObjects == 0 ? "" : " and " + ipcObjects
                    + " System V IPC object" + (ipcObjects == 1 ? "" : "s") + " (shared memory, semaphores, queues)");
        }
    }

    private UserSweep() {
    }

    static Swept sweep(SandboxUser user) {
        int processes = killAll(user);
        List<String> left = new ArrayList<>();
        int files = 0;
        for (Path root : WORLD_WRITABLE) {
            files += removeOwned(root, user.uid(), left);
        }
        int ipcObjects = SysvIpc.removeOwnedBy(user.uid(), left);
        return new Swept(processes, files, ipcObjects, left);
    }

    /**
     * Kills the uid's processes, round after round until none is left: {@code kill(-1)} as that uid
     * (setpriv) reaches every one of them at once, so a process that forks while being killed leaves
     * no child (fork fails with a kill pending). Returns how many there were.
     */
    static int killAll(SandboxUser user) {
        int found = processesOf(user.uid()).size();
        String setpriv = HostCommand.find("setpriv").orElse("setpriv");
        List<String> kill = List.of(setpriv, "--reuid=" + user.uid(), "--regid=" + user.gid(), "--clear-groups",
                "--", HostCommand.find("sh").orElse("/bin/sh"), "-c", KILL_ALL);
        for (int round = 0; round < ROUNDS && !processesOf(user.uid()).isEmpty(); round++) {
            HostCommand.run(kill, Map.of("PATH", "/usr/bin:/bin"));
            if (!processesOf(user.uid()).isEmpty()) {
                sleep(20);
            }
        }
        return found;
    }

    /** The live processes (not zombies) with {@code uid} as their real, effective or saved user id. */
    static List<Long> processesOf(int uid) {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) entries::iterator) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String status = Files.readString(p.resolve("status"));
                    if (ownedBy(status, uid) && !status.contains("\nState:\tZ")) {
                        pids.add(Long.parseLong(name));
                    }
                } catch (IOException | RuntimeException gone) {
                    // ended while we looked
                }
            }
        } catch (IOException e) {
            // no /proc: nothing can be listed
        }
        return pids;
    }

    private static boolean ownedBy(String status, int uid) {
        for (String line : status.split("\n")) {
            if (line.startsWith("Uid:")) {
                String[] ids = line.substring(4).trim().split("\\s+");
                for (int i = 0; i < Math.min(3, ids.length); i++) {
                    if (ids[i].equals(Integer.toString(uid))) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /**
     * Removes what {@code uid} owns below {@code root}: it can only have made files where it could
     * go, so folders that others may not enter (and that it does not own) are not walked.
     */
    private static int removeOwned(Path root, int uid, List<String> left) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int[] removed = {0};
        int[] seen = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (++seen[0] > MAX_ENTRIES) {
                        return FileVisitResult.TERMINATE;
                    }
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    PosixFileAttributes posix = posix(dir);
                    if (posix == null) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (uidOf(dir) == uid) {
                        removed[0] += removeTree(dir, left);
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return posix.permissions().contains(PosixFilePermission.OTHERS_EXECUTE)
                            ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (++seen[0] > MAX_ENTRIES) {
                        return FileVisitResult.TERMINATE;
                    }
                    if (uidOf(file) == uid) {
                        removed[0] += delete(file, left);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            left.add(root + " (" + e.getMessage() + ")");
        }
        return removed[0];
    }

    /** A folder of the uid's own, and everything in it, whoever owns that. */
    private static int removeTree(Path dir, List<String> left) {
        int[] removed = {0};
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    removed[0] += delete(file, left);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    removed[0] += delete(file, left);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) {
                    removed[0] += delete(d, left);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            left.add(dir.toString());
        }
        return removed[0];
    }

    private static int delete(Path path, List<String> left) {
        try {
            return Files.deleteIfExists(path) ? 1 : 0;
        } catch (IOException e) {
            if (left.size() < 10) {
                left.add(path.toString());
            }
            return 0;
        }
    }

    private static PosixFileAttributes posix(Path path) {
        try {
            return Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static int uidOf(Path path) {
        try {
            return (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
