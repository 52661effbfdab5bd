package nngrader.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Zips a folder with Unix file modes, so that an unzip that honours them gives executable scripts
 * (755) and plain files (644) whatever the modes on the instructor's disk. The JDK's zip file
 * system stores modes when asked ({@code enablePosixFileAttributes}); {@code ZipOutputStream} cannot.
 * The zip is written next to its final name and moved there, so a failed run leaves no half zip.
 */
final class BundleZip {
    private BundleZip() {
    }

    /**
     * @param folder      what to zip: its contents become the zip's root
     * @param zip         the zip to write (replaced if it exists)
     * @param executables paths below {@code folder}, with '/', that get mode 755
     * @return the number of files in the zip
     */
    static int write(Path folder, Path zip, Set<String> executables) throws IOException {
        Path target = zip.toAbsolutePath();
        Path temporary = target.resolveSibling("." + target.getFileName() + "-" + UUID.randomUUID() + ".tmp");
        try {
            int files;
            try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + temporary.toUri()),
                    Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
                files = copy(folder, fs.getPath("/"), executables);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return files;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static int copy(Path folder, Path root, Set<String> executables) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(folder)) {
            all = walk.filter(p -> !p.equals(folder)).sorted().toList();
        }
        int files = 0;
        try {
            for (Path from : all) {
                String name = folder.relativize(from).toString().replace('\\', '/');
                Path to = root.resolve(name);
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else {
                    Files.copy(from, to);
                    Files.setPosixFilePermissions(to, PosixFilePermissions.fromString(
                            executables.contains(name) ? "rwxr-xr-x" : "rw-r--r--"));
                    files++;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }
}
