package nngrader.sandbox.wire;

/**
 * The names in the frames, so that both sides spell them alike.
 *
 * <pre>
 * grader → worker
 *   {"id":1, "op":"new",  "api":"nn.Softmax", "class":"nn.MySoftmax"}
 *   {"id":2, "op":"call", "target":1, "api":"nn.Softmax", "method":"softmax", "params":["[D"], "args":[[1.0,2.0]]}
 *                                                                   ("args" comes last: it is read by the types before it)
 *   {"id":3, "op":"release", "handles":[[5,2],[9,1]]}              handle 5 was received twice, 9 once: the grader lets
 *                                                                   them go (a test ended); "handles" comes last
 * worker → grader (fields in any order)
 *   {"ready":true}                                                 once, when the worker can take calls
 *   {"id":1, "created":1, "output":""}
 *   {"id":3, "output":""}                                          a release is done ("output" is left for the next call)
 *   {"id":2, "value":[0.27,0.73], "output":"printed text"}         "value" is left out for void
 *   {"id":2, "output":"the first bytes printed", "dropped":209715}  bytes printed beyond the worker's cap, counted
 *   {"id":2, "value":..., "changed":[null,[3.0,1.0]], "output":""}  arguments the call changed in place (null: unchanged)
 *   {"id":2, "value":{"arg":1}, "output":""}                        the value is the first argument array itself
 *   {"id":2, "value":{"id":7,"items":[0.5,0.5]}, "output":""}       an array of the value, under the worker's id for it
 *   {"id":2, "threw":{"class":..., "message":..., "where":..., "causes":[...], "frames":[[class,method,file,line],...]}, "output":""}
 *   {"id":2, "refused":"why the call could not be made", "output":""}
 *   {"id":2, "oversized":67108865, "output":""}                    the value did not fit in a frame
 *   {"exit":{"frames":[...]}}                                      last words: System.exit was called from there
 *
 * worker → grader during a call, when a submitted file did not compile and a generated class stands in for it
 * (see nngrader.sandbox.worker.Forwarded); the grader answers each with the reference, then the call goes on
 *   {"callback":1, "op":"new", "class":"nn.softmax.Softmax"}
 *   {"callback":2, "op":"call", "target":1, "api":"nn.softmax.SoftmaxRegression", "method":"softmax", "params":["[D"], "args":[[1.0,2.0]]}
 * grader → worker, the answer
 *   {"id":1, "created":1}
 *   {"id":2, "value":[0.27,0.73], "changed":[null]}                "changed" as in a reply
 *   {"id":3, "value":{"handle":2,"class":"nn.autograd.ForwardBackward$Affine"}}  a reference object stays in the grader
 *   {"id":2, "threw":{"class":"java.lang.IllegalArgumentException", "message":"..."}}
 *   {"id":2, "refused":"why the grader did not answer"}
 * </pre>
 *
 * Values are written by their declared type (see {@link ValueCodec}); the arrays of a value keep
 * their identity (see the package documentation); a double[] longer than 16
 * is a base64 string of its IEEE-754 bits, so a frame may show {@code "args":["P/AAAAAA..."]}.
 */
public final class Protocol {
    public static final String ID = "id";
    public static final String OP = "op";
    public static final String OP_NEW = "new";
    public static final String OP_CALL = "call";
    public static final String OP_RELEASE = "release";
    public static final String HANDLES = "handles";
    public static final String API = "api";
    public static final String CLASS = "class";
    public static final String TARGET = "target";
    public static final String METHOD = "method";
    public static final String PARAMS = "params";
    public static final String ARGS = "args";

    public static final String READY = "ready";
    public static final String CREATED = "created";
    public static final String VALUE = "value";
    public static final String OUTPUT = "output";
    public static final String DROPPED = "dropped";
    public static final String THREW = "threw";
    public static final String REFUSED = "refused";
    public static final String OVERSIZED = "oversized";
    public static final String CHANGED = "changed";
    public static final String EXIT = "exit";
    public static final String CALLBACK = "callback";

    public static final String MESSAGE = "message";
    public static final String WHERE = "where";
    public static final String CAUSES = "causes";
    public static final String FRAMES = "frames";

    private Protocol() {
    }
}
