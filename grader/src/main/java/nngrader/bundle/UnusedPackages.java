package nngrader.bundle;

import nngrader.assignment.Assignment;
import nngrader.assignment.SubmittedFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The packages of the suite's class path that grading this assignment never loads, so that the
 * bundle leaves them out: a course's compiled reference holds every assignment's solutions, and one
 * assignment's autograder has no business carrying another's.
 *
 * <p>A class path folder that holds the hidden suite ships whole. From the others, a package is
 * needed when it holds a class that is submitted or an interface that one implements (the grader
 * loads these by name), or when a needed class, or any class of the suite's folders, refers to it
 * ({@link ClassReferences}), transitively. Files in folders that hold no class (data) are kept.
 */
final class UnusedPackages {
    private UnusedPackages() {
    }

    /** @return for each class path folder that does not hold the suite, its packages ('/') that nothing needs */
    static Map<Path, Set<String>> of(Assignment assignment) throws IOException {
        Map<Path, Map<String, List<Path>>> others = new LinkedHashMap<>();
        Deque<String> wanted = new ArrayDeque<>();
        for (SubmittedFile f : assignment.submit()) {
            wanted.add(packageOf(f.className()));
            wanted.add(packageOf(f.implementsInterface()));
        }
        for (Path entry : assignment.suite().classPath()) {
            if (!Files.isDirectory(entry)) {
                continue;       // a jar ships as it is
            }
            Map<String, List<Path>> packages = classesByPackage(entry);
            if (holdsSuite(packages.keySet(), assignment.suite().packages())) {
                for (List<Path> classes : packages.values()) {
                    for (Path c : classes) {
                        wanted.addAll(ClassReferences.packagesOf(c));
                    }
                }
            } else {
                others.put(entry, packages);
            }
        }
        Set<String> needed = new HashSet<>();
        while (!wanted.isEmpty()) {
            String pkg = wanted.pop();
            if (!needed.add(pkg)) {
                continue;
            }
            for (Map<String, List<Path>> packages : others.values()) {
                for (Path c : packages.getOrDefault(pkg, List.of())) {
                    wanted.addAll(ClassReferences.packagesOf(c));
                }
            }
        }
        Map<Path, Set<String>> unused = new LinkedHashMap<>();
        others.forEach((entry, packages) -> unused.put(entry, packages.keySet().stream()
                .filter(p -> !needed.contains(p)).collect(Collectors.toCollection(TreeSet::new))));
        return unused;
    }

    private static boolean holdsSuite(Set<String> packages, List<String> suitePackages) {
        return suitePackages.stream().anyMatch(p -> packages.contains(p.replace('.', '/')));
    }

    /** The class files of a folder by their package, with '/'. */
    private static Map<String, List<Path>> classesByPackage(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            Map<String, List<Path>> byPackage = new HashMap<>();
            walk.filter(p -> p.getFileName().toString().endsWith(".class") && Files.isRegularFile(p))
                    .forEach(c -> byPackage.computeIfAbsent(packagePath(folder, c), k -> new ArrayList<>()).add(c));
            return byPackage;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The package folder of a file below a class path folder, with '/', "" for the root. */
    static String packagePath(Path folder, Path file) {
        Path parent = folder.relativize(file).getParent();
        return parent == null ? "" : parent.toString().replace('\\', '/');
    }

    private static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot).replace('.', '/');
    }
}
