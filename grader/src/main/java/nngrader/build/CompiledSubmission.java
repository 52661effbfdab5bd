package nngrader.build;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nngrader.assignment.SubmittedFile;

/**
 * The compiled student and template classes, and what became of each submitted file.
 *
 * @param classesDir the class files: every template class, with the student's classes where they compiled
 * @param files      one outcome per wanted file, ordered by the file's path
 * @param standIns   the files that did not compile whose class in {@code classesDir} is a stand-in answered by
 *                   the reference (see {@link StandIns}), not the template's stub
 */
public record CompiledSubmission(Path classesDir, List<FileOutcome> files, Set<SubmittedFile> standIns) {

    public CompiledSubmission {
        Objects.requireNonNull(classesDir, "classesDir");
        files = List.copyOf(files);
        standIns = Set.copyOf(standIns);
    }

    public CompiledSubmission(Path classesDir, List<FileOutcome> files) {
        this(classesDir, files, Set.of());
    }

    /** The files that did not compile and have a stand-in, with the compiler's errors for each. */
    public Map<SubmittedFile, String> standInErrors() {
        var errors = new LinkedHashMap<SubmittedFile, String>();
        files.stream().filter(f -> standIns.contains(f.wanted())).forEach(f -> errors.put(f.wanted(), f.diagnostics()));
        return errors;
    }

    /** The outcome of one wanted file. */
    public Optional<FileOutcome> outcome(SubmittedFile wanted) {
        return files.stream().filter(f -> f.wanted().equals(wanted)).findFirst();
    }
}
