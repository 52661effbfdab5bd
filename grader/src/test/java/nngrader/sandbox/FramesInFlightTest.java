package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker that sends frame after frame without being asked (a student thread writing to the real
 * stdout, or a forged flood) makes the grader hold at most its budget of them: bodies are read only
 * once there is room, the rest stay in the pipe. Before, a reply could cost the grader three frames
 * of 64 MB: one queued, one being read, one being decoded.
 */
class FramesInFlightTest {
    static final int MB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void aWorkerFloodingFramesMakesTheGraderHoldAtMostItsBudget() throws Exception {
        // 12 frames of 1 MB of zeros, each with its 4-byte header (00 10 00 00), then nothing more
        String flood = "for i in 1 2 3 4 5 6 7 8 9 10 11 12; do printf '\\000\\020\\000\\000'; head -c 1048576 /dev/zero; done;"
                + " exec sleep 30";
        WorkerProcess worker = WorkerProcess.start(List.of("sh", "-c", flood), Map.of("PATH", "/usr/bin:/bin"), dir,
                4 * MB, callback -> new byte[0]);
        try {
            // the flood takes milliseconds, but a loaded machine may not run it at once: wait for the budget to fill
            Instant giveUp = Instant.now().plusSeconds(20);
            while (worker.heldBytes() < 4 * MB && Instant.now().isBefore(giveUp)) {
                Thread.sleep(50);
            }
            Thread.sleep(500);
            assertEquals(4 * MB, worker.heldBytes(), "four frames are held, the other eight wait in the pipe");
            long most = 0;
            for (int i = 0; i < 12; i++) {
                WorkerProcess.Incoming next = worker.next(Instant.now().plusSeconds(10));
                assertEquals(MB, assertInstanceOf(WorkerProcess.Frame.class, next).body().length);
                Thread.sleep(20);
                most = Math.max(most, worker.heldBytes());
            }
            assertTrue(most <= 4 * MB, "held at most the budget: " + most);
        } finally {
            worker.kill();
        }
    }
}
