package nngrader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code grader} command line: one subcommand per job. */
@Command(name = "grader", mixinStandardHelpOptions = true, version = "nngrader 0.1.0",
        description = "Autograder for neural-network homework in Java.",
        subcommands = {GradeCommand.class, VerifyCommand.class, PackageCommand.class, BatchCommand.class,
                MergeCommand.class, TemplateCommand.class, InitCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }
}
