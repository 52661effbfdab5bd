/**
 * What crosses between the grader JVM and the worker JVM: length-prefixed JSON frames and
 * values encoded by their declared type. Both JVMs use these classes, so they live in the
 * grader-worker module and depend only on the JDK and jackson-core.
 *
 * <h2>Calls behave as in one JVM</h2>
 *
 * <p><b>Arguments changed in place</b> come back in the reply's {@code "changed"} and are copied
 * into the test's own objects ({@link nngrader.sandbox.wire.ArgumentChanges}).
 *
 * <p><b>Identity.</b> Arrays cross by value, but a test can still see which arrays are one array,
 * so that {@code result == z} holds when the student returned {@code z} itself:
 * <ul>
 *   <li>Both sides number the arrays of a call's arguments 1, 2, … in the order they cross (an
 *       array before its rows) ({@link nngrader.sandbox.wire.ArgumentArrays}). Nothing is added to
 *       the request for this.</li>
 *   <li>In the returned value, the worker writes each array as {@code {"arg":k}} when it is the
 *       k-th argument array (an argument or a row of one), and otherwise as
 *       {@code {"id":n,"items":[…]}} under the worker's id for it, which stays the same for the
 *       worker's life ({@link nngrader.sandbox.wire.ArrayIds}); the same array again in the same
 *       reply (two fields, two rows) is {@code {"id":n}} alone
 *       ({@link nngrader.sandbox.wire.ReplyArrays}).</li>
 *   <li>The grader turns {@code {"arg":k}} into the test's own k-th argument array, after the
 *       changes are copied back; {@code {"id":n}} into the array it decoded for n earlier in this
 *       reply; and {@code {"id":n,"items":…}} into the array it decoded for n in an earlier reply, if
 *       a test still holds it (filled with the items it has now), else a new one, remembered weakly
 *       ({@link nngrader.sandbox.wire.ReturnedArrays}).</li>
 *   <li>It honours only what it can check: k must name an argument array it sent, of the declared
 *       class; n must have come with its items earlier in the reply, or name an earlier array of
 *       the same class and length. Anything else is a bad reply, which kills the worker. So the
 *       worker can at most claim that arrays are shared that the student's code could have shared.</li>
 * </ul>
 *
 * <p>Limits: the changed arguments are plain values; an array the test passes in arrives in the
 * worker as a new array, even if the worker returned it earlier; an argument that the student's
 * object keeps and returns in a later call comes back as a copy, not as the test's array; and
 * what a test writes into a returned array stays in the grader.
 *
 * <h2>Values: one codec per type</h2>
 *
 * <p>Values cross by their declared type; nothing in the data names a class, so a frame can only
 * ever build the types the API declares (no polymorphic typing). As with Jackson's serializers,
 * one {@link nngrader.sandbox.wire.Codec} owns everything about its type: how a value is written
 * and read, and, for a type code can change in place, its snapshot before a call, whether the
 * call changed it, and how the change is copied back into the caller's object. {@link
 * nngrader.sandbox.wire.ValueCodec} finds a type's codec by asking the codec classes' factories in
 * turn (its {@code FACTORIES} list), and wraps every reference type's codec in {@link
 * nngrader.sandbox.wire.NullSafe}, the only place that knows about null.
 *
 * <h2>How to add a wire type</h2>
 *
 * <p>Say an API method takes a {@code java.util.BitSet}, which a student's code may change in
 * place. Write one class:
 *
 * <pre>{@code
 * // java.util.BitSet: the indexes of its set bits, [0,5,7]
 * final class BitSetCodec implements Codec {
 *     // the frame pays for each index, not for the memory a large index would take
 *     private static final int MAX_BIT = 1 << 20;
 *
 *     static Codec codecOf(Type type, ValueCodec values) {
 *         return type == BitSet.class ? new BitSetCodec() : null;
 *     }
 *
 *     public void write(JsonGenerator out, Object value, Handles handles) throws IOException {
 *         int[] bits = ((BitSet) value).stream().toArray();
 *         out.writeArray(bits, 0, bits.length);
 *     }
 *
 *     public Object read(JsonParser in, Handles handles) throws IOException {
 *         Scalars.expect(in, JsonToken.START_ARRAY, "the bits of a BitSet");
 *         BitSet bits = new BitSet();
 *         while (in.nextToken() != JsonToken.END_ARRAY) {
 *             int bit = Scalars.readInt(in);
 *             if (bit < 0 || bit > MAX_BIT) {
 *                 throw new WireException("bit " + bit + " is out of range");
 *             }
 *             bits.set(bit);
 *         }
 *         return bits;
 *     }
 *
 *     // a BitSet can change in place: these make the test see what the call did to its own
 *     public boolean changesInPlace() { return true; }
 *     public Object snapshot(Object value) { return ((BitSet) value).clone(); }
 *     public boolean changed(Object before, Object now) { return !before.equals(now); } // the default
 *     public void copyInto(Object target, Object source) {
 *         ((BitSet) target).clear();
 *         ((BitSet) target).or((BitSet) source);
 *     }
 *     public boolean fitsInPlace(Object target, Object source) { return true; }
 * }
 * }</pre>
 *
 * <p>and add {@code BitSetCodec::codecOf} to {@code ValueCodec.FACTORIES} (and name BitSet in
 * ValueCodec's list of what can cross and in its message for what cannot, which instructors read).
 * That is all: the codec is never given null, {@code BitSet[]}, {@code List<BitSet>} and records holding one work through
 * the array, list and record codecs, and both JVMs (grader and worker) use it. An immutable type
 * (a {@code java.math.BigInteger}) writes only {@code codecOf}, {@code write} and {@code read}: the
 * other methods' defaults say that it never changes. Then add its round trip to {@code
 * ValueCodecTest}, and, if it can change in place, a case to {@code ArgumentChangesTest}. A codec
 * reads what an untrusted worker sent: it checks every value and allocates nothing that the frame
 * (whose tokens the {@link nngrader.sandbox.wire.DecodeBudget} counts) does not pay for.
 */
package nngrader.sandbox.wire;
