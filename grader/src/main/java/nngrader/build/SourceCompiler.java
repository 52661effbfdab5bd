package nngrader.build;

import nngrader.locate.LocatedSubmission;

import java.nio.file.Path;

/**
 * How a grading compiles a located submission over the template, with {@link SubmissionCompiler}'s per-file
 * semantics (a file that does not compile falls back to its stub, then to a stand-in). Students' code is
 * compiled by {@link BoundedCompiler}; {@link TrustedSourcesCompiler} is for staff code only.
 */
public interface SourceCompiler {

    /**
     * @param outputDir an empty or not yet existing folder for the class files
     * @throws BrokenTemplateException if the template lacks a stub or does not compile with all stubs
     */
    CompiledSubmission compile(LocatedSubmission submission, TemplateSources template, Path outputDir);
}
