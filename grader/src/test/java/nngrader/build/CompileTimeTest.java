package nngrader.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;

import nngrader.assignment.SubmittedFile;
import nngrader.build.FileOutcome.Status;
import nngrader.locate.LocatedSubmission;
import nngrader.locate.SubmissionLocator;

/** The common case, every file fine, is one compilation; its time is published as a report entry. */
class CompileTimeTest {

    static final int STUDENT_FILES = 8;

    @Test
    void tenGoodFilesCompileInOneRound(@TempDir Path work, TestReporter reporter) {
        Path template = work.resolve("template");
        Path submission = work.resolve("submission");
        DemoCourse.write(template, "ops/Op.java", "package ops;\npublic interface Op {\n    double apply(double x);\n}\n");
        DemoCourse.write(template, "ops/Given.java", "package ops;\npublic final class Given {\n"
                + "    private Given() {\n    }\n\n    public static double square(double x) {\n        return x * x;\n    }\n}\n");
        var wanted = new ArrayList<SubmittedFile>();
        for (int i = 0; i < STUDENT_FILES; i++) {
            String name = "Op" + i;
            wanted.add(new SubmittedFile("ops/" + name + ".java", "ops." + name, "ops.Op"));
            DemoCourse.write(template, "ops/" + name + ".java", "package ops;\npublic class " + name
                    + " implements Op {\n    public double apply(double x) {\n"
                    + "        throw new UnsupportedOperationException(\"TODO\");\n    }\n}\n");
            DemoCourse.write(submission, "repo/src/main/java/ops/" + name + ".java", "package ops;\n"
                    + "import java.util.stream.IntStream;\npublic class " + name + " implements Op {\n"
                    + "    public double apply(double x) {\n"
                    + "        return IntStream.rangeClosed(0, " + i + ").mapToDouble(k -> Given.square(x) * k).sum();\n"
                    + "    }\n}\n");
        }

        long start = System.nanoTime();
        LocatedSubmission located = new SubmissionLocator().locate(submission, List.copyOf(wanted));
        long located_ = System.nanoTime();
        CompiledSubmission compiled = new SubmissionCompiler().compile(located,
                new TemplateSources(template), work.resolve("classes"));
        long compiled_ = System.nanoTime();

        assertEquals(IntStream.range(0, STUDENT_FILES).mapToObj(i -> Status.COMPILED).toList(),
                compiled.files().stream().map(FileOutcome::status).toList());
        long compileMillis = (compiled_ - located_) / 1_000_000;
        reporter.publishEntry("locate ms", String.valueOf((located_ - start) / 1_000_000));
        reporter.publishEntry("compile ms (" + (STUDENT_FILES + 2) + " files)", String.valueOf(compileMillis));
    }
}
