package nngrader.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The note under a test's printed output counts everything that was cut, in the worker and here. */
class TestRecordOutputTest {
    final TestRecord record = new TestRecord(Instant.now().plusSeconds(60), Duration.ofSeconds(60), false);

    @Test
    void whatFitsIsShownWithoutANote() {
        record.studentOutput("epoch 1\n", 0);
        record.studentOutput("epoch 2\n", 0);
        assertEquals("epoch 1\nepoch 2\n", record.studentOutput());
    }

    @Test
    void theWorkersCountAndWhatTheTestCutAddUp() {
        String full = "x".repeat(TestRecord.OUTPUT_CAP);
        record.studentOutput(full, 200 * 1024);             // one call: 8 KB kept by the worker, 200 KB more printed
        record.studentOutput("y".repeat(34), 0);            // the next call no longer fits
        record.studentOutput("é", 1000);
        assertEquals(full + "\n[... " + (200 * 1024 + 34 + 2 + 1000) + " more bytes (0.2 MB) not shown]",
                record.studentOutput(), "not \"34 more characters\": the 200 KB the worker dropped count too");
    }

    @Test
    void smallCutsAreCountedInBytesAlone() {
        record.studentOutput("x".repeat(TestRecord.OUTPUT_CAP - 1) + "ab", 0);
        assertEquals("x".repeat(TestRecord.OUTPUT_CAP - 1) + "a\n[... 1 more byte not shown]", record.studentOutput());
    }
}
