package nngrader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;

/** The {@code grader} command line: one subcommand per job. */
@Command(name = "grader", mixinStandardHelpOptions = true, version = "nngrader 0.1.0",
        description = "Autograder for neural-network homework in Java.",
        subcommands = {GradeCommand.class, VerifyCommand.class, PackageCommand.class, BatchCommand.class,
                MergeCommand.class, TemplateCommand.class, InitCommand.class, CdsCommand.class, ServeCommand.class,
                PreviewCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line, which answers a bad option or value with picocli's sentence (and its "did you
     * mean" for a misspelled option) and a pointer to {@code --help}, not the whole usage text, whose
     * two screens would push the sentence out of sight.
     *
     * <pre>{@code
     * int exit = Main.commandLine().execute("batch", "--shard", "0/3", ...);   // 2
     * }</pre>
     */
    public static CommandLine commandLine() {
        return commandLine(CommandLine.defaultFactory());
    }

    /** The command line, whose commands {@code factory} makes (e.g. grade commands that share a warm compiler). */
    static CommandLine commandLine(CommandLine.IFactory factory) {
        return new CommandLine(new Main(), factory).setParameterExceptionHandler(Main::badInput);
    }

    private static int badInput(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("See '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
