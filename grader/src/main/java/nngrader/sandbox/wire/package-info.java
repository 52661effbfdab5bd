/**
 * What crosses between the grader JVM and the worker JVM: length-prefixed JSON frames and
 * values encoded by their declared type. Both JVMs use these classes, so they depend only on the
 * JDK and jackson-core.
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
 */
package nngrader.sandbox.wire;
