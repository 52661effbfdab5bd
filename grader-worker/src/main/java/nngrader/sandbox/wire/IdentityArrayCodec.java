package nngrader.sandbox.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * An array of any kind: its items by {@code items}, unless the frame's {@link ArrayIdentity} sends a
 * reference. What a call changes in it is what it changes in the items.
 */
final class IdentityArrayCodec implements Codec {
    private final Class<?> arrayClass;
    private final Codec items;

    IdentityArrayCodec(Class<?> arrayClass, Codec items) {
        this.arrayClass = arrayClass;
        this.items = items;
    }

    @Override
    public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
        handles.arrays().write(out, value, items, handles);
    }

    @Override
    public Object read(JsonParser in, Handles handles) throws IOException {
        return handles.arrays().read(in, arrayClass, items, handles);
    }

    @Override
    public boolean changesInPlace() {
        return items.changesInPlace();
    }

    @Override
    public Object snapshot(Object value) {
        return items.snapshot(value);
    }

    @Override
    public boolean changed(Object before, Object now) {
        return items.changed(before, now);
    }

    @Override
    public void copyInto(Object target, Object source) {
        items.copyInto(target, source);
    }

    @Override
    public boolean fitsInPlace(Object target, Object source) {
        return items.fitsInPlace(target, source);
    }
}
