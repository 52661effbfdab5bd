package nngrader.sandbox.wire;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * The grader's half of {@link ArrayIds}: the arrays one worker has returned, by the worker's id,
 * for as long as a test holds them. An entry goes once its array is collected, so a long grading
 * keeps one small entry per array still in use.
 */
public final class ReturnedArrays {
    private final Map<Long, Entry> byId = new HashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();

    /** The array the worker returned earlier as {@code id}, if a test still holds it; else null. */
    synchronized Object get(long id) {
        Entry entry = byId.get(id);
        return entry == null ? null : entry.get();
    }

    synchronized void put(long id, Object array) {
        for (Entry gone; (gone = (Entry) collected.poll()) != null; ) {
            byId.remove(gone.id, gone);
        }
        byId.put(id, new Entry(id, array, collected));
    }

    /** How many arrays are remembered (collected ones may still count until the next put). */
    synchronized int size() {
        return byId.size();
    }

    private static final class Entry extends WeakReference<Object> {
        final long id;

        Entry(long id, Object array, ReferenceQueue<Object> queue) {
            super(array, queue);
            this.id = id;
        }
    }
}
