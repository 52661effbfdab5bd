package nngrader.batch.warm;

import com.fasterxml.jackson.databind.ObjectMapper;
import nngrader.report.Scores;
import nngrader.report.ScoresFile;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A stand-in for {@code grader serve} in {@link WarmGraderTest}: it answers as a grader JVM would, or fails as one
 * could, by the submission's name: {@code dies-*} exits without an answer, {@code hangs-*} never answers,
 * {@code no-record-*} answers without a scores file, {@code cannot-grade-*} records that it could not grade. Any
 * other earns 1 of 1, with "pid P served N" as its problem, so that a test can tell which JVM graded it.
 */
public final class FakeServer {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int served = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            List<String> arguments = json.readValue(line, GradingServer.Request.class).arguments();
            String name = Path.of(after(arguments, "--submission")).getFileName().toString();
            Path record = Path.of(after(arguments, "--record"));
            served++;
            if (name.startsWith("dies")) {
                System.exit(1);
            } else if (name.startsWith("hangs")) {
                Thread.sleep(Long.MAX_VALUE);
            } else if (name.startsWith("cannot-grade")) {
                ScoresFile.write(Scores.notGraded("the grader broke"), record);
            } else if (!name.startsWith("no-record")) {
                ScoresFile.write(new Scores(1, 1, false, "pid " + ProcessHandle.current().pid() + " served " + served,
                        List.of()), record);
            }
            System.out.println("a line that is not a reply");
            System.out.println(GradingServer.REPLY + 0);
            System.out.flush();
        }
    }

    private static String after(List<String> arguments, String option) {
        return arguments.get(arguments.indexOf(option) + 1);
    }
}
