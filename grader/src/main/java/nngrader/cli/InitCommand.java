package nngrader.cli;

import nngrader.scaffold.AssignmentNames;
import nngrader.scaffold.AssignmentScaffold;
import nngrader.scaffold.ScaffoldException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code grader init}: scaffolds a new assignment, its reference code and an example hidden test. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Scaffolds a new assignment: assignments/ID/ (assignment.json, pom.xml, handout, a hidden suite"
                + " with two example tests, eight example mutants, a test that runs verify in mvn verify) and its API and"
                + " solution in reference/.",
                "Never overwrites anything; prints the steps to a passing grader verify, then to your own assignment."})
final class InitCommand implements Callable<Integer> {

    @Option(names = "--assignment", required = true, paramLabel = "ID",
            description = "the new assignment's id, e.g. conv-layers")
    String id;

    @Option(names = "--repo", defaultValue = ".", paramLabel = "DIR",
            description = "the nngrader repository's root (default: the current folder)")
    Path repo;

    @Option(names = "--package", paramLabel = "PKG",
            description = "the Java package of its code (default: nn.<the id without '-'>)")
    String javaPackage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            AssignmentNames names = AssignmentNames.of(id, javaPackage);
            AssignmentScaffold scaffold = new AssignmentScaffold();
            List<Path> written = scaffold.create(repo, names);
            Path root = repo.toAbsolutePath().normalize();
            out.println("Wrote " + written.size() + " files for assignment " + names.id() + ":");
            written.forEach(file -> out.println("  " + root.relativize(file)));
            out.println();
            out.println(scaffold.nextSteps(names));
            return 0;
        } catch (ScaffoldException e) {
            err.println("grader init: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("grader init: cannot write the assignment's files: " + e.getMessage());
            return 1;
        }
    }
}
