package nngrader.sandbox.wire;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Makes a call across the boundary behave, for its arguments, like a call in one JVM: what the
 * student's code changes in place (an entry of an array, a row of a matrix, an array inside a
 * record) is seen by the test that passed it. Without this, a hidden test could never notice that
 * a student's softmax overwrote its input.
 *
 * <p>The worker takes a {@link #snapshot} of each argument before the call and sends back those
 * that {@link #changed}; the grader copies them {@link #into} the caller's own objects.
 */
public final class ArgumentChanges {
    private ArgumentChanges() {
    }

    /** Deep copy of whatever in {@code value} could be changed in place; immutable values as they are. */
    public static Object snapshot(Object value) {
        if (value == null) {
            return null;
        }
        Class<?> type = value.getClass();
        if (type.isArray()) {
            if (type.getComponentType().isPrimitive()) {
                int n = Array.getLength(value);
                Object copy = Array.newInstance(type.getComponentType(), n);
                System.arraycopy(value, 0, copy, 0, n);
                return copy;
            }
            Object[] array = (Object[]) value;
            Object[] copy = new Object[array.length];
            for (int i = 0; i < array.length; i++) {
                copy[i] = snapshot(array[i]);
            }
            return new ArraySnapshot(copy);
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Object[] parts = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                parts[i] = snapshot(component(value, components[i]));
            }
            return new RecordSnapshot(parts);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(e -> copy.add(snapshot(e)));
            return copy;
        }
        return value;
    }

    /** Whether {@code now} differs anywhere from the {@code before} snapshot of it. */
    public static boolean changed(Object before, Object now) {
        if (before == null || now == null) {
            return before != now;
        }
        if (before instanceof ArraySnapshot a) {
            Object[] array = (Object[]) now;
            if (array.length != a.copy.length) {
                return true;
            }
            for (int i = 0; i < array.length; i++) {
                if (changed(a.copy[i], array[i])) {
                    return true;
                }
            }
            return false;
        }
        if (before instanceof RecordSnapshot r) {
            RecordComponent[] components = now.getClass().getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (changed(r.parts[i], component(now, components[i]))) {
                    return true;
                }
            }
            return false;
        }
        if (before.getClass().isArray()) {
            return !primitiveArraysEqual(before, now);
        }
        if (before instanceof List<?> list) {
            if (!(now instanceof List<?> nowList) || nowList.size() != list.size()) {
                return true;
            }
            for (int i = 0; i < list.size(); i++) {
                if (changed(list.get(i), nowList.get(i))) {
                    return true;
                }
            }
            return false;
        }
        return !before.equals(now);
    }

    /**
     * Copies the changed value {@code source} (as the worker sent it back) into the caller's
     * {@code target}: array entries in place, rows and record components recursively.
     */
    @SuppressWarnings("unchecked")
    public static void into(Object target, Object source) {
        if (target == null || source == null || target.getClass() != source.getClass()) {
            return;
        }
        Class<?> type = target.getClass();
        if (type.isArray()) {
            int n = Math.min(Array.getLength(target), Array.getLength(source));
            if (type.getComponentType().isPrimitive()) {
                System.arraycopy(source, 0, target, 0, n);
                return;
            }
            Object[] to = (Object[]) target;
            Object[] from = (Object[]) source;
            for (int i = 0; i < n; i++) {
                if (to[i] != null && from[i] != null && to[i].getClass().isArray()
                        && to[i].getClass() == from[i].getClass() && Array.getLength(to[i]) == Array.getLength(from[i])) {
                    into(to[i], from[i]);
                } else {
                    to[i] = from[i];
                }
            }
        } else if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                into(component(target, c), component(source, c));
            }
        } else if (target instanceof List<?> list) {
            try {
                List<Object> to = (List<Object>) list;
                to.clear();
                to.addAll((List<Object>) source);
            } catch (UnsupportedOperationException immutable) {
                // the caller passed an unmodifiable list: nothing to mirror
            }
        }
    }

    private static Object component(Object record, RecordComponent component) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component + ": " + e, e);
        }
    }

    private static boolean primitiveArraysEqual(Object a, Object b) {
        if (a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof double[] x) {
            return Arrays.equals(x, (double[]) b);
        }
        if (a instanceof int[] x) {
            return Arrays.equals(x, (int[]) b);
        }
        if (a instanceof long[] x) {
            return Arrays.equals(x, (long[]) b);
        }
        if (a instanceof float[] x) {
            return Arrays.equals(x, (float[]) b);
        }
        if (a instanceof boolean[] x) {
            return Arrays.equals(x, (boolean[]) b);
        }
        if (a instanceof byte[] x) {
            return Arrays.equals(x, (byte[]) b);
        }
        if (a instanceof short[] x) {
            return Arrays.equals(x, (short[]) b);
        }
        return Arrays.equals((char[]) a, (char[]) b);
    }

    /** The entries of an array of arrays (or of records) as they were before the call. */
    private record ArraySnapshot(Object[] copy) {
    }

    private record RecordSnapshot(Object[] parts) {
    }
}
