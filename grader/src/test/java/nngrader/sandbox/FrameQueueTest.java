package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FrameQueueTest {

    @Test
    void aProducerWaitsOnceTheBudgetIsUsed() throws InterruptedException {
        FrameQueue<String> queue = new FrameQueue<>(100);
        AtomicInteger queued = new AtomicInteger();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 5; i++) {
                    queue.put("frame " + i, 60);
                    queued.incrementAndGet();
                }
            } catch (InterruptedException ignored) {
                // done
            }
        });
        producer.start();
        Thread.sleep(200);
        assertEquals(1, queued.get(), "a second 60-byte frame would exceed 100 bytes");
        assertEquals("frame 0", queue.poll(Instant.now().plusSeconds(1)));
        assertEquals("frame 1", queue.poll(Instant.now().plusSeconds(1)));
        queue.close();
        producer.join(1000);
        assertTrue(!producer.isAlive(), "closing releases the producer");
        assertNull(queue.poll(Instant.now().plusSeconds(5)), "and a closed queue answers at once");
    }

    @Test
    void aFrameLargerThanTheBudgetStillPassesAlone() throws InterruptedException {
        FrameQueue<String> queue = new FrameQueue<>(10);
        queue.put("big", 1000);
        assertEquals("big", queue.poll(Instant.now().plusSeconds(1)));
    }

    @Test
    void pollWaitsUntilTheDeadline() throws InterruptedException {
        FrameQueue<String> queue = new FrameQueue<>(10);
        Instant start = Instant.now();
        assertNull(queue.poll(start.plusMillis(200)));
        assertTrue(Duration.between(start, Instant.now()).toMillis() >= 190);
        assertNull(queue.poll(start.minusSeconds(1)), "a past deadline does not wait");
    }
}
