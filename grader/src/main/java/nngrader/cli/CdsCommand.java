package nngrader.cli;

import nngrader.assignment.AssignmentLoader;
import nngrader.cds.ArchiveMaker;
import nngrader.cds.ClassDataSharing;
import nngrader.sandbox.WorkerCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code grader cds}: makes the class-data sharing archives that start the grader's JVMs sooner. */
@Command(name = "cds", mixinStandardHelpOptions = true,
        description = {"Makes the class-data sharing archives of the grader, compiler and worker JVMs from a grading of"
                + " the assignment's student template, so that later gradings start faster.",
                "Run it again after rebuilding the grader or updating the JDK (an out-of-date archive is ignored)."})
final class CdsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    AssignmentFolderOption assignment;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path template = new AssignmentLoader().load(assignment.folder).template();
        ArchiveMaker.Made made = new ArchiveMaker().make(assignment.folder, template, WorkerCommand.runtime());
        for (Path archive : made.archives()) {
            out.printf("made %s (%.1f MB)%n", archive, Files.size(archive) / 1e6);
        }
        made.problems().forEach(p -> err.println("grader cds: " + p));
        if (ClassDataSharing.mode() == ClassDataSharing.Mode.OFF) {
            err.println("grader cds: NNGRADER_CDS=off is set, so gradings will not use them");
        }
        out.flush();
        err.flush();
        return made.problems().isEmpty() ? 0 : 1;
    }
}
