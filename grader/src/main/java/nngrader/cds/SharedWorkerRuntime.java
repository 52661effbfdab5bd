package nngrader.cds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A copy of the worker's runtime (the grader-worker jar and jackson-core) at a path that stays the same from one
 * grading to the next, with the worker's class-data archive beside it: {@code FOLDER/worker-KEY/0-grader-worker.jar,
 * 1-jackson-core.jar, worker.jsa}, KEY a digest of the runtime's bytes and the JVM's version.
 *
 * <p>Why a copy: a jailed worker cannot read the root-only bundle, so the jail used to copy the runtime into each
 * grading's own folder; the JVM accepts an archive only for the class path it was made with, which such a copy
 * changes every time. This copy is made once, by staff ({@code grader cds}, run by the bundle's setup.sh), before
 * any submission is graded. It is used only while it is safe: it and every folder above it belong to root (or to
 * the grader's own user) and nobody else may write them, nothing in it is a link, and its runtime has the same bytes
 * as the grader's own. Else the jail copies the runtime for each grading as before, without an archive. The runtime
 * holds no secret (the hidden suite, the reference and results never go here), so it may be readable by everyone.
 *
 * @param classPath the worker's runtime, to put first on its class path
 * @param archive   the worker's archive (it may be missing)
 */
public record SharedWorkerRuntime(List<Path> classPath, ArchiveFile archive) {

    static final String ARCHIVE = "worker.jsa";

    /** The copy of {@code runtime} that {@link #install} made, if it is there and safe to use. */
    public static Optional<SharedWorkerRuntime> find(List<Path> runtime) {
        return find(runtime, ClassDataSharing.workerFolder(ClassDataSharing.root()));
    }

    /** The copy of {@code runtime} below {@code parent}, if it is there and safe to use. */
    static Optional<SharedWorkerRuntime> find(List<Path> runtime, Path parent) {
        try {
            // hashed once: every grading as root asks, and the runtime is about a megabyte
            String key = key(runtime);
            Path folder = parent.resolve(name(key));
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !safe(folder)) {
                return Optional.empty();
            }
            List<Path> copies = copies(folder, runtime);
            if (!key(copies).equals(key)) {
                return Optional.empty();
            }
            return Optional.of(new SharedWorkerRuntime(copies, new ArchiveFile(folder.resolve(ARCHIVE))));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /**
     * Copies {@code runtime} into its folder (readable by everyone, writable by its owner only), unless a safe copy
     * is there already; a copy that is not safe is replaced.
     */
    public static SharedWorkerRuntime install(List<Path> runtime) throws IOException {
        return install(runtime, ClassDataSharing.workerFolder(ClassDataSharing.root()));
    }

    /** The same, below {@code parent}. */
    static SharedWorkerRuntime install(List<Path> runtime, Path parent) throws IOException {
        Optional<SharedWorkerRuntime> present = find(runtime, parent);
        if (present.isPresent()) {
            // kept, not replaced: a grading starting now may be reading it (another checkout of the same build)
            return present.get();
        }
        Path folder = parent.resolve(name(key(runtime)));
        Files.createDirectories(parent);
        Path fresh = Files.createTempDirectory(parent, folder.getFileName() + ".new-");
        readable(fresh, true);
        List<Path> copies = copies(fresh, runtime);
        for (int i = 0; i < runtime.size(); i++) {
            copy(runtime.get(i), copies.get(i));
        }
        if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            delete(folder);
        }
        Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
        return new SharedWorkerRuntime(copies(folder, runtime), new ArchiveFile(folder.resolve(ARCHIVE)));
    }

    /** The name of this runtime's copy: keyed by its bytes, so a rebuilt grader never meets an old copy. */
    private static String name(String key) {
        return "worker-" + key;
    }

    private static List<Path> copies(Path folder, List<Path> runtime) {
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < runtime.size(); i++) {
            copies.add(folder.resolve(i + "-" + runtime.get(i).getFileName()));
        }
        return copies;
    }

    /**
     * Owned by root or by us, and writable by nobody else. Not even a sticky folder such as /tmp may be above it: a
     * root grader's jail gives the worker a /tmp of its own, where the copy would not be.
     */
    private static boolean safe(Path folder) throws IOException {
        for (Path p = folder.getParent(); p != null; p = p.getParent()) {
            if (!trusted(p)) {
                return false;
            }
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                if (Files.isSymbolicLink(p) || !trusted(p)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean trusted(Path p) throws IOException {
        int owner = (Integer) Files.getAttribute(p, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        int mode = (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
        int me = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        return (owner == 0 || owner == me) && (mode & 022) == 0;
    }

    /** A digest of the runtime's files (names within a folder and bytes) and of the JVM that will map the archive. */
    static String key(List<Path> runtime) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(System.getProperty("java.vm.version", "").getBytes(StandardCharsets.UTF_8));
            for (Path entry : runtime) {
                List<Path> files;
                try (Stream<Path> all = Files.walk(entry)) {
                    files = all.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
                }
                for (Path file : files) {
                    digest.update((entry.relativize(file) + "\0").getBytes(StandardCharsets.UTF_8));
                    try (InputStream in = Files.newInputStream(file)) {
                        byte[] buffer = new byte[65536];
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            digest.update(buffer, 0, n);
                        }
                    }
                }
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a jar or a class folder, readable by everyone, writable by its owner only. */
    private static void copy(Path source, Path target) throws IOException {
        try (Stream<Path> all = Files.walk(source)) {
            for (Path from : (Iterable<Path>) all::iterator) {
                Path to = Files.isDirectory(source) ? target.resolve(source.relativize(from).toString()) : target;
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                    readable(to, true);
                } else if (Files.isRegularFile(from)) {
                    Files.copy(from, to);
                    readable(to, false);
                }
            }
        }
    }

    private static void readable(Path path, boolean folder) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(folder ? "rwxr-xr-x" : "rw-r--r--"));
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
