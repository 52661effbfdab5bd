package nngrader.assignment;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the hidden JUnit suite is.
 *
 * @param packages  packages whose test classes make up the suite
 * @param classPath compiled suite, reference and given code (absolute), loaded in the grader JVM only
 */
public record Suite(List<String> packages, List<Path> classPath) {
}
