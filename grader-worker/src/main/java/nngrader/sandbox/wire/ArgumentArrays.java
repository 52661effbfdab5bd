package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arrays of one call's arguments, numbered 1, 2, … in the order they cross (an array before
 * its rows, depth first), so that the reply can name one: the grader numbers them as it writes,
 * the worker as it reads, and both count alike because both use the same codecs.
 */
public final class ArgumentArrays extends ArrayIdentity {
    private final List<Object> arrays = new ArrayList<>();
    private final Map<Object, Integer> numbers = new IdentityHashMap<>();

    @Override
    void write(JsonGenerator out, Object array, Codec items, Handles handles) throws IOException {
        add(array);
        items.write(out, array, handles);
    }

    @Override
    Object read(JsonParser in, Class<?> arrayClass, Codec items, Handles handles) throws IOException {
        int slot = arrays.size();
        arrays.add(null); // the array's number comes before its rows'
        Object array = items.read(in, handles);
        arrays.set(slot, array);
        numbers.putIfAbsent(array, slot + 1);
        return array;
    }

    /** How many arrays the arguments held. */
    int count() {
        return arrays.size();
    }

    /** The array numbered {@code number} (1 to {@link #count}). */
    Object get(int number) {
        return arrays.get(number - 1);
    }

    /** The number of {@code array} if it is one of the arguments' arrays (the first, if sent twice), else 0. */
    int numberOf(Object array) {
        return numbers.getOrDefault(array, 0);
    }

    private void add(Object array) {
        arrays.add(array);
        numbers.putIfAbsent(array, arrays.size());
    }
}
