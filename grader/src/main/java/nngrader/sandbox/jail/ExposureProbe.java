package nngrader.sandbox.jail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks, as the worker (through the same wrapper), what outside the bundle student code could
 * see and reach: files it can read (Gradescope's submission metadata), another copy of an
 * assignment (a spare checkout of the course) and a route to the network. Without CAP_SYS_ADMIN
 * there are no mount or network namespaces to take these away, so the staff must at least be told.
 * Nothing is sent anywhere: a route is read from /proc/net, not tried.
 */
final class ExposureProbe {
    /**
     * {@code sh -c PROBE exposure FILE... -- FOLDER...}: prints "read:F" for each file it can read,
     * "copy:F" for each assignment.json it can read at most 4 levels below a folder, and "route" if
     * an interface other than lo has a route.
     */
    static final String PROBE = """
            while [ "$1" != -- ]; do head -c 1 -- "$1" >/dev/null 2>&1 && printf 'read:%s\\n' "$1"; shift; done; shift
            for d; do
              find "$d" -maxdepth 4 -name assignment.json -type f -readable 2>/dev/null | head -n 20 | sed 's/^/copy:/'
            done
            if tail -n +2 /proc/net/route 2>/dev/null | grep -qv '^lo[[:space:]]' \\
              || grep -qv '[[:space:]]lo$' /proc/net/ipv6_route 2>/dev/null; then echo route; fi
            exit 0
            """;
    private static final int MAX_NAMED = 3;

    private ExposureProbe() {
    }

    /** Plain sentences for the staff, one per kind of exposure found; empty when none was. */
    static List<String> findings(List<String> prefix, Map<String, String> environment, Secrets secrets) {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(HostCommand.find("sh").orElse("/bin/sh"), "-c", PROBE, "exposure"));
        secrets.outside().stream().filter(Files::isRegularFile).forEach(f -> command.add(f.toAbsolutePath().toString()));
        command.add("--");
        secrets.outside().stream().filter(Files::isDirectory).forEach(f -> command.add(f.toAbsolutePath().toString()));
        HostCommand.Result result = HostCommand.run(command, environment);
        if (!result.ok()) {
            return List.of("WARNING: could not check what student code can read outside the bundle or reach on the"
                    + " network (" + result.output() + ")");
        }
        List<String> lines = result.output().lines().toList();
        List<String> findings = new ArrayList<>();
        List<String> read = named(lines, "read:");
        if (!read.isEmpty()) {
            findings.add("WARNING: student code can read " + shown(read) + " (make it readable by root only)");
        }
        List<Path> bundle = secrets.folders().stream().map(f -> f.toAbsolutePath().normalize()).toList();
        List<String> copies = named(lines, "copy:").stream()
                .filter(f -> bundle.stream().noneMatch(Path.of(f).normalize()::startsWith)).toList();
        if (!copies.isEmpty()) {
            findings.add("WARNING: student code can read another copy of an assignment, " + shown(copies)
                    + " (remove it from the image, or make it readable by root only)");
        }
        if (lines.contains("route")) {
            findings.add("student code has a route to the network (no network namespace here): it can reach the"
                    + " internet unless a firewall stops it");
        }
        return findings;
    }

    private static List<String> named(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).distinct()
                .toList();
    }

    private static String shown(List<String> paths) {
        String first = String.join(", ", paths.subList(0, Math.min(MAX_NAMED, paths.size())));
        return paths.size() > MAX_NAMED ? first + " and " + (paths.size() - MAX_NAMED) + " more" : first;
    }
}
