package nngrader.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.assignment.StaleSources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

/**
 * What of an assignment goes into the bundle, and its {@code assignment.json} rewritten to point
 * inside it: each entry of the suite's class path (the compiled hidden suite with its data, the
 * compiled reference) becomes {@code classpath/<n>-<name>}, the template sources {@code template}.
 * The reference's sources stay out: grading does not use them, and a solution that is not in the
 * bundle cannot leak from it. So do the compiled reference's packages that this assignment does not
 * use ({@link UnusedPackages}), such as another assignment's solutions.
 *
 * @param json    the rewritten assignment.json
 * @param parts   each folder or jar to copy, by its path in the bundle's assignment folder
 * @param leftOut for a folder of {@code parts}, by the same path, the packages ('/') whose files are not copied
 */
record BundledAssignment(byte[] json, Map<String, Path> parts, Map<String, Set<String>> leftOut) {
    static final String CLASS_PATH = "classpath";
    static final String TEMPLATE = "template";

    static BundledAssignment of(Assignment assignment) throws BundleException, IOException {
        requireCompiledSuite(assignment);
        var stale = new StaleSources().find(assignment.suite());
        if (stale.isPresent()) {
            throw new BundleException(stale.get().sentence());
        }
        Map<String, Path> parts = new LinkedHashMap<>();
        Map<String, Set<String>> leftOut = new LinkedHashMap<>();
        Map<Path, Set<String>> unused = UnusedPackages.of(assignment);
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode json = (ObjectNode) mapper.readTree(assignment.directory().resolve(AssignmentLoader.FILE_NAME)
                .toFile());
        ArrayNode classPath = mapper.createArrayNode();
        int n = 1;
        for (Path entry : assignment.suite().classPath()) {
            String name = CLASS_PATH + "/" + n++ + "-" + readableName(entry);
            parts.put(name, entry);
            if (unused.containsKey(entry)) {
                leftOut.put(name, unused.get(entry));
            }
            classPath.add(name);
        }
        ((ObjectNode) json.get("suite")).set("classPath", classPath);
        parts.put(TEMPLATE, assignment.template());
        json.put("template", TEMPLATE);
        json.remove("reference");
        return new BundledAssignment(mapper.writeValueAsBytes(json), parts, leftOut);
    }

    /** A module's build output is named after the module ("softmax-regression"), anything else after itself. */
    private static String readableName(Path entry) {
        Path p = entry.toAbsolutePath().normalize();
        if (p.endsWith(Path.of("target", "classes")) && p.getNameCount() > 2) {
            return p.getParent().getParent().getFileName().toString();
        }
        return p.getFileName().toString();
    }

    /** Catches a suite that was never compiled (a clean checkout), which would otherwise be found only on Gradescope. */
    private static void requireCompiledSuite(Assignment assignment) throws BundleException, IOException {
        for (Path entry : assignment.suite().classPath()) {
            for (String pkg : assignment.suite().packages()) {
                String folder = pkg.replace('.', '/');
                if (Files.isDirectory(entry.resolve(folder))) {
                    try (Stream<Path> files = Files.list(entry.resolve(folder))) {
                        if (files.anyMatch(f -> f.toString().endsWith(".class"))) {
                            return;
                        }
                    }
                } else if (Files.isRegularFile(entry) && entry.toString().endsWith(".jar")) {
                    try (ZipFile jar = new ZipFile(entry.toFile())) {
                        if (jar.stream().anyMatch(e -> e.getName().startsWith(folder + "/")
                                && e.getName().endsWith(".class"))) {
                            return;
                        }
                    }
                }
            }
        }
        throw new BundleException("the hidden suite (" + String.join(", ", assignment.suite().packages())
                + ") is not compiled in " + assignment.directory() + "'s class path; " + GraderFiles.BUILD);
    }
}
