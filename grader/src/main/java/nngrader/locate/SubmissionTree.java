package nngrader.locate;

import nngrader.text.SafeText;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * One walk over a submission folder that collects every file named like a wanted file. Symbolic links are
 * reported, never followed; VCS and tool folders are not entered; the walk stops after a fixed number of
 * entries so that a hostile upload cannot keep the grader busy.
 */
final class SubmissionTree {

    /** Folders that never hold a student's source and can be large: not entered at all. */
    static final Set<String> NOT_ENTERED = Set.of(".git", ".svn", ".hg", "node_modules", "__MACOSX");

    /** Endings of archives, which a student may upload inside an upload and which are never unpacked. */
    static final List<String> ARCHIVES = List.of(".zip", ".tar", ".tar.gz", ".tgz", ".rar", ".7z");

    static final int MAX_ENTRIES = 50_000;
    static final int MAX_DEPTH = 40;

    private final Map<String, List<Candidate>> byName;
    private final List<Candidate> archives;
    private final int regularFiles;
    private final boolean truncated;

    private SubmissionTree(Map<String, List<Candidate>> byName, List<Candidate> archives, int regularFiles,
            boolean truncated) {
        this.byName = byName;
        this.archives = archives;
        this.regularFiles = regularFiles;
        this.truncated = truncated;
    }

    /**
     * Walks {@code root}, which must be a readable directory, collecting the files with one of the given names.
     *
     * @throws IOException if the folder cannot be walked at all
     */
    static SubmissionTree scan(Path root, Set<String> names) throws IOException {
        var visitor = new Collector(root, names);
        Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), MAX_DEPTH, visitor);
        return new SubmissionTree(visitor.byName, visitor.archives, visitor.regularFiles, visitor.truncated);
    }

    /** The files with this exact name, in walk order. */
    List<Candidate> named(String fileName) {
        return byName.getOrDefault(fileName, List.of());
    }

    /** The files whose name differs from the given one only in letter case, e.g. {@code softmax.java}. */
    List<Candidate> namedIgnoringCase(String fileName) {
        return byName.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(fileName) && !e.getKey().equals(fileName))
                .flatMap(e -> e.getValue().stream())
                .toList();
    }

    /** The archives (a zip inside the upload, say), by path: where a missing file may be. */
    List<Candidate> archives() {
        return archives.stream().sorted(Comparator.comparing(Candidate::relativePath)).toList();
    }

    /** Whether the walk found no regular file at all. */
    boolean isEmpty() {
        return regularFiles == 0;
    }

    /** Whether the walk stopped early because the submission has too many entries. */
    boolean truncated() {
        return truncated;
    }

    private static final class Collector extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Set<String> lowerCaseNames;
        private final Map<String, List<Candidate>> byName = new HashMap<>();
        private final List<Candidate> archives = new ArrayList<>();
        private int entries;
        private int regularFiles;
        private boolean truncated;

        Collector(Path root, Set<String> names) {
            this.root = root;
            this.lowerCaseNames = names.stream().map(n -> n.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toSet());
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (!dir.equals(root) && NOT_ENTERED.contains(String.valueOf(dir.getFileName()))) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            return count();
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String name = String.valueOf(file.getFileName());
            if (attrs.isRegularFile()) {
                regularFiles++;
                String lowerCase = name.toLowerCase(Locale.ROOT);
                if (ARCHIVES.stream().anyMatch(lowerCase::endsWith)) {
                    archives.add(new Candidate(file, relative(file), false, attrs.size()));
                }
            }
            boolean fileOrLink = attrs.isRegularFile() || attrs.isSymbolicLink();
            if (fileOrLink && lowerCaseNames.contains(name.toLowerCase(Locale.ROOT))) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(
                        new Candidate(file, relative(file), attrs.isSymbolicLink(), attrs.size()));
            }
            return count();
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            return count(); // an unreadable corner of the submission is as if it were absent
        }

        private FileVisitResult count() {
            if (++entries > MAX_ENTRIES) {
                truncated = true;
                return FileVisitResult.TERMINATE;
            }
            return FileVisitResult.CONTINUE;
        }

        /** Where a file is, as feedback shows it: a name with a newline must not start a line of its own. */
        private String relative(Path file) {
            return StreamSupport.stream(root.relativize(file).spliterator(), false)
                    .map(p -> SafeText.escapedName(p.toString()))
                    .collect(Collectors.joining("/"));
        }
    }
}
