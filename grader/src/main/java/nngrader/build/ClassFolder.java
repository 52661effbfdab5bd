package nngrader.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import nngrader.assignment.SubmittedFile;

/**
 * Writes one compilation's class files into the output folder. A class that cannot be written (a nested class
 * whose name is over the file system's 255 bytes, any other error of the file system) is the fault of the student
 * file it was compiled from, which then falls back; the folder is emptied so the next attempt starts clean. A
 * template class that cannot be written is the grader's or the assignment's problem.
 */
final class ClassFolder {
    private final Path root;

    ClassFolder(Path outputDir) {
        this.root = outputDir.toAbsolutePath().normalize();
    }

    /**
     * @param origins the student file each class came from, by binary name
     * @return the student files whose classes could not be written, with a message for their author; empty
     *         when every class was written
     */
    Map<SubmittedFile, String> write(Map<String, byte[]> classes, Map<String, SourceFile> origins) {
        var unwritable = new LinkedHashMap<SubmittedFile, String>();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the class folder " + root, e);
        }
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            SourceFile origin = origins.get(c.getKey());
            if (origin != null && unwritable.containsKey(origin.wanted())) {
                continue;
            }
            try {
                Path file = root.resolve(c.getKey().replace('.', '/') + ".class").normalize();
                if (!file.startsWith(root)) {
                    throw new IOException("the class name leaves the output folder");
                }
                Files.createDirectories(file.getParent());
                Files.write(file, c.getValue());
            } catch (IOException | RuntimeException e) {
                if (origin == null) {
                    throw new BrokenTemplateException("cannot write the class file of " + c.getKey() + " to " + root
                            + ": " + e, e);
                }
                unwritable.put(origin.wanted(), origin.shownPath() + ": the class files of " + origin.wanted().fileName()
                        + " cannot be written: " + why(c.getKey(), e));
            }
        }
        if (!unwritable.isEmpty()) {
            empty();
        }
        return unwritable;
    }

    /** Why, in the student's terms: the class, cut to a readable length, and what the file system said. */
    private static String why(String className, Exception e) {
        String shown = className.length() <= 120 ? className : className.substring(0, 100) + "... ("
                + className.length() + " characters)";
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        boolean tooLong = reason.contains("File name too long") || className.getBytes(
                java.nio.charset.StandardCharsets.UTF_8).length > 200;
        return "class " + shown + ": " + reason + (tooLong ? " (a class's file name, Outer$Inner.class, must stay"
                + " under 255 bytes: shorten the nested class's name)" : "");
    }

    private void empty() {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(root)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the class folder " + root, e);
        }
    }
}
