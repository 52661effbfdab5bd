package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;

/**
 * The arrays that the reference's answers to a stand-in bring into the worker and that the answering object keeps
 * (a network's parameters, see {@link HeldArrays}), kept alike on both sides, as if both held one array: the
 * grader's answer names each by the grader's id for it, so an array answered twice is one array in the worker too,
 * updated in place; and at every crossing (a callback, its answer) each side sends the entries of those arrays of
 * numbers (double[], int[] …) that changed since the last crossing, and the other side copies them in. A new array
 * the object returned and forgot crosses as a plain value, so a stateless stand-in costs nothing here. So a student's optimizer that steps the parameters of the
 * reference's network in the worker steps the network, and the gradients the reference's backward leaves in them
 * reach the optimizer. Between crossings only one side runs, so nothing is lost. A row replaced by a new array is
 * not mirrored, only entries.
 *
 * <p>One instance per side and worker life; arrays are held weakly, so an array that neither the reference nor
 * student code holds any more is forgotten. What arrives is untrusted: an unknown id or a length that differs is
 * a {@link WireException}.
 */
public final class MirroredArrays {
    static final String ID = "id";
    static final String ITEMS = "items";

    private final Map<Long, Entry> byId = new HashMap<>();
    private final ReferenceQueue<Object> collected = new ReferenceQueue<>();
    /** The grader's ids for its arrays (unused in the worker, which only receives ids). */
    private final Map<Object, Long> ids = new WeakHashMap<>();
    private long next = 1;

    /**
     * The grader's side: writes the arrays of an answer's value that {@code owner} (the object that answered)
     * holds under their ids, and any other as its items.
     */
    public ArrayIdentity writer(Object owner) {
        return new Writer(owner);
    }

    /** The worker's side: reads the arrays of an answer's value, the same id being the same array. */
    public ArrayIdentity reader() {
        return new Reader();
    }

    /** The primitive arrays changed since the last crossing, to send with the next frame. */
    public synchronized Changes changes() {
        forgetCollected();
        List<Entry> entries = new ArrayList<>();
        List<Object> arrays = new ArrayList<>();
        for (Entry entry : byId.values()) {
            Object array = entry.get();
            if (array != null && entry.snapshot != null && !Objects.deepEquals(array, entry.snapshot)) {
                entries.add(entry);
                arrays.add(array);
            }
        }
        return new Changes(entries, arrays);
    }

    /** Reads the other side's changes ({@link Changes#write}) into this side's arrays. */
    public synchronized void readChanges(JsonParser in, ValueCodec values) throws IOException {
        Scalars.expect(in, JsonToken.START_ARRAY, "changed arrays");
        while (in.nextToken() != JsonToken.END_ARRAY) {
            Scalars.expect(in, JsonToken.START_OBJECT, "a changed array");
            if (in.nextToken() != JsonToken.FIELD_NAME || !in.currentName().equals(ID)) {
                throw new WireException("a changed array starts with its id");
            }
            in.nextToken();
            long id = (Long) Scalars.LONG.read(in, Handles.NONE);
            if (in.nextToken() != JsonToken.FIELD_NAME || !in.currentName().equals(ITEMS)) {
                throw new WireException("a changed array has its items");
            }
            in.nextToken();
            Entry entry = byId.get(id);
            Object array = entry == null ? null : entry.get();
            if (array == null) {
                in.skipChildren(); // forgotten here: no one holds it any more
            } else {
                if (entry.snapshot == null) {
                    throw new WireException("array " + id + " is not an array of numbers");
                }
                copyInto(id, array, values.read(in, array.getClass(), Handles.NONE));
                entry.snapshot = copy(array);
            }
            if (in.nextToken() != JsonToken.END_OBJECT) {
                throw new WireException("unexpected field in a changed array");
            }
        }
    }

    /** Changed arrays found by {@link #changes}: written into a frame, then {@link #sent} once the frame is. */
    public final class Changes {
        private final List<Entry> entries;
        /** The arrays themselves, held until the frame is sent. */
        private final List<Object> arrays;

        private Changes(List<Entry> entries, List<Object> arrays) {
            this.entries = entries;
            this.arrays = arrays;
        }

        /** Writes {@code field}: [{"id":n,"items":…}, …], if any array changed. */
        public void write(JsonGenerator out, String field, ValueCodec values) throws IOException {
            if (entries.isEmpty()) {
                return;
            }
            out.writeArrayFieldStart(field);
            for (int i = 0; i < entries.size(); i++) {
                out.writeStartObject();
                out.writeNumberField(ID, entries.get(i).id);
                out.writeFieldName(ITEMS);
                values.write(out, arrays.get(i).getClass(), arrays.get(i), Handles.NONE);
                out.writeEndObject();
            }
            out.writeEndArray();
        }

        /** The frame went out: what it carried is now what both sides have. */
        public void sent() {
            synchronized (MirroredArrays.this) {
                for (int i = 0; i < entries.size(); i++) {
                    entries.get(i).snapshot = copy(arrays.get(i));
                }
            }
        }
    }

