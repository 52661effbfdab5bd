package nngrader.scratch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A run's scratch folders in the temp folder: made here, removed when the run is done with them, and
 * removed all the same when the JVM is stopped first (Ctrl-C, or {@code grader batch} stopping a
 * grader that took too long), whose {@code finally} blocks never run.
 *
 * <pre>{@code
 * Path scratch = ScratchFolder.create("nngrader-");
 * try { ... } finally { ScratchFolder.delete(scratch); }
 * }</pre>
 */
public final class ScratchFolder {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ScratchFolder::delete), "delete-scratch"));
    }

    private ScratchFolder() {
    }

    /** A new folder in the temp folder, owner-only, removed at the latest when the JVM exits. */
    public static Path create(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        LIVE.add(folder);
        return folder;
    }

    /** Removes a folder and all below it; what cannot be removed is left, never an error. */
    public static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a file the worker still holds open; the OS cleans temp folders
                }
            });
        } catch (IOException ignored) {
            // already gone
        }
        LIVE.remove(root);
    }
}
