package nngrader.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Reads every {@code .java} file of the template tree into memory, keyed by its path below the root. */
final class TemplateLoader {

    Map<String, SourceFile> load(TemplateSources template) {
        Path root = template.root();
        if (!Files.isDirectory(root)) {
            throw new BrokenTemplateException("the template source folder " + root + " does not exist");
        }
        var sources = new TreeMap<String, SourceFile>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = String.valueOf(file.getFileName());
                // module-info would turn the overlay into a named module; stubs are compiled on the class path
                if (Files.isRegularFile(file) && name.endsWith(".java") && !name.equals("module-info.java")) {
                    String path = relative(root, file);
                    sources.put(path, SourceFile.template(path, read(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the template sources under " + root, e);
        }
        if (sources.isEmpty()) {
            throw new BrokenTemplateException("the template source folder " + root + " holds no .java file");
        }
        return sources;
    }

    private static String read(Path file) throws IOException {
        try {
            String text = Files.readString(file);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BrokenTemplateException("the template file " + file + " is not UTF-8", e);
        }
    }

    private static String relative(Path root, Path file) {
        return StreamSupport.stream(root.relativize(file).spliterator(), false)
                .map(Path::toString)
                .collect(Collectors.joining("/"));
    }
}
