package nngrader.build;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;

import nngrader.assignment.SubmittedFile;

/**
 * The in-process Java compiler, for one {@link SubmissionCompiler#compile} call: each {@link #attempt}
 * compiles one set of in-memory sources with an empty class path and says which student files to blame.
 */
final class Javac implements AutoCloseable {

    static final List<String> OPTIONS = List.of(
            "--release", "17", "-proc:none", "-encoding", "UTF-8", "-g", "-nowarn", "-implicit:none",
            "-Xmaxerrs", "1000");

    /**
     * One compilation's outcome.
     *
     * @param classes  class files by binary name, when it succeeded
     * @param blamed   student files that must fall back, with the diagnostics to show their author
     * @param unblamed errors no student file can be blamed for directly (template files, the compiler itself)
     * @param origins  the student file each class was compiled from, by binary name (template classes absent)
     */
    record Attempt(Map<String, byte[]> classes, Map<SubmittedFile, String> blamed, String unblamed,
                   Map<String, SourceFile> origins) {

        boolean succeeded() {
            return blamed.isEmpty() && unblamed.isEmpty();
        }

        static Attempt failed(Map<SubmittedFile, String> blamed, String unblamed) {
            return new Attempt(Map.of(), blamed, unblamed, Map.of());
        }
    }

    private final JavaCompiler compiler;
    private final StandardJavaFileManager fileManager;
    private final DiagnosticsFormatter formatter = new DiagnosticsFormatter();
    private final SubmissionChecks checks = new SubmissionChecks();
    private final Consumer<SubmittedFile> progress;

    Javac() {
        this(file -> { });
    }

    /** @param progress told each time javac starts on a student file (analyzing or generating one of its classes) */
    Javac(Consumer<SubmittedFile> progress) {
        this.progress = progress;
        compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("this JVM has no Java compiler: the grader must run on a JDK, not a JRE");
        }
        fileManager = compiler.getStandardFileManager(null, Locale.ENGLISH, StandardCharsets.UTF_8);
        try {
            // nothing but the sources given and the Java 17 platform: not the grader's own class path
            fileManager.setLocation(StandardLocation.CLASS_PATH, List.of());
            fileManager.setLocation(StandardLocation.SOURCE_PATH, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Attempt attempt(List<SourceFile> sources) {
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        var output = new ClassFiles(fileManager);
        Map<String, SourceFile> byUri = sources.stream()
                .collect(Collectors.toMap(s -> s.toUri().toString(), Function.identity()));
        try {
            var task = (JavacTask) compiler.getTask(new StringWriter(), output, diagnostics, OPTIONS, null, sources);
            task.addTaskListener(new TaskListener() {
                @Override
                public void started(TaskEvent event) {
                    SourceFile file = event.getSourceFile() == null ? null
                            : byUri.get(event.getSourceFile().toUri().toString());
                    if (file != null && file.isStudent()) {
                        progress.accept(file.wanted());
                    }
                }
            });
            var studentUnits = new LinkedHashMap<SourceFile, CompilationUnitTree>();
            for (CompilationUnitTree unit : task.parse()) {
                SourceFile file = byUri.get(unit.getSourceFile().toUri().toString());
                if (file != null && file.isStudent()) {
                    studentUnits.put(file, unit);
                }
            }
            // a file in the wrong package, or without its class, makes confusing errors elsewhere: drop it first;
            // a file with syntax errors is judged by those errors, not by what the parser made of it
            Attempt syntax = hasErrors(diagnostics) ? blame(diagnostics, byUri) : Attempt.failed(Map.of(), "");
            studentUnits.keySet().removeIf(file -> syntax.blamed().containsKey(file.wanted()));
            Map<SubmittedFile, String> misplaced = checks.declarations(studentUnits);
            if (!misplaced.isEmpty()) {
                misplaced.putAll(syntax.blamed());
                return Attempt.failed(misplaced, "");
            }
            task.analyze();
            List<SourceFile> students = sources.stream().filter(SourceFile::isStudent).toList();
            if (hasErrors(diagnostics)) {
                return withHints(blame(diagnostics, byUri),
                        checks.missingMethods(students, task.getElements(), task.getTypes()));
            }
            Map<SubmittedFile, String> unusable = checks.classes(students, task.getElements(), task.getTypes());
            if (!unusable.isEmpty()) {
                return Attempt.failed(unusable, "");
            }
            task.generate();
            if (hasErrors(diagnostics)) {
                return blame(diagnostics, byUri);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources to compile", e);
        } catch (BrokenTemplateException e) {
            throw e;
        } catch (RuntimeException e) {
            // javac itself failed (a compiler bug some odd source can trigger): whose source it was is unknown
            return Attempt.failed(Map.of(), "the Java compiler failed: " + e);
        }
        var origins = new LinkedHashMap<String, SourceFile>();
        output.sources().forEach((className, uri) -> {
            SourceFile file = byUri.get(uri.toString());
            if (file != null && file.isStudent()) {
                origins.put(className, file);
            }
        });
        return new Attempt(output.classes(), Map.of(), "", origins);
    }

    /**
     * Reads what javac knows of {@code sources} (types, members) once they are analyzed without errors; null if
     * they have errors.
     */
    <R> R analyzed(List<SourceFile> sources, BiFunction<Elements, Types, R> reader) {
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try {
            var task = (JavacTask) compiler.getTask(new StringWriter(), new ClassFiles(fileManager), diagnostics,
                    OPTIONS, null, sources);
            task.analyze();
            return hasErrors(diagnostics) ? null : reader.apply(task.getElements(), task.getTypes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources to compile", e);
        }
    }

    /** The blamed files' diagnostics, each followed by what the checks add about it (e.g. the expected signature). */
    private static Attempt withHints(Attempt attempt, Map<SubmittedFile, String> hints) {
        if (hints.isEmpty()) {
            return attempt;
        }
        var blamed = new LinkedHashMap<>(attempt.blamed());
        hints.forEach((file, hint) -> blamed.computeIfPresent(file, (f, errors) -> hint + "\n" + errors));
        return Attempt.failed(blamed, attempt.unblamed());
    }

    private Attempt blame(DiagnosticCollector<JavaFileObject> diagnostics, Map<String, SourceFile> byUri) {
        var errorsByFile = new LinkedHashMap<SourceFile, List<Diagnostic<?>>>();
        var sourceless = new ArrayList<String>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            SourceFile file = d.getSource() == null ? null : byUri.get(d.getSource().toUri().toString());
            if (file == null) {
                sourceless.add("error: " + d.getMessage(Locale.ENGLISH));
            } else {
                errorsByFile.computeIfAbsent(file, f -> new ArrayList<>()).add(d);
            }
        }
        var blamed = new LinkedHashMap<SubmittedFile, String>();
        var unblamed = new StringBuilder();
        errorsByFile.forEach((file, errors) -> {
            if (file.isStudent()) {
                blamed.put(file.wanted(), formatter.format(file, errors));
            } else {
                unblamed.append(formatter.format(file, errors)).append('\n');
            }
        });
        sourceless.forEach(line -> unblamed.append(line).append('\n'));
        return Attempt.failed(blamed, unblamed.toString().strip());
    }

    private static boolean hasErrors(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream().anyMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
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
