package nngrader.cli;

import nngrader.batch.warm.GradingServer;
import nngrader.build.BoundedCompiler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/**
 * {@code grader serve}: a warm grader JVM of {@code grader batch}, which grades one submission per line of its
 * input ({@link GradingServer}). Not for people: batch starts it and writes its input.
 */
@Command(name = "serve", hidden = true,
        description = "Grades one submission per input line, for grader batch (not for use by hand).")
final class ServeCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        PrintStream replies = System.out;
        // nothing but replies may reach the stream batch reads them from
        System.setOut(System.err);
        // every grading's javac runs in one compiler JVM, kept while each compilation stays within its limits
        BoundedCompiler compiler = BoundedCompiler.keptWarm();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                return type == GradeCommand.class ? type.cast(new GradeCommand(compiler))
                        : CommandLine.defaultFactory().create(type);
            }
        };
        new GradingServer((arguments, out) -> Main.commandLine(factory).setOut(out).setErr(out)
                .execute(arguments.toArray(String[]::new))).serve(System.in, replies);
        return 0;
    }
}
