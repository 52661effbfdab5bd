package nngrader.mutation;

import nngrader.build.ClassFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles one file of a reference folder with one text in place of its own, in memory, against the rest
 * of the reference compiled once: tells a mutant that does not compile, and one whose class files are
 * the reference's byte for byte (the same program, e.g. a constant that folds to the same value).
 */
public final class MutantCompiler implements AutoCloseable {
    private static final List<String> OPTIONS = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8", "-g",
            "-nowarn", "-implicit:none");

    private final JavaCompiler compiler;
    private final StandardJavaFileManager fileManager;

    /**
     * Compiles the whole reference into {@code classes}, which later compilations use as their class path.
     *
     * @param sourceRoot the reference sources, by package folders
     * @param classes    an empty scratch folder
     * @throws IllegalArgumentException when the reference itself does not compile
     */
    public MutantCompiler(Path sourceRoot, Path classes) {
        compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("this JVM has no Java compiler: the grader must run on a JDK, not a JRE");
        }
        fileManager = compiler.getStandardFileManager(null, Locale.ENGLISH, StandardCharsets.UTF_8);
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            List<Path> sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
            fileManager.setLocation(StandardLocation.CLASS_PATH, List.of());
            fileManager.setLocation(StandardLocation.SOURCE_PATH, List.of());
            fileManager.setLocation(StandardLocation.CLASS_OUTPUT, List.of(classes.toFile()));
            var diagnostics = new DiagnosticCollector<JavaFileObject>();
            Boolean ok = compiler.getTask(Writer.nullWriter(), fileManager, diagnostics, OPTIONS, null,
                    fileManager.getJavaFileObjectsFromPaths(sources)).call();
            if (!Boolean.TRUE.equals(ok)) {
                throw new IllegalArgumentException("the reference in " + sourceRoot + " does not compile: "
                        + diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .findFirst().map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": "
                                + d.getMessage(Locale.ENGLISH)).orElse("(no message)"));
            }
            fileManager.setLocation(StandardLocation.CLASS_PATH, List.of(classes.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class files of {@code file} with text {@code text}, by binary name; empty when it does not compile. */
    public Optional<Map<String, byte[]>> compile(String file, String text) {
        JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + file), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        };
        ClassFiles output = new ClassFiles(fileManager);
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        Boolean ok = compiler.getTask(Writer.nullWriter(), output, diagnostics, OPTIONS, null, List.of(unit)).call();
        return Boolean.TRUE.equals(ok) ? Optional.of(output.classes()) : Optional.empty();
    }

    /** Whether two compilations made the same class files, byte for byte. */
    public static boolean identical(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> Arrays.equals(a.get(k), b.get(k)));
    }

    @Override
    public void close() {
        try {
            fileManager.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
