package nngrader.sandbox.worker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nngrader.sandbox.wire.Handles;
import nngrader.sandbox.wire.RemoteRef;
import nngrader.sandbox.wire.WireException;

/**
 * The student objects the grader holds handles to. Identity, not equals: a student's equals must
 * not merge two objects; the same object returned twice gets the same handle.
 *
 * <p>Each handle counts how many times it was sent to the grader (its creation, and each reply that
 * carried it). The grader releases handles with the counts it received; a handle whose count
 * reaches zero is dropped, so that its object can be collected. Counting makes a release harmless
 * when the same handle was sent again meanwhile (to another test): the later sending keeps it. An
 * object sent again after it was dropped gets a new handle.
 */
final class HandleTable implements Handles {
    private final Map<Long, Held> byId = new HashMap<>();
    private final Map<Object, Long> ids = new IdentityHashMap<>();
    private long next = 1;

    /** An object, and how many times its handle was sent and not yet released. */
    private static final class Held {
        final Object value;
        long sent;

        Held(Object value) {
            this.value = value;
        }
    }

    /** The handle of an object just created, sent once in the reply that says so. */
    long created(Object value) {
        long id = idOf(value);
        byId.get(id).sent++;
        return id;
    }

    private long idOf(Object value) {
        Long id = ids.get(value);
        if (id == null) {
            id = next++;
            ids.put(value, id);
            byId.put(id, new Held(value));
        }
        return id;
    }

    Object get(long id) throws WireException {
        Held held = byId.get(id);
        if (held == null) {
            throw new WireException("no object with handle " + id);
        }
        return held.value;
    }

    /** Whether {@code id} names an object still held; for tests. */
    boolean holds(long id) {
        return byId.containsKey(id);
    }

    /** The grader received {@code id} {@code count} times and lets them go; an unknown id is ignored. */
    void release(long id, long count) {
        Held held = byId.get(id);
        if (held == null) {
            return;
        }
        held.sent -= count;
        if (held.sent <= 0) {
            drop(id);
        }
    }

    private void drop(long id) {
        Held held = byId.remove(id);
        ids.remove(held.value);
    }

    /** The handles of one reply, counted once it is sent ({@link Reply#sent}); a reply not sent counts none. */
    Reply reply() {
        return new Reply();
    }

    @Override
    public RemoteRef export(Object value, Class<?> api) throws WireException {
        throw new WireException("handles are sent only within a reply");
    }

    @Override
    public Object resolve(RemoteRef ref, Class<?> api) throws WireException {
        Object value = get(ref.id());
        if (!api.isInstance(value)) {
            throw new WireException("handle " + ref.id() + " is a " + value.getClass().getName() + ", not a " + api.getName());
        }
        return value;
    }

    /** The handles written into one reply frame. */
    final class Reply implements Handles {
        private final List<Long> written = new ArrayList<>();

        private Reply() {
        }

        @Override
        public RemoteRef export(Object value, Class<?> api) {
            long id = idOf(value);
            written.add(id);
            return new RemoteRef(id, value.getClass().getName());
        }

        @Override
        public Object resolve(RemoteRef ref, Class<?> api) throws WireException {
            return HandleTable.this.resolve(ref, api);
        }

        /** The frame went out: the grader will count each handle it carried. */
        void sent() {
            for (long id : written) {
                byId.get(id).sent++;
            }
            written.clear();
        }

        /** The frame was not sent (too large, or a value that could not be written): objects only it named are dropped. */
        void unsent() {
            for (long id : written) {
                Held held = byId.get(id);
                if (held != null && held.sent == 0) {
                    drop(id);
                }
            }
            written.clear();
        }
    }
}
