package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * Everything about the values of one declared type, as Jackson's serializer and deserializer of a
 * type are: how they are written and read, and what a call may change in them in place, so that
 * the caller sees it ({@link ArgumentChanges}). {@link ValueCodec} finds the codec of a type and
 * handles null for every codec ({@link NullSafe}): no method here is given null.
 *
 * <p>The change-tracking methods have the defaults of an immutable value (a number, a string, an
 * enum constant, a handle): a codec of something code can change in place overrides them. The
 * package documentation shows how to add a type.
 */
interface Codec {

    void write(JsonGenerator out, Object value, Handles handles) throws IOException;

    /** Reads one value; the parser's current token is the value's first token (not null), and is left on its last. */
    Object read(JsonParser in, Handles handles) throws IOException;

    /** Whether code given a value can change it in place (an array, a list, a record that holds one). */
    default boolean changesInPlace() {
        return false;
    }

    /** A deep copy of whatever in {@code value} could be changed in place, for {@link #changed}. */
    default Object snapshot(Object value) {
        return value;
    }

    /** Whether {@code now} differs anywhere from the {@code before} {@link #snapshot} of it. */
    default boolean changed(Object before, Object now) {
        return !before.equals(now);
    }

    /**
     * Copies {@code source} (a changed value as the other side sent it back) into the caller's own
     * {@code target} of the same class, as far as it can change in place: array entries, rows,
     * record components, a list's items.
     */
    default void copyInto(Object target, Object source) {
    }

    /**
     * Whether {@link #copyInto} makes {@code target} (of the same class) equal to {@code source}, so
     * that an array entry holding {@code target} keeps it: a row of the same length is updated in
     * place, so the test's references to it stay valid; anything else is replaced.
     */
    default boolean fitsInPlace(Object target, Object source) {
        return false;
    }
}
