package nn.autograd.examples;

import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.example.ExampleSubmission;
import nngrader.grade.Grader;
import nngrader.verify.SeedSweep;
import nngrader.verify.SweptSubmission;
import nngrader.verify.Verification;
import nngrader.verify.VerificationTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reduced seed sweep of {@code grader verify --seeds}: the reference and every example marked correct earn
 * full marks under {@value #SEEDS} seeds, its training tests included ({@code grader/bench/seeds.py} runs many more;
 * kept short to keep {@code mvn verify} within CI's half hour).
 */
class SeedSweepTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final int SEEDS = 3;

    @TempDir
    Path dir;

    @Test
    void theReferenceAndEveryCorrectExampleEarnFullMarksUnderEverySeed() throws Exception {
        Assignment assignment = new AssignmentLoader().load(ASSIGNMENT);
        SeedSweep sweep = new SeedSweep(new Grader(), 2);
        List<SweptSubmission> sweeps = new ArrayList<>();
        sweeps.add(sweep.sweep(ASSIGNMENT, "reference", assignment.reference(), SEEDS, (done, of) -> { }));
        List<String> correct = new ArrayList<>();
        try (Stream<Path> files = Files.list(ASSIGNMENT.resolve("examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                ExampleSubmission example = ExampleSubmission.read(file);
                if (example.correct()) {
                    correct.add(example.name());
                    example.writeTo(assignment.reference(), assignment.submit(), dir.resolve(example.name()));
                    sweeps.add(sweep.sweep(ASSIGNMENT, example.name(), dir.resolve(example.name()), SEEDS,
                            (done, of) -> { }));
                }
            }
        }
        // another style (Kahn's order, log-softmax, Collections.shuffle) is where a threshold only the reference meets shows
        assertTrue(correct.contains("correct-another-style"), "marked \"correct\": true, so verify sweeps it: " + correct);

        StringWriter out = new StringWriter();
        new VerificationTable().print(new Verification(assignment.id(), List.of(), List.of(), List.copyOf(sweeps)),
                new PrintWriter(out));
        String table = out.toString();
        assertTrue(sweeps.stream().allMatch(SweptSubmission::ok), table);
        String examples = correct.size() == 1 ? "1 correct example" : correct.size() + " correct examples";
        assertTrue(table.contains("seed sweep passed: the reference and " + examples + " earn full marks under all "
                + SEEDS + " seeds."), table);
    }
}
