package nngrader.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import nngrader.assignment.SubmittedFile;
import nngrader.locate.LocatedSubmission;

/**
 * The child JVM that {@link BoundedCompiler} runs {@link SubmissionCompiler} in, under a heap limit and a deadline:
 * {@code CompilerProcess <request.json> <response.json> <progress file>}. It writes the class files, then the
 * response; the progress file gets the path of each student file javac starts on, so that the parent can tell
 * which one a compilation that never ends is in.
 *
 * <p>{@code CompilerProcess serve} compiles one request a line instead, each line the three paths as a JSON array,
 * and answers each with the line {@value #COMPILED}: {@link BoundedCompiler#keptWarm()} keeps it from one grading
 * to the next, so that its javac is warm. What ends a one-shot run (a full heap, an exception) ends it too, in the
 * same way, and it ends at the end of its input.
 */
public final class CompilerProcess {
    static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** What to compile; {@code alreadyFailed} are files an earlier run blamed, with their message. */
    record Request(LocatedSubmission submission, String template, String output, List<Failed> alreadyFailed) {
    }

    record Failed(SubmittedFile file, String message) {
    }

    /** Either the compiled submission or why the template itself cannot be compiled. */
    record Response(CompiledSubmission compiled, String brokenTemplate) {
    }

    private CompilerProcess() {
    }

    /** The argument that makes it a server, and its answer to each request. */
    static final String SERVE = "serve";
    static final String COMPILED = "compiled";

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals(SERVE)) {
            serve();
            return;
        }
        compile(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        System.exit(0);
    }

    private static void serve() throws IOException {
        PrintStream answers = System.out;
        System.setOut(System.err);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = requests.readLine(); line != null; line = requests.readLine()) {
            String[] paths = JSON.readValue(line, String[].class);
            last = null;
            compile(Path.of(paths[0]), Path.of(paths[1]), Path.of(paths[2]));
            answers.println(COMPILED);
            answers.flush();
        }
        System.exit(0);
    }

    private static void compile(Path requestFile, Path response, Path progressFile) throws IOException {
        Request request = JSON.readValue(requestFile.toFile(), Request.class);
        try (OutputStream progress = Files.newOutputStream(progressFile, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            Map<SubmittedFile, String> failed = new LinkedHashMap<>();
            request.alreadyFailed().forEach(f -> failed.put(f.file(), f.message()));
            Response answer;
            try {
                answer = new Response(new SubmissionCompiler(file -> tell(progress, file)).compile(request.submission(),
                        new TemplateSources(Path.of(request.template())), Path.of(request.output()), failed), null);
            } catch (BrokenTemplateException e) {
                answer = new Response(null, e.getMessage());
            }
            JSON.writeValue(response.toFile(), answer);
        }
    }

    /** One line per change of file; the parent reads the last. */
    private static SubmittedFile last;

    private static void tell(OutputStream progress, SubmittedFile file) {
        if (file.equals(last)) {
            return;
        }
        last = file;
        try {
            progress.write((file.file() + "\n").getBytes(StandardCharsets.UTF_8));
            progress.flush();
        } catch (IOException e) {
            // progress only helps to name a runaway file
        }
    }
}
