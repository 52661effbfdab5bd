package nngrader.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The classes on the worker's class path (the student's and the template's): the only classes a
 * stack frame from the worker may name. A forged frame that names the hidden suite or the grader
 * would read as if they had run in the worker, and would tell a student a name from the suite.
 */
final class SubmissionClasses {
    private final Set<String> names;

    private SubmissionClasses(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    static SubmissionClasses of(List<Path> classPath) {
        Set<String> names = new HashSet<>();
        for (Path root : classPath) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                    String relative = root.relativize(f).toString();
                    names.add(topLevel(relative.substring(0, relative.length() - ".class".length()).replace('/', '.')));
                });
            } catch (IOException | UncheckedIOException e) {
                // no names: frames are dropped, which hides where, never shows a false place
            }
        }
        return new SubmissionClasses(names);
    }

    /** Only the frames in these classes (nested, anonymous and lambda classes of them included). */
    List<StackTraceElement> own(List<StackTraceElement> frames) {
        return frames.stream().filter(f -> names.contains(topLevel(f.getClassName()))).toList();
    }

    private static String topLevel(String className) {
        int nested = className.indexOf('$');
        return nested < 0 ? className : className.substring(0, nested);
    }
}
