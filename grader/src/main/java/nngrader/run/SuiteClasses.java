package nngrader.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The top-level classes of the suite's packages, found in the suite's own class path entries
 * (folders or jars). Selecting classes rather than packages keeps JUnit from finding a class twice
 * when the same folder is also on the grader's class path, as it is under Maven.
 */
final class SuiteClasses {
    private SuiteClasses() {
    }

    static List<Class<?>> load(List<Path> classPath, List<String> packages, ClassLoader loader) {
        TreeSet<String> names = new TreeSet<>();
        for (Path entry : classPath) {
            if (Files.isDirectory(entry)) {
                collect(entry, packages, names);
            } else if (Files.isRegularFile(entry)) {
                try (FileSystem jar = FileSystems.newFileSystem(entry)) {
                    collect(jar.getPath("/"), packages, names);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + entry, e);
                }
            }
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            try {
                classes.add(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("hidden suite class " + name + " cannot be loaded: " + e, e);
            }
        }
        return classes;
    }

    private static void collect(Path root, List<String> packages, TreeSet<String> names) {
        for (String pkg : packages) {
            Path dir = root.resolve(pkg.replace('.', '/'));
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString())
                        .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.equals("package-info.class"))
                        .forEach(f -> names.add(pkg + "." + f.substring(0, f.length() - ".class".length())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            }
        }
    }
}
