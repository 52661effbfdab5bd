package nngrader.locate;

import java.nio.file.Path;

/**
 * A file below the submission folder whose name is that of a wanted file.
 *
 * @param path         where it is, absolute (never shown to the student)
 * @param relativePath where it is, relative to the submission folder, with {@code /} separators
 * @param symbolicLink whether it is a symbolic link (links are never followed)
 * @param size         its size in bytes as the file system reports it
 */
record Candidate(Path path, String relativePath, boolean symbolicLink, long size) {
}
