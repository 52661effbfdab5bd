package nngrader.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a run's scratch folder; what cannot be removed is left, never an error. */
public final class ScratchFolder {
    private ScratchFolder() {
    }

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
    }
}
