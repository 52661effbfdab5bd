package nngrader.assignment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the sources of a suite's class path that changed after they were compiled, so that a hidden
 * suite or reference edited without a rebuild is not packaged, audited or graded as it was before.
 *
 * <p>Each class path folder that is a Maven module's build output ({@code <module>/target/classes})
 * is compared with that module's {@code src/main/java}, when it is there: a {@code .java} file is
 * stale when it is newer than its own class file ({@code a/b/C.java} against {@code a/b/C.class}).
 * Each source is compared with its own class, not with the newest file of the build, because a git
 * checkout gives sources whatever times it likes; and as Maven recompiles a whole module when any of
 * its sources changed, a fresh {@code mvn package} leaves every class newer than its source. A
 * source that compiles to no class of its own name is compared with the newest class of its package,
 * and one with no class at all has never been compiled. In a Gradescope bundle the class path holds
 * no sources: there is nothing to compare and nothing is stale.
 *
 * <pre>{@code
 * new StaleSources().find(assignment.suite()).ifPresent(s -> System.out.println(s.sentence()));
 * }</pre>
 */
public final class StaleSources {
    /** The command that rebuilds every module of a checkout. */
    public static final String REBUILD = "mvn -B -q -DskipTests package";

    /**
     * What is out of date.
     *
     * @param newest the stale source changed last
     * @param count  how many sources are stale
     */
    public record Stale(Path newest, int count) {
        /** One sentence that names the newest stale source and the command to rebuild. */
        public String sentence() {
            String others = count > 1 ? " (as are " + (count - 1) + " other source" + (count > 2 ? "s" : "") + ")" : "";
            return newest + " is newer than its compiled class" + others + ", so the compiled hidden suite or"
                    + " reference is out of date; rebuild first: " + REBUILD;
        }
    }

    /** The stale sources of the suite's class path, if any; a file that cannot be read is passed over. */
    public Optional<Stale> find(Suite suite) {
        List<Source> stale = new ArrayList<>();
        for (Path entry : suite.classPath()) {
            Path classes = entry.toAbsolutePath().normalize();
            if (!classes.endsWith(Path.of("target", "classes")) || classes.getNameCount() < 3) {
                continue;
            }
            Path sources = classes.getParent().resolveSibling("src").resolve(Path.of("main", "java"));
            if (Files.isDirectory(sources) && Files.isDirectory(classes)) {
                stale.addAll(staleIn(sources, classes));
            }
        }
        return stale.stream().max(Comparator.comparing(Source::modified))
                .map(newest -> new Stale(newest.path(), stale.size()));
    }

    private record Source(Path path, FileTime modified) {
    }

    private static List<Source> staleIn(Path sources, Path classes) {
        List<Path> javaFiles;
        try (Stream<Path> walk = Files.walk(sources)) {
            javaFiles = walk.filter(p -> p.getFileName().toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("package-info.java")
                            && !p.getFileName().toString().equals("module-info.java"))
                    .filter(Files::isRegularFile).toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
        List<Source> stale = new ArrayList<>();
        for (Path java : javaFiles) {
            try {
                FileTime source = Files.getLastModifiedTime(java);
                String relative = sources.relativize(java).toString();
                Path own = classes.resolve(relative.substring(0, relative.length() - ".java".length()) + ".class");
                Optional<FileTime> compiled = Files.isRegularFile(own) ? Optional.of(Files.getLastModifiedTime(own))
                        : newestClassIn(own.getParent());
                if (compiled.isEmpty() || source.compareTo(compiled.get()) > 0) {
                    stale.add(new Source(java, source));
                }
            } catch (IOException | UncheckedIOException e) {
                // unreadable: nothing to say about it
            }
        }
        return stale;
    }

    /** The newest class file directly in a package folder, for a source whose classes have other names. */
    private static Optional<FileTime> newestClassIn(Path packageFolder) throws IOException {
        if (packageFolder == null || !Files.isDirectory(packageFolder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(packageFolder)) {
            List<Path> classFiles = files.filter(p -> p.getFileName().toString().endsWith(".class")).toList();
            FileTime newest = null;
            for (Path c : classFiles) {
                FileTime t = Files.getLastModifiedTime(c);
                newest = newest == null || t.compareTo(newest) > 0 ? t : newest;
            }
            return Optional.ofNullable(newest);
        }
    }
}
