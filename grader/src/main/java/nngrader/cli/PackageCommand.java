package nngrader.cli;

import nngrader.bundle.BundleException;
import nngrader.bundle.GradescopePackager;
import nngrader.bundle.PackagedBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code grader package}: makes the assignment's Gradescope autograder zip. */
@Command(name = "package", mixinStandardHelpOptions = true,
        description = {"Makes a Gradescope autograder zip: setup.sh, run_autograder, the grader and the assignment"
                + " (compiled hidden suite and data, compiled reference, template sources).",
                "Build first (mvn -B -q -DskipTests package). Exits 1 with a message when the zip cannot be made."})
final class PackageCommand implements Callable<Integer> {

    @Option(names = "--assignment", required = true, paramLabel = "DIR",
            description = "the assignment folder (holds assignment.json), built")
    Path assignment;

    @Option(names = "--out", defaultValue = "autograder.zip", paramLabel = "FILE",
            description = "the zip to write; its folder must exist (default: ${DEFAULT-VALUE})")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            PackagedBundle bundle = new GradescopePackager().pack(assignment, out);
            spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s (%d files, %.1f MB). Upload it as the assignment's autograder"
                    + " on Gradescope (base image Ubuntu 22.04).%n", bundle.zip(), bundle.files(),
                    bundle.bytes() / 1e6);
            return 0;
        } catch (BundleException e) {
            spec.commandLine().getErr().println("grader package: " + e.getMessage());
            return 1;
        }
    }
}
