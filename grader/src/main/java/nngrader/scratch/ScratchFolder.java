package nngrader.scratch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
 *
 * Student code writes in the worker's folder, so removing it must survive anything: a chain of
 * folders deeper than PATH_MAX, which Java's path-based walk cannot follow, and a million files,
 * which take half a minute. Removal is {@code rm -rf} (which works below PATH_MAX with relative
 * paths), within a time limit; what is left is named on stderr for the staff, never an error.
 * {@link #deferRemovals()} puts removals off until the results are written.
 */
public final class ScratchFolder {
    /** Long enough for any honest submission's files; a flood of them is left to the OS. */
    static final Duration REMOVAL_LIMIT = Duration.ofSeconds(20);

    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Deferral> DEFERRAL = new ThreadLocal<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> LIVE.forEach(ScratchFolder::remove), "delete-scratch"));
    }

    private ScratchFolder() {
    }

    /** A new folder in the temp folder, owner-only, removed at the latest when the JVM exits. */
    public static Path create(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        LIVE.add(folder);
        return folder;
    }

    /**
     * Removes a folder and all below it, or, inside {@link #deferRemovals()} on this thread, when
     * that ends. What cannot be removed in time is left, and named on stderr; never an error.
     */
    public static void delete(Path root) {
        Deferral deferral = DEFERRAL.get();
        if (deferral != null) {
            deferral.folders.add(root);
            return;
        }
        remove(root);
    }

    /**
     * Puts this thread's removals off until the returned deferral is closed, so that slow removals
     * (a student's million files) come after what must not wait for them (writing the results).
     * Nested deferrals add to the outermost.
     */
    public static Deferral deferRemovals() {
        Deferral outer = DEFERRAL.get();
        Deferral deferral = new Deferral(outer);
        if (outer == null) {
            DEFERRAL.set(deferral);
        }
        return deferral;
    }

    /** Removals put off; closing it removes them, in the order they were asked for. */
    public static final class Deferral implements AutoCloseable {
        private final Deferral outer;
        private final List<Path> folders;

        private Deferral(Deferral outer) {
            this.outer = outer;
            this.folders = outer == null ? new ArrayList<>() : outer.folders;
        }

        @Override
        public void close() {
            if (outer != null) {
                return;
            }
            DEFERRAL.remove();
            folders.forEach(ScratchFolder::remove);
            folders.clear();
        }
    }

    private static void remove(Path root) {
        if (!removeWithRm(root)) {
            removeWithJava(root);
        }
        if (Files.exists(root)) {
            System.err.println("grader: could not remove all of " + root + " within " + REMOVAL_LIMIT.toSeconds()
                    + " s (files the worker made or holds); it is left to the OS");
        }
        LIVE.remove(root);
    }

    /** rm -rf, which descends with relative paths; false if rm could not run. */
    private static boolean removeWithRm(Path root) {
        Path rm = Stream.of("/usr/bin/rm", "/bin/rm").map(Path::of).filter(Files::isExecutable).findFirst().orElse(null);
        if (rm == null) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(rm.toString(), "-rf", "--one-file-system", "--", root.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(REMOVAL_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
            }
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static void removeWithJava(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a file the worker still holds open; the OS cleans temp folders
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // already gone, or too deep to walk: named on stderr by the caller
        }
    }
}
