package nn.softmax.examples;

import nngrader.verify.AutomaticMutants;
import nngrader.verify.MutantScope;
import nngrader.verify.MutationReport;
import nngrader.verify.Verification;
import nngrader.verify.VerificationTable;
import nngrader.verify.Verifier;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reduced run of {@code grader verify --mutants auto} inside {@code mvn verify}: {@value #SAMPLE} automatic
 * mutants of each submitted file, spread evenly over the file (the same ones every run), go through the real
 * pipeline and each is killed or explained in mutants/equivalent.json. {@code grader/bench/verify.py} grades all
 * of them.
 */
class AutomaticMutantSampleTest {
    static final Path ASSIGNMENT = Path.of("").toAbsolutePath();
    static final int SAMPLE = 10;

    @Test
    void aSampleOfEachFilesAutomaticMutantsIsKilledOrExplained() {
        Verification verification = new Verifier().withJobs(2).verify(ASSIGNMENT, MutantScope.AUTO,
                new AutomaticMutants.Selection(null, Integer.MAX_VALUE, Set.of(), SAMPLE), graded -> { }, mutant -> { });
        StringWriter out = new StringWriter();
        new VerificationTable().print(verification, new PrintWriter(out));
        String table = out.toString();

        assertTrue(verification.passed(), table);
        List<MutationReport.FileCounts> counts = verification.automatic().counts();
        assertEquals(List.of("nn/softmax/Logistic.java", "nn/softmax/Softmax.java", "nn/softmax/Trainer.java"),
                counts.stream().map(MutationReport.FileCounts::file).toList(), table);
        for (MutationReport.FileCounts file : counts) {
            assertEquals(SAMPLE, file.graded(), table);
            assertEquals(0, file.survived(), table);
        }
    }
}
