package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.lang.reflect.Type;

/**
 * The codec of a type while {@link ValueCodec} is still making it, so that a type may contain
 * itself (a record that is a linked list or a tree): the inner occurrence gets this stand-in, which
 * forwards to the finished codec.
 */
final class Deferred implements Codec {
    private final Type type;
    private volatile Codec made;

    Deferred(Type type) {
        this.type = type;
    }

    void become(Codec codec) {
        made = codec;
    }

    private Codec made() {
        Codec codec = made;
        if (codec == null) {
            throw new UnsupportedTypeException(type, "it contains a type that cannot cross");
        }
        return codec;
    }

    @Override
    public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
        made().write(out, value, handles);
    }

    @Override
    public Object read(JsonParser in, Handles handles) throws IOException {
        return made().read(in, handles);
    }

    @Override
    public boolean changesInPlace() {
        return made().changesInPlace();
    }

    @Override
    public Object snapshot(Object value) {
        return made().snapshot(value);
    }

    @Override
    public boolean changed(Object before, Object now) {
        return made().changed(before, now);
    }

    @Override
    public void copyInto(Object target, Object source) {
        made().copyInto(target, source);
    }

    @Override
    public boolean fitsInPlace(Object target, Object source) {
        return made().fitsInPlace(target, source);
    }
}
