package nngrader.sandbox.wire;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arrays an object holds: through its fields, its records, lists and maps, and the objects they hold, at any
 * depth (a network's layers, their parameters, their rows). These are the arrays of an answer worth mirroring
 * ({@link MirroredArrays}): the object keeps using them after it returned them. A new array it returned and forgot
 * is not among them. JDK objects other than collections are not looked into; a huge graph is cut off.
 */
final class HeldArrays {
    /** Enough for any course object (a network's rows are a few thousand arrays); beyond it, fewer are mirrored. */
    static final int MAX_OBJECTS = 200_000;

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && !isJdk(c); c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
                        try {
                            f.setAccessible(true);
                            fields.add(f);
                        } catch (InaccessibleObjectException | SecurityException e) {
                            // a field we may not read: what it holds is not mirrored
                        }
                    }
                }
            }
            return List.copyOf(fields);
        }
    };

    private HeldArrays() {
    }

    /** The arrays {@code root} holds (an identity set); empty for null. */
    static Set<Object> of(Object root) {
        Set<Object> arrays = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object> next = new ArrayDeque<>();
        if (root != null) {
            next.push(root);
        }
        while (!next.isEmpty() && seen.size() < MAX_OBJECTS) {
            Object o = next.pop();
            if (!seen.add(o)) {
                continue;
            }
            Class<?> type = o.getClass();
            if (type.isArray()) {
                arrays.add(o);
                if (o instanceof Object[] items) {
                    pushAll(next, Arrays.asList(items));
                }
            } else if (o instanceof Collection<?> items) {
                pushAll(next, items);
            } else if (o instanceof Map<?, ?> map) {
                pushAll(next, map.keySet());
                pushAll(next, map.values());
            } else if (!isJdk(type)) {
                for (Field f : FIELDS.get(type)) {
                    try {
                        Object value = f.get(o);
                        if (value != null) {
                            next.push(value);
                        }
                    } catch (IllegalAccessException e) {
                        // not mirrored
                    }
                }
            }
        }
        return arrays;
    }

    private static void pushAll(Deque<Object> next, Collection<?> items) {
        try {
            for (Object item : items) {
                if (item != null) {
                    next.push(item);
                }
            }
        } catch (RuntimeException e) {
            // a collection that cannot be read (changed meanwhile): what it holds is not mirrored
        }
    }

    private static boolean isJdk(Class<?> type) {
        String name = type.getName();
        return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.") || name.startsWith("sun.");
    }
}
