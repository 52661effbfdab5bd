package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The one place null is handled: {@link ValueCodec} wraps the codec of every reference type in it
 * (primitives cannot be null), so the codecs themselves never see null. Null crosses as JSON null;
 * a copy back happens only between two values of the same class.
 */
final class NullSafe implements Codec {
    private final Codec inner;

    NullSafe(Codec inner) {
        this.inner = inner;
    }

    @Override
    public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
        if (value == null) {
            out.writeNull();
        } else {
            inner.write(out, value, handles);
        }
    }

    @Override
    public Object read(JsonParser in, Handles handles) throws IOException {
        return in.currentToken() == JsonToken.VALUE_NULL ? null : inner.read(in, handles);
    }

    @Override
    public boolean changesInPlace() {
        return inner.changesInPlace();
    }

    @Override
    public Object snapshot(Object value) {
        return value == null ? null : inner.snapshot(value);
    }

    @Override
    public boolean changed(Object before, Object now) {
        if (before == null || now == null) {
            return before != now;
        }
        return inner.changed(before, now);
    }

    @Override
    public void copyInto(Object target, Object source) {
        if (sameClass(target, source)) {
            inner.copyInto(target, source);
        }
    }

    @Override
    public boolean fitsInPlace(Object target, Object source) {
        return sameClass(target, source) && inner.fitsInPlace(target, source);
    }

    private static boolean sameClass(Object target, Object source) {
        return target != null && source != null && target.getClass() == source.getClass();
    }
}
