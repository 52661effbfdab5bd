package nngrader.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
                    queue.reserve(60);
                    queue.put("frame " + i, 60);
                    queued.incrementAndGet();
                }
            } catch (InterruptedException ignored) {
                // done
            }
        });
        producer.start();
        // a loaded machine may start the producer late: wait for its first frame, then give it time for more
        Instant giveUp = Instant.now().plusSeconds(20);
        while (queued.get() == 0 && Instant.now().isBefore(giveUp)) {
            Thread.sleep(20);
        }
        Thread.sleep(200);
        assertEquals(1, queued.get(), "a second 60-byte frame would exceed 100 bytes");
        assertEquals("frame 0", queue.poll(Instant.now().plusSeconds(20)));
        assertEquals("frame 1", queue.poll(Instant.now().plusSeconds(20)));
        assertEquals(60, queue.heldBytes(), "frame 0 was released when frame 1 was asked for");
        queue.close();
        producer.join(20_000);
        assertTrue(!producer.isAlive(), "closing releases the producer");
        assertNull(queue.poll(Instant.now().plusSeconds(5)), "and a closed queue answers at once");
    }

    @Test
    void roomIsReservedBeforeAFrameIsReadAndFreedOnlyWhenItsCallerAsksForTheNext() throws InterruptedException {
        FrameQueue<String> queue = new FrameQueue<>(100);
        assertTrue(queue.reserve(60));
        queue.put("frame 0", 60);
        AtomicInteger reserved = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try {
                if (queue.reserve(60)) {
                    reserved.incrementAndGet();
                }
            } catch (InterruptedException ignored) {
                // done
            }
        });
        reader.start();
        Thread.sleep(200);
        assertEquals(0, reserved.get(), "the second frame's body is not read while the first is held");
        assertEquals("frame 0", queue.poll(Instant.now().plusSeconds(20)));
        Thread.sleep(200);
        assertEquals(0, reserved.get(), "the frame handed out is held while its caller decodes it");
        assertEquals(60, queue.heldBytes());
        assertNull(queue.poll(Instant.now().plusMillis(100)), "asking for the next frame releases the one before");
        reader.join(20_000);
        assertEquals(1, reserved.get());
        assertEquals(60, queue.heldBytes());
    }

    @Test
    void aCallbackAnsweredOrAFailedReadGivesItsRoomBack() throws InterruptedException {
        FrameQueue<String> queue = new FrameQueue<>(100);
        assertTrue(queue.reserve(90));
        queue.release(90);
        assertTrue(queue.reserve(90));
        assertEquals(90, queue.heldBytes());
        queue.close();
        assertFalse(queue.reserve(10), "a closed queue reserves nothing: its reader stops");
    }

    @Test
    void theFramesOfOneWorkerTakeAtMostAQuarterOfTheHeap() {
        long heap = Runtime.getRuntime().maxMemory();
        assertEquals(heap / 4, FrameQueue.heapShare(Integer.MAX_VALUE));
        assertEquals(1024, FrameQueue.heapShare(1024), "and never more than the frame limit");
    }

    @Test
    void aFrameLargerThanTheBudgetStillPassesAlone() throws InterruptedException {
        FrameQueue<String> queue = new FrameQueue<>(10);
        assertTrue(queue.reserve(1000));
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
