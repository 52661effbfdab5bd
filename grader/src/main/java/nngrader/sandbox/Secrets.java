package nngrader.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the worker must not see: folders to hide from it, and one file of each kind to check that
 * it really cannot read (e.g. a hidden suite class, a reference class, a reference source).
 *
 * @param folders folders to hide (the assignment bundle, the grader's own files, the results folder)
 * @param probes  what each file is, e.g. "the hidden suite's classes", and the file
 */
public record Secrets(List<Path> folders, Map<String, Path> probes) {

    public static final Secrets NONE = new Secrets(List.of(), Map.of());

    public Secrets {
        folders = List.copyOf(folders);
        probes = Map.copyOf(probes);
    }
}
