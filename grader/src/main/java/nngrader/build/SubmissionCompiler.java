package nngrader.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nngrader.assignment.SubmittedFile;
import nngrader.build.FileOutcome.Status;
import nngrader.locate.LocateProblem;
import nngrader.locate.LocatedSubmission;

/**
 * Compiles a submission over the official template; a file that fails falls back to its stub.
 * <p>
 * Every {@code .java} file of the template is compiled, each located student file replacing the template file
 * at its path; nothing else of the student's is used, so the API cannot be changed. All files are compiled at
 * once; when a student file has errors (or is in the wrong package, or no longer declares or implements what
 * the tests need) it falls back to its stub and the rest is compiled again, until it is clean. Then the stub of
 * each file that did not compile is replaced by a stand-in whose calls the grader answers with the reference
 * ({@link StandIns}), so that the other files' tests grade only those files. Errors left in the template alone
 * are the assignment's fault: {@link BrokenTemplateException}.
 */
public final class SubmissionCompiler {
    private final Consumer<SubmittedFile> progress;

    public SubmissionCompiler() {
        this(file -> { });
    }

    /** @param progress told each time javac starts on a student file, to tell which one a runaway compilation is in */
    public SubmissionCompiler(Consumer<SubmittedFile> progress) {
        this.progress = progress;
    }

    public CompiledSubmission compile(LocatedSubmission submission, TemplateSources template, Path outputDir) {
        return compile(submission, template, outputDir, Map.of());
    }

    /**
     * @param outputDir     an empty or not yet existing folder for the class files
     * @param alreadyFailed student files known not to compile (one made an earlier compilation run out of time or
     *                      memory), with the message for their author: they are not compiled again
     * @throws BrokenTemplateException if the template lacks a stub or does not compile with all stubs
     */
    public CompiledSubmission compile(LocatedSubmission submission, TemplateSources template, Path outputDir,
                                      Map<SubmittedFile, String> alreadyFailed) {
        requireEmpty(outputDir);
        Map<String, SourceFile> templateFiles = new TemplateLoader().load(template);
        List<SubmittedFile> wanted = wanted(submission);
        for (SubmittedFile w : wanted) {
            if (!templateFiles.containsKey(w.file())) {
                throw new BrokenTemplateException("the template under " + template.root() + " has no stub for "
                        + w.file() + ", a file students hand in");
            }
        }
        var students = new LinkedHashMap<SubmittedFile, SourceFile>();
        submission.files().forEach(f -> students.put(f.wanted(),
                SourceFile.student(f.wanted(), f.relativePath(), f.source())));

        var fellBack = new LinkedHashMap<SubmittedFile, String>(alreadyFailed);
        try (var javac = new Javac(progress)) {
            while (true) {
                List<SourceFile> left = students.values().stream()
                        .filter(s -> !fellBack.containsKey(s.wanted())).toList();
                Javac.Attempt attempt = javac.attempt(overlay(templateFiles, left));
                if (attempt.succeeded()) {
                    var classes = new TreeMap<>(attempt.classes());
                    var standIns = new StandIns().compile(javac, templateFiles, fellBack.keySet());
                    standIns.forEach((file, standIn) -> {
                        classes.keySet().removeIf(name -> StandIns.isClassOrNested(name, file.className()));
                        classes.putAll(standIn);
                    });
                    Map<SubmittedFile, String> unwritable = new ClassFolder(outputDir).write(classes, attempt.origins());
                    if (unwritable.isEmpty()) {
                        return new CompiledSubmission(outputDir, outcomes(wanted, submission, students, fellBack),
                                standIns.keySet());
                    }
                    fellBack.putAll(unwritable);
                    continue;
                }
                if (!attempt.blamed().isEmpty()) {
                    fellBack.putAll(attempt.blamed());
                } else if (left.isEmpty()) {
                    throw new BrokenTemplateException("the template under " + template.root()
                            + " does not compile with its stubs (an error of the assignment, not of the submission):\n"
                            + attempt.unblamed());
                } else {
                    fellBack.putAll(isolate(javac, templateFiles, left, attempt.unblamed()));
                }
            }
        }
    }

    /**
     * The template errors appeared only with student files in: compile each alone over the template to find
     * the ones that cause them; if none does alone, they only fail together and all fall back.
     */
    private static Map<SubmittedFile, String> isolate(Javac javac, Map<String, SourceFile> templateFiles,
                                                      List<SourceFile> left, String togetherErrors) {
        var culprits = new LinkedHashMap<SubmittedFile, String>();
        for (SourceFile student : left) {
            Javac.Attempt alone = javac.attempt(overlay(templateFiles, List.of(student)));
            if (!alone.succeeded()) {
                culprits.put(student.wanted(), alone.blamed().getOrDefault(student.wanted(),
                        "with " + student.shownPath() + " in place, other files do not compile:\n" + alone.unblamed()));
            }
        }
        if (culprits.isEmpty()) {
            String names = left.stream().map(SourceFile::shownPath).collect(Collectors.joining(", "));
            left.forEach(s -> culprits.put(s.wanted(), "with " + names + " in place together, other files do not "
                    + "compile:\n" + togetherErrors));
        }
        return culprits;
    }

    /** The template files with the given student files in place of their stubs; students last. */
    private static List<SourceFile> overlay(Map<String, SourceFile> templateFiles, List<SourceFile> students) {
        var byPath = new TreeMap<>(templateFiles);
        students.forEach(s -> byPath.remove(s.path()));
        var sources = new ArrayList<>(byPath.values());
        sources.addAll(students);
        return sources;
    }

    private static List<FileOutcome> outcomes(List<SubmittedFile> wanted, LocatedSubmission submission,
                                              Map<SubmittedFile, SourceFile> students,
                                              Map<SubmittedFile, String> fellBack) {
        return wanted.stream().map(w -> {
            if (fellBack.containsKey(w)) {
                return new FileOutcome(w, Status.FELL_BACK_TO_STUB, fellBack.get(w));
            }
            if (students.containsKey(w)) {
                return new FileOutcome(w, Status.COMPILED, "");
            }
            String why = submission.problemsOf(w).stream().map(LocateProblem::message)
                    .collect(Collectors.joining("\n"));
            return new FileOutcome(w, Status.NOT_SUBMITTED, why);
        }).toList();
    }

    /** Every wanted file, found or not, ordered by path. */
    private static List<SubmittedFile> wanted(LocatedSubmission submission) {
        return Stream.concat(submission.files().stream().map(f -> f.wanted()),
                        submission.problems().stream().map(LocateProblem::wanted))
                .distinct()
                .sorted(Comparator.comparing(SubmittedFile::file))
                .toList();
    }

    private static void requireEmpty(Path outputDir) {
        if (Files.isDirectory(outputDir)) {
            try (Stream<Path> entries = Files.list(outputDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("the output folder " + outputDir + " is not empty");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else if (Files.exists(outputDir)) {
            throw new IllegalArgumentException("the output folder " + outputDir + " is not a folder");
        }
    }
}
