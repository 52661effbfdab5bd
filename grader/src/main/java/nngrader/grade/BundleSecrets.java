package nngrader.grade;

import nngrader.assignment.Assignment;
import nngrader.assignment.SubmittedFile;
import nngrader.sandbox.jail.Secrets;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What of an assignment the worker must not see: the folder that holds the whole bundle (for a
 * checkout, the repository) and each of its parts, the grader's own files and the results folder;
 * and one file of each secret kind to check that it cannot.
 */
final class BundleSecrets {
    private BundleSecrets() {
    }

    static Secrets of(Assignment assignment, Path results) {
        List<Path> parts = new ArrayList<>();
        parts.add(assignment.directory());
        parts.addAll(assignment.suite().classPath());
        if (assignment.reference() != null) {
            parts.add(assignment.reference());
        }
        if (assignment.template() != null) {
            parts.add(assignment.template());
        }
        List<Path> folders = new ArrayList<>();
        commonFolder(parts).ifPresent(folders::add);
        for (Path p : parts) {
            folders.add(Files.isDirectory(p) ? p : p.toAbsolutePath().getParent());
        }
        graderHome().ifPresent(folders::add);
        if (results != null && results.toAbsolutePath().getParent() != null) {
            folders.add(results.toAbsolutePath().getParent());
        }

        Map<String, Path> probes = new LinkedHashMap<>();
        probes.put("assignment.json", assignment.directory().resolve("assignment.json"));
        for (Path entry : assignment.suite().classPath()) {
            for (String pkg : assignment.suite().packages()) {
                firstClass(entry.resolve(pkg.replace('.', '/'))).ifPresent(f -> probes.putIfAbsent("the hidden suite", f));
            }
            if (Files.isRegularFile(entry)) {
                probes.putIfAbsent("the hidden suite", entry);
            }
            for (SubmittedFile f : assignment.submit()) {
                Path compiled = entry.resolve(f.className().replace('.', '/') + ".class");
                if (Files.isRegularFile(compiled)) {
                    probes.putIfAbsent("the reference classes", compiled);
                }
            }
        }
        if (assignment.reference() != null) {
            for (SubmittedFile f : assignment.submit()) {
                Path source = assignment.reference().resolve(f.file());
                if (Files.isRegularFile(source)) {
                    probes.putIfAbsent("the reference sources", source);
                }
            }
        }
        graderCode().ifPresent(code -> probes.put("the grader's own files", code));
        return new Secrets(folders, probes, outside(results));
    }

    /**
     * Outside the bundle: Gradescope's submission_metadata.json (earlier results with their hidden
     * feedback), beside the results folder and in /autograder; and the folders where a spare copy of
     * the course is likeliest, searched a few levels down: /autograder, /root, each home folder, and
     * the grader's working folder and its parent.
     */
    private static List<Path> outside(Path results) {
        List<Path> places = new ArrayList<>();
        Path autograder = Path.of("/autograder");
        Path root = results == null ? null : results.toAbsolutePath().getParent();
        if (root != null && root.getParent() != null) {
            places.add(root.getParent().resolve("submission_metadata.json"));
        }
        places.add(autograder.resolve("submission_metadata.json"));
        places.add(autograder);
        places.add(Path.of("/root"));
        try (Stream<Path> homes = Files.list(Path.of("/home"))) {
            homes.sorted().limit(20).forEach(places::add);
        } catch (IOException e) {
            // no home folders
        }
        Path here = Path.of("").toAbsolutePath();
        places.add(here);
        if (here.getParent() != null) {
            places.add(here.getParent());
        }
        return places.stream().distinct().toList();
    }

    /** The deepest folder that holds every part, e.g. a checkout's root. */
    private static Optional<Path> commonFolder(List<Path> parts) {
        Path common = null;
        for (Path p : parts) {
            Path abs = p.toAbsolutePath().normalize();
            if (common == null) {
                common = abs;
            }
            while (common != null && !abs.startsWith(common)) {
                common = common.getParent();
            }
        }
        return Optional.ofNullable(common);
    }

    /** The folder of the grader's own code: its jar's folder, or its classes folder. */
    private static Optional<Path> graderHome() {
        return graderLocation().map(p -> Files.isDirectory(p) ? p : p.getParent());
    }

    /** One file of the grader's own code: its jar, or this class's class file. */
    private static Optional<Path> graderCode() {
        return graderLocation().map(p -> Files.isDirectory(p) ? p.resolve(Grader.class.getName().replace('.', '/')
                + ".class") : p);
    }

    private static Optional<Path> graderLocation() {
        CodeSource source = Grader.class.getProtectionDomain().getCodeSource();
        try {
            return Optional.ofNullable(source == null ? null : Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> firstClass(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".class")).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
