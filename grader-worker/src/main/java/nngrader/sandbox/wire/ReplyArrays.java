package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.Array;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How the arrays of a call's returned value keep their identity (see the package documentation):
 * the worker {@link #writer writes} each one as {@code {"arg":k}} (the k-th array of the call's
 * arguments), {@code {"id":n,"items":…}} (its items, under the worker's id for it) or
 * {@code {"id":n}} (the same array again in this reply); the grader {@link #reader reads} them and
 * honours only what it can check.
 */
public final class ReplyArrays {
    static final String ARG = "arg";
    static final String ID = "id";
    static final String ITEMS = "items";

    private ReplyArrays() {
    }

    /** The worker's side, for the value of one call whose arguments were read with {@code arguments}. */
    public static ArrayIdentity writer(ArgumentArrays arguments, ArrayIds ids) {
        return new Writer(arguments, ids);
    }

    /** The grader's side, for the value of one call whose arguments were written with {@code arguments}. */
    public static ArrayIdentity reader(ArgumentArrays arguments, ReturnedArrays returned) {
        return new Reader(arguments, returned);
    }

    private static final class Writer extends ArrayIdentity {
        private final ArgumentArrays arguments;
        private final ArrayIds ids;
        private final Set<Long> written = new HashSet<>();

        Writer(ArgumentArrays arguments, ArrayIds ids) {
            this.arguments = arguments;
            this.ids = ids;
        }

        @Override
        void write(JsonGenerator out, Object array, Codec items, Handles handles) throws IOException {
            out.writeStartObject();
            int argument = arguments.numberOf(array);
            if (argument > 0) {
                out.writeNumberField(ARG, argument);
            } else {
                long id = ids.idOf(array);
                out.writeNumberField(ID, id);
                if (written.add(id)) {
                    out.writeFieldName(ITEMS);
                    items.write(out, array, handles);
                }
            }
            out.writeEndObject();
        }

        @Override
        Object read(JsonParser in, Class<?> arrayClass, Codec items, Handles handles) throws IOException {
            throw new WireException("the worker does not read replies");
        }
    }

    private static final class Reader extends ArrayIdentity {
        private final ArgumentArrays arguments;
        private final ReturnedArrays returned;
        private final Map<Long, Object> inThisReply = new HashMap<>();

        Reader(ArgumentArrays arguments, ReturnedArrays returned) {
            this.arguments = arguments;
            this.returned = returned;
        }

        @Override
        void write(JsonGenerator out, Object array, Codec items, Handles handles) throws IOException {
            throw new WireException("the grader does not write replies");
        }

        @Override
        Object read(JsonParser in, Class<?> arrayClass, Codec items, Handles handles) throws IOException {
            if (in.currentToken() != JsonToken.START_OBJECT) {
                return items.read(in, handles); // items without an id: a new array, like any other
            }
            Long argument = null;
            Long id = null;
            Object read = null;
            boolean hasItems = false;
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String field = in.currentName();
                in.nextToken();
                if (field.equals(ARG) && argument == null) {
                    argument = (Long) Scalars.LONG.read(in, handles);
                } else if (field.equals(ID) && id == null) {
                    id = (Long) Scalars.LONG.read(in, handles);
                } else if (field.equals(ITEMS) && !hasItems) {
                    // "items": null is no items (refused below); the item codecs are never given null
                    read = in.currentToken() == JsonToken.VALUE_NULL ? null : items.read(in, handles);
                    hasItems = true;
                } else {
                    throw new WireException("unexpected field " + field + " in an array");
                }
            }
            if (argument != null) {
                if (id != null || hasItems) {
                    throw new WireException("an array that is an argument has nothing else");
                }
                return argument(argument, arrayClass);
            }
            if (id == null) {
                throw new WireException("an array without an id");
            }
            if (hasItems && read == null) {
                throw new WireException("array " + id + " without items");
            }
            return hasItems ? returned(id, arrayClass, read) : again(id, arrayClass);
        }

        /** The test's own argument array: the call returned it (or holds it) rather than a new one. */
        private Object argument(long number, Class<?> arrayClass) throws WireException {
            if (number < 1 || number > arguments.count()) {
                throw new WireException("the reply names argument array " + number + ", but the call sent "
                        + arguments.count());
            }
            return ofClass(arguments.get((int) number), arrayClass, "argument array " + number);
        }

        /** An array the worker sent before in this reply (two fields or two rows that are one array). */
        private Object again(long id, Class<?> arrayClass) throws WireException {
            Object array = inThisReply.get(id);
            if (array == null) {
                throw new WireException("array " + id + " is named before its items were sent");
            }
            return ofClass(array, arrayClass, "array " + id);
        }

        /**
         * An array with its items: when the worker returned the same array earlier and a test still
         * holds it, that array, with the items it has now; otherwise the new one.
         */
        private Object returned(long id, Class<?> arrayClass, Object items) throws WireException {
            if (inThisReply.containsKey(id)) {
                throw new WireException("the items of array " + id + " are sent twice");
            }
            Object earlier = returned.get(id);
            Object array = items;
            if (earlier != null) {
                ofClass(earlier, arrayClass, "array " + id);
                int n = Array.getLength(items);
                if (Array.getLength(earlier) != n) {
                    throw new WireException("array " + id + " had " + Array.getLength(earlier) + " items and now has " + n);
                }
                System.arraycopy(items, 0, earlier, 0, n);
                array = earlier;
            } else {
                returned.put(id, array);
            }
            inThisReply.put(id, array);
            return array;
        }

        private static Object ofClass(Object array, Class<?> arrayClass, String what) throws WireException {
            if (array.getClass() != arrayClass) {
                throw new WireException(what + " is a " + array.getClass().getSimpleName() + ", not a "
                        + arrayClass.getSimpleName());
            }
            return array;
        }
    }
}
