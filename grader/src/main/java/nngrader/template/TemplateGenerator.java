package nngrader.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates the student template from the reference, as DESIGN.md's "one source of truth" says:
 * <ul>
 *   <li>{@code reference/src/**}: copied, each solution region replaced by its stub;</li>
 *   <li>{@code reference/template/**}: the template's own files (pom.xml, README.md), copied to its root;</li>
 *   <li>{@code assignments/<id>/handout.md}: copied to {@code handouts/<id>.md}.</li>
 * </ul>
 * The result is held in memory, so it can be written or compared with a committed template.
 */
public final class TemplateGenerator {
    /** How {@link #differences} names a file that is not generated (which {@link #write} removes). */
    public static final String EXTRA = "not generated: ";
    private final SolutionStripper stripper = new SolutionStripper();

    /** Relative path → content of every file of the template. */
    public Map<String, byte[]> generate(Path reference, Path assignments) {
        Map<String, byte[]> files = new TreeMap<>();
        for (Path file : regularFiles(reference.resolve("src"))) {
            String relative = "src/" + slashed(reference.resolve("src").relativize(file));
            byte[] bytes = read(file);
            if (relative.endsWith(".java")) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                bytes = stripper.strip(text, relative).getBytes(StandardCharsets.UTF_8);
            }
            files.put(relative, bytes);
        }
        for (Path file : regularFiles(reference.resolve("template"))) {
            files.put(slashed(reference.resolve("template").relativize(file)), read(file));
        }
        if (Files.isDirectory(assignments)) {
            try (Stream<Path> dirs = Files.list(assignments)) {
                for (Path dir : dirs.sorted().toList()) {
                    Path handout = dir.resolve("handout.md");
                    if (Files.isRegularFile(handout)) {
                        files.put("handouts/" + dir.getFileName() + ".md", read(handout));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** Replaces the contents of {@code out} with the generated template. */
    public void write(Map<String, byte[]> template, Path out) throws IOException {
        for (Path stale : regularFiles(out)) {
            if (!template.containsKey(slashed(out.relativize(stale)))) {
                Files.delete(stale);
            }
        }
        for (Map.Entry<String, byte[]> file : template.entrySet()) {
            Path target = out.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    /** How the folder {@code actual} differs from the generated template; empty when they are equal. */
    public List<String> differences(Map<String, byte[]> template, Path actual) {
        List<String> differences = new ArrayList<>();
        Map<String, Path> present = new TreeMap<>();
        for (Path file : regularFiles(actual)) {
            present.put(slashed(actual.relativize(file)), file);
        }
        for (Map.Entry<String, byte[]> file : template.entrySet()) {
            Path existing = present.remove(file.getKey());
            if (existing == null) {
                differences.add("missing: " + file.getKey());
            } else if (!java.util.Arrays.equals(read(existing), file.getValue())) {
                differences.add("differs: " + file.getKey());
            }
        }
        present.keySet().forEach(extra -> differences.add(EXTRA + extra));
        return differences;
    }

    private static List<Path> regularFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).startsWith("target"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
