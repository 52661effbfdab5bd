package nn.softmax.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A folder laid out like Gradescope's {@code /autograder}: {@code source/} holds the unzipped bundle
 * (with the zip's file modes), {@code run_autograder} is Gradescope's copy of the script,
 * {@code submission/} the student's upload, {@code results/} the verdict. The scripts find it
 * through {@code AUTOGRADER_ROOT}.
 */
final class AutograderRoot {
    /** A safety net against a hung script, not a measurement. */
    private static final long SCRIPT_LIMIT_SECONDS = 600;

    final Path root;

    private AutograderRoot(Path root) {
        this.root = root;
    }

    /** Unzips the bundle into {@code root/source} as Gradescope does, and copies run_autograder to the root. */
    static AutograderRoot unzip(Path zip, Path root) throws IOException {
        Path source = Files.createDirectories(root.resolve("source"));
        // like /autograder: open to everyone, so that only the bundle's own modes protect it
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (FileSystem fs = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", "true"));
                Stream<Path> entries = Files.walk(fs.getPath("/"))) {
            for (Path entry : (Iterable<Path>) entries.sorted()::iterator) {
                Path to = source.resolve(fs.getPath("/").relativize(entry).toString());
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(entry, to, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(entry));
            }
        }
        Files.copy(source.resolve("run_autograder"), root.resolve("run_autograder"), StandardCopyOption.COPY_ATTRIBUTES);
        return new AutograderRoot(root);
    }

    Path source() {
        return root.resolve("source");
    }

    Path results() {
        return root.resolve("results/results.json");
    }

    /** Runs source/setup.sh as Gradescope does when it builds the image; its exit code. */
    Script setup() throws IOException, InterruptedException {
        return run(List.of("bash", source().resolve("setup.sh").toString()), Map.of(), "setup");
    }

    /**
     * Replaces the submission with {@code files} (path below the upload → text) and runs the root's
     * run_autograder, wrapped in {@code wrapper} (e.g. setpriv dropping a capability), with {@code env}.
     */
    Script grade(Map<String, String> files, List<String> wrapper, Map<String, String> env)
            throws IOException, InterruptedException {
        return grade(files, Map.of(), wrapper, env);
    }

    /** The same, with symbolic links in the upload too (path below the upload → what it points at). */
    Script grade(Map<String, String> files, Map<String, Path> links, List<String> wrapper, Map<String, String> env)
            throws IOException, InterruptedException {
        Path submission = root.resolve("submission");
        if (Files.exists(submission)) {
            deleteTree(submission);
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = submission.resolve(f.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, f.getValue(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, Path> link : links.entrySet()) {
            Path file = submission.resolve(link.getKey());
            Files.createDirectories(file.getParent());
            Files.createSymbolicLink(file, link.getValue());
        }
        List<String> command = new ArrayList<>(wrapper);
        command.add(root.resolve("run_autograder").toString());
        return run(command, env, "run_autograder");
    }

    JsonNode resultsJson() throws IOException {
        return new ObjectMapper().readTree(results().toFile());
    }

    /**
     * Every file and folder of the bundle (source/ and the root's run_autograder): its content's
     * SHA-256, its mode and its owner. Equal snapshots mean nothing of the bundle changed.
     */
    Map<String, String> bundleSnapshot() throws IOException {
        Map<String, String> snapshot = new TreeMap<>();
        List<Path> all;
        try (Stream<Path> walk = Files.walk(source())) {
            all = new ArrayList<>(walk.toList());
        }
        all.add(root.resolve("run_autograder"));
        for (Path p : all) {
            PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            String content = a.isRegularFile() ? sha256(Files.readAllBytes(p)) : a.isDirectory() ? "folder" : "other";
            snapshot.put(root.relativize(p).toString(), content + " " + PosixFilePermissions.toString(a.permissions())
                    + " " + a.owner().getName());
        }
        return snapshot;
    }

    /** Files and folders of the bundle that anyone but their owner may read, write or enter. */
    List<String> openToOthers() throws IOException {
        Set<PosixFilePermission> others = Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE);
        try (Stream<Path> walk = Files.walk(source())) {
            return walk.filter(p -> {
                try {
                    return Files.getPosixFilePermissions(p).stream().anyMatch(others::contains);
                } catch (IOException e) {
                    return true;
                }
            }).map(p -> root.relativize(p).toString()).toList();
        }
    }

    private Script run(List<String> command, Map<String, String> env, String name)
            throws IOException, InterruptedException {
        Path log = root.resolveSibling(root.getFileName() + "-" + name + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("AUTOGRADER_ROOT", root.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(SCRIPT_LIMIT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError(name + " did not end within " + SCRIPT_LIMIT_SECONDS + " s: " + Files.readString(log));
        }
        return new Script(p.exitValue(), Files.readString(log));
    }

    /** How a script ended: its exit code and what it printed. */
    record Script(int exit, String output) {
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes a folder and what is in it; links are deleted, never followed. */
    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
