package nngrader.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.preview.GradescopePreview;
import nngrader.report.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code grader preview}: a Gradescope results file as one HTML page, as a student would see it. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Writes one HTML page showing a Gradescope results.json as a student sees it on Gradescope:"
                + " the score, the output, each visible test with its plots. The page needs no network and runs no"
                + " script; open it in any browser."})
final class PreviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RESULTS", description = "a Gradescope results.json, as grader grade writes it")
    Path results;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "where to write the page (default: RESULTS with .html for .json)")
    Path output;

    @Option(names = "--published", description = "show what students see once grades are published: tests marked"
            + " after_due_date or after_published too, not only visible ones")
    boolean published;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        JsonNode json;
        try {
            json = new ObjectMapper().readTree(results.toFile());
        } catch (IOException e) {
            err.println("grader preview: cannot read " + results + " as JSON: " + e.getMessage());
            err.flush();
            return 2;
        }
        if (json == null || !json.isObject() || !json.has("tests") && !json.has("score")) {
            err.println("grader preview: " + results + " is not a Gradescope results.json (no \"tests\" or \"score\")");
            err.flush();
            return 2;
        }
        Path page = output != null ? output : results.resolveSibling(results.getFileName().toString()
                .replaceFirst("\\.json$", "") + ".html");
        try {
            if (page.toAbsolutePath().getParent() != null) {
                Files.createDirectories(page.toAbsolutePath().getParent());
            }
            String title = "Autograder results: " + results.getFileName();
            AtomicFile.write(page, new GradescopePreview().page(json, title, published).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("grader preview: cannot write " + page + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Wrote " + page.toAbsolutePath());
        out.flush();
        return 0;
    }
}
