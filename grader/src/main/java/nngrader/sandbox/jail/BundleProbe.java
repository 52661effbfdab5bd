package nngrader.sandbox.jail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks, as the worker (through the same wrapper), which files it could read that it must not:
 * one hidden suite class, a reference class, a reference source. A check that cannot run at all
 * counts every file as readable: better a false warning than a false all-clear.
 */
final class BundleProbe {

    private BundleProbe() {
    }

    /** The names (keys of {@code probes}) of the files the worker can read. */
    static List<String> readable(List<String> prefix, Map<String, String> environment, Map<String, Path> probes) {
        List<String> names = new ArrayList<>();
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(HostCommand.find("sh").orElse("/bin/sh"), "-c", WorkerJail.PROBE, "probe"));
        List<Map.Entry<String, Path>> existing = probes.entrySet().stream()
                .filter(e -> Files.isRegularFile(e.getValue())).sorted(Map.Entry.comparingByKey()).toList();
        if (existing.isEmpty()) {
            return names;
        }
        existing.forEach(e -> command.add(e.getValue().toAbsolutePath().toString()));
        HostCommand.Result result = HostCommand.run(command, environment);
        List<String> lines = result.ok() ? result.output().lines().toList() : null;
        for (Map.Entry<String, Path> e : existing) {
            if (lines == null || lines.contains(e.getValue().toAbsolutePath().toString())) {
                names.add(e.getKey());
            }
        }
        return names;
    }
}
