package nngrader.sandbox.wire;

import java.lang.reflect.Type;

/**
 * Makes a call across the boundary behave, for its arguments, like a call in one JVM: what the
 * student's code changes in place (an entry of an array, a row of a matrix, an array inside a
 * record) is seen by the test that passed it. Without this, a hidden test could never notice that
 * a student's softmax overwrote its input.
 *
 * <p>The side that runs the call takes a snapshot of each argument {@link #before} it and sends
 * back those that {@link #changed}; the caller's side copies them {@link #into} its own objects.
 * What a type can change, and how, is its codec's business.
 */
public final class ArgumentChanges {
    private final Codec[] codecs;
    private final Object[] snapshots;

    private ArgumentChanges(Codec[] codecs, Object[] snapshots) {
        this.codecs = codecs;
        this.snapshots = snapshots;
    }

    /** Before the call: a snapshot of each argument its declared type lets the call change in place. */
    public static ArgumentChanges before(ValueCodec values, Type[] types, Object[] args) {
        Codec[] codecs = codecs(values, types);
        Object[] snapshots = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            if (codecs[i].changesInPlace()) {
                snapshots[i] = codecs[i].snapshot(args[i]);
            }
        }
        return new ArgumentChanges(codecs, snapshots);
    }

    /** After the call: the arguments that differ from their snapshot, null where unchanged; null when none changed. */
    public Object[] changed(Object[] args) {
        Object[] changed = null;
        for (int i = 0; i < args.length; i++) {
            if (codecs[i].changesInPlace() && codecs[i].changed(snapshots[i], args[i])) {
                if (changed == null) {
                    changed = new Object[args.length];
                }
                changed[i] = args[i];
            }
        }
        return changed;
    }

    /**
     * On the caller's side: copies each changed argument (as the other side sent it back; null
     * where unchanged) into the caller's own: array entries in place, rows and record components
     * recursively.
     */
    public static void into(ValueCodec values, Type[] types, Object[] args, Object[] changed) {
        if (changed == null) {
            return;
        }
        Codec[] codecs = codecs(values, types);
        for (int i = 0; i < args.length; i++) {
            if (changed[i] != null) {
                codecs[i].copyInto(args[i], changed[i]);
            }
        }
    }

    private static Codec[] codecs(ValueCodec values, Type[] types) {
        Codec[] codecs = new Codec[types.length];
        for (int i = 0; i < types.length; i++) {
            codecs[i] = values.codecFor(types[i]);
        }
        return codecs;
    }
}