    private synchronized long idOf(Object array) {
        Long id = ids.get(array);
        if (id == null) {
            id = next++;
            ids.put(array, id);
            track(id, array);
        }
        return id;
    }

    private synchronized Object get(long id) {
        Entry entry = byId.get(id);
        return entry == null ? null : entry.get();
    }

    private synchronized void track(long id, Object array) {
        forgetCollected();
        byId.put(id, new Entry(id, array, collected));
    }

    /** Its content is what the other side has now. */
    private synchronized void agreed(long id) {
        Entry entry = byId.get(id);
        Object array = entry == null ? null : entry.get();
        if (array != null && entry.snapshot != null) {
            entry.snapshot = copy(array);
        }
    }

    private void forgetCollected() {
        for (Entry gone; (gone = (Entry) collected.poll()) != null; ) {
            byId.remove(gone.id, gone);
        }
    }

    private static void copyInto(long id, Object array, Object items) throws WireException {
        if (items == null || items.getClass() != array.getClass() || Array.getLength(items) != Array.getLength(array)) {
            throw new WireException("array " + id + " cannot change its length or kind");
        }
        System.arraycopy(items, 0, array, 0, Array.getLength(array));
    }

    /** A copy of an array of numbers (or booleans, chars); null for an array of objects or rows, not mirrored. */
    private static Object copy(Object array) {
        if (!array.getClass().getComponentType().isPrimitive()) {
            return null;
        }
        int n = Array.getLength(array);
        Object copy = Array.newInstance(array.getClass().getComponentType(), n);
        System.arraycopy(array, 0, copy, 0, n);
        return copy;
    }

    private static final class Entry extends WeakReference<Object> {
        final long id;
        /** The content both sides agreed on at the last crossing; null for an array that is not mirrored. */
        Object snapshot;

        Entry(long id, Object array, ReferenceQueue<Object> queue) {
            super(array, queue);
            this.id = id;
            this.snapshot = copy(array);
        }
    }

    private final class Writer extends ArrayIdentity {
        private final java.util.Set<Long> written = new java.util.HashSet<>();
        private final Object owner;
        /** What the owner holds, found at the first array of the answer. */
        private java.util.Set<Object> held;

        Writer(Object owner) {
            this.owner = owner;
        }

        @Override
        void write(JsonGenerator out, Object array, Codec items, Handles handles) throws IOException {
            if (held == null) {
                held = HeldArrays.of(owner);
            }
            if (!held.contains(array)) {
                items.write(out, array, handles);
                return;
            }
            long id = idOf(array);
            out.writeStartObject();
            out.writeNumberField(ID, id);
            if (written.add(id)) {
                out.writeFieldName(ITEMS);
                items.write(out, array, handles);
                agreed(id);
            }
            out.writeEndObject();
        }

        @Override
        Object read(JsonParser in, Class<?> arrayClass, Codec items, Handles handles) throws IOException {
            throw new WireException("the grader does not read answers");
        }
    }

    private final class Reader extends ArrayIdentity {
        private final Map<Long, Object> inThisFrame = new HashMap<>();

        @Override
        void write(JsonGenerator out, Object array, Codec items, Handles handles) throws IOException {
            throw new WireException("the worker does not write answers");
        }

        @Override
        Object read(JsonParser in, Class<?> arrayClass, Codec items, Handles handles) throws IOException {
            if (in.currentToken() != JsonToken.START_OBJECT) {
                return items.read(in, handles); // not mirrored: a new array, like any other
            }
            if (in.nextToken() != JsonToken.FIELD_NAME || !in.currentName().equals(ID)) {
                throw new WireException("an array starts with its id");
            }
            in.nextToken();
            long id = (Long) Scalars.LONG.read(in, handles);
            Object array;
            if (in.nextToken() == JsonToken.FIELD_NAME && in.currentName().equals(ITEMS)) {
                in.nextToken();
                Object read = items.read(in, handles);
                if (inThisFrame.containsKey(id)) {
                    throw new WireException("the items of array " + id + " are sent twice");
                }
                Object earlier = get(id);
                if (earlier != null && earlier.getClass() == arrayClass
                        && Array.getLength(earlier) == Array.getLength(read)) {
                    System.arraycopy(read, 0, earlier, 0, Array.getLength(read));
                    array = earlier;
                    agreed(id);
                } else {
                    array = read;
                    track(id, array);
                }
                in.nextToken();
            } else {
                array = inThisFrame.get(id);
                if (array == null) {
                    throw new WireException("array " + id + " is named before its items were sent");
                }
            }
            if (in.currentToken() != JsonToken.END_OBJECT) {
                throw new WireException("unexpected field in an array");
            }
            if (array.getClass() != arrayClass) {
                throw new WireException("array " + id + " is not a " + arrayClass.getSimpleName());
            }
            inThisFrame.put(id, array);
            return array;
        }
    }
}
