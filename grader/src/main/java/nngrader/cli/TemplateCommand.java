package nngrader.cli;

import nngrader.template.TemplateGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code grader template}: generates the student template from the reference, or checks it is current. */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = {"Generates student-template/ from reference/: solution regions become stubs, the rest is copied.",
                "With --check, changes nothing and exits 1 if the committed template differs from the generated one."})
final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--reference", defaultValue = "reference", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}")
    Path reference;

    @Option(names = "--assignments", defaultValue = "assignments", paramLabel = "DIR",
            description = "handouts are taken from DIR/<id>/handout.md (default: ${DEFAULT-VALUE})")
    Path assignments;

    @Option(names = "--out", defaultValue = "student-template", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--check", description = "only compare; exit 1 on any difference")
    boolean check;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        int exitCode = generateOrCheck(stdout);
        stdout.flush();
        return exitCode;
    }

    private int generateOrCheck(PrintWriter stdout) throws Exception {
        TemplateGenerator generator = new TemplateGenerator();
        Map<String, byte[]> template = generator.generate(reference, assignments);
        if (check) {
            List<String> differences = generator.differences(template, out);
            if (differences.isEmpty()) {
                stdout.println(out + " is up to date (" + template.size() + " files).");
                return 0;
            }
            stdout.println(out + " differs from what `grader template` generates:");
            differences.forEach(d -> stdout.println("  " + d));
            stdout.println("Run `grader template` to regenerate it.");
            return 1;
        }
        // what changed, not just how many files there are: a course author checks that it is what they edited
        List<String> differences = generator.differences(template, out);
        generator.write(template, out);
        if (differences.isEmpty()) {
            stdout.println(out + " was up to date (" + template.size() + " files); nothing changed.");
            return 0;
        }
        int unchanged = template.size() - (int) differences.stream().filter(d -> !d.startsWith(TemplateGenerator.EXTRA))
                .count();
        stdout.println("Wrote " + out + ": " + differences.size() + " changed, " + unchanged + " unchanged:");
        differences.forEach(d -> stdout.println("  " + d));
        return 0;
    }
}
