package nngrader.batch;

import nngrader.report.Scores;
import nngrader.report.TestScore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Grades without a grader: a submission is a folder whose {@code answers.txt} says which of three
 * 2-point tests it passes, e.g. {@code "1 0 1"} (found anywhere below it, as in an unpacked zip).
 * No {@code answers.txt} throws, as a grading that goes wrong would.
 */
public final class FakeGrading implements SubmissionGrading {
    public static final List<String> TESTS = List.of("softmax: sums to 1", "dL_dz: a - y", "training: accuracy");
    final AtomicInteger gradings = new AtomicInteger();

    @Override
    public Scores grade(Path submission, Path results) throws IOException {
        gradings.incrementAndGet();
        Path answers;
        try (Stream<Path> walk = Files.walk(submission)) {
            answers = walk.filter(p -> p.getFileName().toString().equals("answers.txt")).findFirst()
                    .orElseThrow(() -> new IOException("no answers.txt"));
        }
        String[] passed = Files.readString(answers).trim().split("\\s+");
        List<TestScore> tests = new ArrayList<>();
        for (int i = 0; i < TESTS.size(); i++) {
            boolean pass = passed[i].equals("1");
            tests.add(new TestScore("1." + (i + 1), TESTS.get(i), pass ? 2 : 0, 2, pass));
        }
        Files.writeString(results, "{\"score\": " + tests.stream().mapToDouble(TestScore::score).sum() + "}");
        return new Scores(tests.stream().mapToDouble(TestScore::score).sum(), 6, false, null, tests);
    }

    /** A submission folder {@code name} below {@code dir} that passes the tests marked 1. */
    public static Path folder(Path dir, String name, String answers) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name).resolve("src"));
        Files.writeString(folder.resolve("answers.txt"), answers);
        return folder.getParent();
    }
}
