package nngrader.sandbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import nngrader.sandbox.wire.Protocol;

/**
 * One worker's callbacks (see {@link ReferenceCalls}), answered on the thread that reads the worker, for the call
 * in progress. The time an answer takes is given back to that call's deadline: the other files are graded as if
 * the class that did not compile were correct, and in one JVM a call into it would cost no round trip.
 */
final class CallbackAnswers {
    /**
     * What a callback costs the worker besides the grader's answer (writing it, the pipe both ways, waking up),
     * given back with the answer's own time.
     */
    static final Duration TRANSIT = Duration.ofNanos(300_000);

    /** Grants a scope time spent on callbacks, up to a cap; returns what it granted. */
    interface Credit {
        Duration grant(CallScope scope, Duration spent);
    }

    /** The call the worker is working on, whose deadline its callbacks' time extends. */
    static final class Call {
        private final CallScope scope;
        private volatile Duration extended = Duration.ZERO;

        private Call(CallScope scope) {
            this.scope = scope;
        }

        /** The call's deadline moved by what its callbacks took. */
        Instant deadline(Instant base) {
            return Deadlines.plus(base, extended);
        }
    }

    private final ReferenceCalls.Session reference;
    private final Credit credit;
    private final JsonFactory json;
    private final int maxFrameBytes;
    private volatile Call inProgress;

    CallbackAnswers(ReferenceCalls.Session reference, Credit credit, JsonFactory json, int maxFrameBytes) {
        this.reference = reference;
        this.credit = credit;
        this.json = json;
        this.maxFrameBytes = maxFrameBytes;
    }

    Call begin(CallScope scope) {
        Call call = new Call(scope);
        inProgress = call;
        return call;
    }

    void end() {
        inProgress = null;
    }

    /** The answer to one callback frame; a callback outside a call is refused. Never throws. */
    byte[] answer(byte[] frame) {
        Call call = inProgress;
        Instant received = Instant.now();
        try {
            if (call == null) {
                return refusal("the grader answers only while it is calling the worker");
            }
            byte[] answer = reference.answer(frame, call.scope);
            call.extended = call.extended.plus(
                    credit.grant(call.scope, Duration.between(received, Instant.now()).plus(TRANSIT)));
            return answer;
        } catch (Throwable e) { // an OutOfMemoryError of the reference on student input too: the worker must hear
            return refusal("the grader could not answer: " + e.getClass().getSimpleName());
        }
    }

    /** A refusal without the callback's id: the worker then fails the callback as unreadable. */
    private byte[] refusal(String why) {
        var out = new ByteArrayOutputStream();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField(Protocol.REFUSED, why);
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray().length <= maxFrameBytes ? out.toByteArray() : new byte[] {'{', '}'};
    }
}
