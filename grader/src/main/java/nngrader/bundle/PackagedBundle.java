package nngrader.bundle;

import java.nio.file.Path;

/**
 * A Gradescope bundle that was written.
 *
 * @param zip   the zip file, ready to upload as the assignment's autograder
 * @param files how many files it holds
 * @param bytes its size
 */
public record PackagedBundle(Path zip, int files, long bytes) {
}
