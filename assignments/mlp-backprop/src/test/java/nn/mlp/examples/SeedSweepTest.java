package nn.mlp.examples;

import nngrader.assignment.Assignment;
import nngrader.assignment.AssignmentLoader;
import nngrader.grade.Grader;
import nngrader.verify.SeedSweep;
import nngrader.verify.SweptSubmission;
import nngrader.verify.Verification;
import nngrader.verify.VerificationTable;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reduced seed sweep of {@code grader verify --seeds}: the reference earns full marks under 20
 * seeds, its training tests included ({@code grader/bench/seeds.py} runs 1000).
 */
class SeedSweepTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final int SEEDS = 20;

    @Test
    void theReferenceEarnsFullMarksUnderEverySeed() throws Exception {
        Assignment assignment = new AssignmentLoader().load(ASSIGNMENT);
        SweptSubmission reference = new SeedSweep(new Grader()).sweep(ASSIGNMENT, "reference", assignment.reference(),
                SEEDS, (done, of) -> { });

        StringWriter out = new StringWriter();
        new VerificationTable().print(new Verification(assignment.id(), List.of(), List.of(), List.of(reference)),
                new PrintWriter(out));
        String table = out.toString();
        assertTrue(reference.ok(), table);
        assertTrue(table.contains("seed sweep passed: the reference earns full marks under all " + SEEDS + " seeds."),
                table);
    }
}
