package nngrader.sandbox.worker;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import nngrader.sandbox.wire.Handles;
import nngrader.sandbox.wire.RemoteRef;
import nngrader.sandbox.wire.WireException;

/**
 * The student objects the grader holds handles to. Identity, not equals: a student's equals must
 * not merge two objects; the same object returned twice gets the same handle.
 */
final class HandleTable implements Handles {
    private final Map<Long, Object> byId = new HashMap<>();
    private final Map<Object, Long> ids = new IdentityHashMap<>();
    private long next = 1;

    long add(Object value) {
        Long id = ids.get(value);
        if (id == null) {
            id = next++;
            ids.put(value, id);
            byId.put(id, value);
        }
        return id;
    }

    Object get(long id) throws WireException {
        Object value = byId.get(id);
        if (value == null) {
            throw new WireException("no object with handle " + id);
        }
        return value;
    }

    @Override
    public RemoteRef export(Object value, Class<?> api) {
        return new RemoteRef(add(value), value.getClass().getName());
    }

    @Override
    public Object resolve(RemoteRef ref, Class<?> api) throws WireException {
        Object value = get(ref.id());
        if (!api.isInstance(value)) {
            throw new WireException("handle " + ref.id() + " is a " + value.getClass().getName() + ", not a " + api.getName());
        }
        return value;
    }
}
