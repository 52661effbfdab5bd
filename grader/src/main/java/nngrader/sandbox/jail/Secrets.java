package nngrader.sandbox.jail;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the worker must not see: folders to hide from it, and one file of each kind to check that
 * it really cannot read (e.g. a hidden suite class, a reference class, a reference source); and,
 * outside the bundle, places where secrets of another kind may lie, to say to the staff whether
 * student code could read them.
 *
 * @param folders  folders to hide (the assignment bundle, the grader's own files, the results folder)
 * @param probes   what each file is, e.g. "the hidden suite's classes", and the file
 * @param outside  files outside the bundle that student code must not read (Gradescope's
 *                 submission_metadata.json, with earlier results and their hidden feedback), and
 *                 folders to search for another copy of an assignment (a spare course checkout)
 */
public record Secrets(List<Path> folders, Map<String, Path> probes, List<Path> outside) {

    public static final Secrets NONE = new Secrets(List.of(), Map.of());

    public Secrets {
        folders = List.copyOf(folders);
        probes = Map.copyOf(probes);
        outside = List.copyOf(outside);
    }

    public Secrets(List<Path> folders, Map<String, Path> probes) {
        this(folders, probes, List.of());
    }
}
