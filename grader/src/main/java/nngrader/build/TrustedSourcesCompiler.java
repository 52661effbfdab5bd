package nngrader.build;

import nngrader.locate.LocatedSubmission;

import java.nio.file.Path;

/**
 * Compiles in the caller's JVM, with no heap or time limit: for TRUSTED SOURCES ONLY, the reference and the
 * mutants {@code grader verify} makes of it, never a student's upload (a 1 KB source can keep javac busy for
 * minutes and take gigabytes: {@link BoundedCompiler} is what stops that). It saves the child JVM that
 * {@link BoundedCompiler} starts for every grading, about a CPU-second each, and its javac is the caller's,
 * warm after the first mutant. Its results are {@link SubmissionCompiler}'s, as the child's are.
 */
public final class TrustedSourcesCompiler implements SourceCompiler {

    @Override
    public CompiledSubmission compile(LocatedSubmission submission, TemplateSources template, Path outputDir) {
        return new SubmissionCompiler().compile(submission, template, outputDir);
    }
}
