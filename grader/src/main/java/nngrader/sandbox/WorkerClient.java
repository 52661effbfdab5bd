package nngrader.sandbox;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ScheduledFuture;
import nngrader.sandbox.ReplyReader.Callback;
import nngrader.sandbox.ReplyReader.ExitNotice;
import nngrader.sandbox.ReplyReader.Message;
import nngrader.sandbox.ReplyReader.Ready;
import nngrader.sandbox.ReplyReader.Reply;
import nngrader.sandbox.WorkerProcess.Broken;
import nngrader.sandbox.WorkerProcess.Ended;
import nngrader.sandbox.WorkerProcess.Frame;
import nngrader.sandbox.WorkerProcess.Incoming;
import nngrader.sandbox.wire.BoundedBuffer;
import nngrader.sandbox.wire.DecodeBudget;
import nngrader.sandbox.wire.FrameTooLargeException;
import nngrader.sandbox.wire.Handles;
import nngrader.sandbox.wire.Protocol;
import nngrader.sandbox.wire.ArgumentArrays;
import nngrader.sandbox.wire.ArgumentChanges;
import nngrader.sandbox.wire.ReplyArrays;
import nngrader.sandbox.wire.ReturnedArrays;
import nngrader.sandbox.wire.ValueCodec;

/**
 * The requests of one worker's life: create an object, call a method. Anything that leaves the
 * worker in doubt (a timeout, a death, a reply that cannot be read) kills it; the sandbox then
 * starts a fresh one for the next call.
 */
final class WorkerClient {
    /** Requests up to this size fit in the pipe, so writing them cannot block; larger ones get an alarm. */
    private static final int PIPE_SAFE_BYTES = 16 * 1024;
    private static final Duration DEATH_GRACE = Duration.ofSeconds(2);
    private final WorkerProcess process;
    private final WorkerSettings settings;
    private final JsonFactory json;
    private static final Type[] NO_TYPES = {};
    private final ValueCodec values;
    private final ReplyReader replies;
    private final ReturnedArrays returnedArrays = new ReturnedArrays();
    private final Alarms alarms;
    private final Duration startup;
    private final CallbackAnswers callbacks;
    private long nextId = 1;
    private volatile boolean broken;

    private WorkerClient(WorkerProcess process, WorkerSettings settings, JsonFactory json, ValueCodec values,
            ReplyReader replies, Alarms alarms, Duration startup, CallbackAnswers callbacks) {
        this.process = process;
        this.settings = settings;
        this.json = json;
        this.values = values;
        this.replies = replies;
        this.alarms = alarms;
        this.startup = startup;
        this.callbacks = callbacks;
    }

    /** Starts a worker and waits until it says it is ready; a worker that cannot start is the grader's problem. */
    static WorkerClient start(List<String> command, Map<String, String> environment, WorkerSettings settings,
            JsonFactory json, ValueCodec values, Alarms alarms, Duration startupLimit, ReferenceCalls referenceCalls,
            CallbackAnswers.Credit credit) {
        Instant begin = Instant.now();
        CallbackAnswers callbacks = new CallbackAnswers(referenceCalls.forWorker(json, values, settings.maxFrameBytes()),
                credit, json, settings.maxFrameBytes());
        WorkerProcess process;
        try {
            process = WorkerProcess.start(command, environment, settings.workingDirectory(), settings.maxFrameBytes(),
                    callbacks::answer);
        } catch (IOException e) {
            throw new WorkerUnavailable("cannot start the worker JVM: " + e.getMessage(), e);
        }
        try {
            ReplyReader replies = new ReplyReader(json, values, settings);
            Incoming first = process.next(begin.plus(startupLimit));
            if (first instanceof Frame frame && replies.read(frame.body(), null, NO_TYPES, Handles.NONE,
                    "the worker's start") instanceof Ready) {
                return new WorkerClient(process, settings, json, values, replies, alarms,
                        Duration.between(begin, Instant.now()), callbacks);
            }
            process.kill();
            throw new WorkerUnavailable("the worker JVM did not start (" + (first == null ? "no answer in "
                    + startupLimit.toSeconds() + " s" : first) + "): " + process.stderr(DEATH_GRACE), null);
        } catch (IOException | InterruptedException e) {
            process.kill();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new WorkerUnavailable("the worker JVM did not start: " + e.getMessage(), e);
        }
    }

    /** How long the worker took to start, up to its first frame. */
    Duration startup() {
        return startup;
    }

    long pid() {
        return process.pid();
    }

    /** False once a failure has killed this worker, or if it has ended on its own. */
    boolean usable() {
        return !broken && process.isAlive();
    }

    boolean broken() {
        return broken;
    }

    void kill() {
        broken = true;
        process.kill();
    }

    /** Lets the worker end by itself (it writes its class-data archive then), then kills what is left. */
    void finish(Duration wait) {
        process.finish(wait);
        kill();
    }

    /** Creates an instance of {@code className} with its no-argument constructor; returns its handle. */
    long create(Class<?> api, String className, CallScope scope, Instant deadline) {
        String call = "new " + className + "()";
        long id = nextId++;
        byte[] request = request(call, out -> {
            out.writeNumberField(Protocol.ID, id);
            out.writeStringField(Protocol.OP, Protocol.OP_NEW);
            out.writeStringField(Protocol.API, api.getName());
            out.writeStringField(Protocol.CLASS, className);
        });
        Reply reply = exchange(id, request, null, NO_TYPES, Handles.NONE, scope, deadline, call, className + ".<init>");
        if (reply.created() <= 0) {
            throw bad("the worker did not say which object it created for " + className);
        }
        return reply.created();
    }

    /**
     * Tells the worker that the grader no longer holds these handles: id to how many times it received each
     * (see the worker's {@code HandleTable}). No student code runs.
     */
    void release(Map<Long, Long> counts, CallScope scope, Instant deadline) {
        String call = "the release of " + counts.size() + " handles";
        long id = nextId++;
        byte[] request = request(call, out -> {
            out.writeNumberField(Protocol.ID, id);
            out.writeStringField(Protocol.OP, Protocol.OP_RELEASE);
            out.writeArrayFieldStart(Protocol.HANDLES);
            for (Map.Entry<Long, Long> handle : counts.entrySet()) {
                out.writeStartArray();
                out.writeNumber(handle.getKey());
                out.writeNumber(handle.getValue());
                out.writeEndArray();
            }
            out.writeEndArray();
        });
        exchange(id, request, null, NO_TYPES, Handles.NONE, scope, deadline, call, call);
    }

    /**
     * Calls {@code method} on the object with handle {@code target}; returns what it returned. An
     * array of the value that is one of {@code args} (or inside one) is that very object, with the
     * call's changes copied back; one that the worker returned before is the array returned then.
     */
    Object call(long target, String call, Method method, Object[] args, Handles handles, CallScope scope,
            Instant deadline) {
        long id = nextId++;
        Type[] types = method.getGenericParameterTypes();
        ArgumentArrays sent = new ArgumentArrays();
        Handles numbered = Handles.with(handles, sent);
        byte[] request = request(call, out -> {
            out.writeNumberField(Protocol.ID, id);
            out.writeStringField(Protocol.OP, Protocol.OP_CALL);
            out.writeNumberField(Protocol.TARGET, target);
            out.writeStringField(Protocol.API, method.getDeclaringClass().getName());
            out.writeStringField(Protocol.METHOD, method.getName());
            out.writeArrayFieldStart(Protocol.PARAMS);
            for (Class<?> p : method.getParameterTypes()) {
                out.writeString(p.getName());
            }
            out.writeEndArray();
            out.writeArrayFieldStart(Protocol.ARGS);
            for (int i = 0; i < types.length; i++) {
                values.write(out, types[i], args[i], numbered);
            }
            out.writeEndArray();
        });
        Type returned = method.getGenericReturnType();
        Reply reply = exchange(id, request, returned == void.class ? null : returned, types,
                Handles.with(handles, ReplyArrays.reader(sent, returnedArrays)), scope, deadline, call, call);
        ArgumentChanges.into(values, types, args, reply.changed());
        return reply.value();
    }

    private Reply exchange(long id, byte[] request, Type valueType, Type[] parameterTypes, Handles handles,
            CallScope scope,
            Instant deadline, String call, String called) {
        CallbackAnswers.Call progress = callbacks.begin(scope);
        try {
            return exchange(id, request, valueType, parameterTypes, handles, scope, deadline, call, called, progress);
        } finally {
            callbacks.end();
        }
    }

    private Reply exchange(long id, byte[] request, Type valueType, Type[] parameterTypes, Handles handles,
            CallScope scope, Instant deadline, String call, String called, CallbackAnswers.Call progress) {
        send(request, deadline, scope, call);
        List<StackTraceElement> exitFrames = null;
        while (true) {
            Incoming incoming;
            try {
                incoming = process.next(progress.deadline(deadline));
            } catch (InterruptedException e) {
                kill();
                Thread.currentThread().interrupt();
                throw new CallTimedOut(scope.limit(), call);
            }
            if (incoming == null && Instant.now().isBefore(progress.deadline(deadline))) {
                continue; // the callbacks' time moved the deadline while waiting
            }
            if (incoming == null) {
                kill();
                throw new CallTimedOut(scope.limit(), call);
            }
            if (incoming instanceof Ended) {
                throw died(call, exitFrames);
            }
            if (incoming instanceof Broken b) {
                throw bad(b.why() instanceof FrameTooLargeException tooLarge
                        ? "the reply of " + call + " is over the frame limit of " + megabytes(tooLarge.limit())
                        : "the worker's reply to " + call + " is malformed (" + b.why().getMessage() + ")");
            }
            Message message;
            try {
                message = replies.read(((Frame) incoming).body(), valueType, parameterTypes, handles, called);
            } catch (DecodeBudget.ReplyOverBudget e) {
                throw bad("the reply of " + call + " is too large for the grader to read: " + e.getMessage());
            } catch (IOException | RuntimeException e) {
                throw bad("the worker's reply to " + call + " is malformed (" + e.getMessage() + ")");
            }
            if (message instanceof ExitNotice exit) {
                exitFrames = exit.frames();
                continue;
            }
            if (message instanceof Callback) {
                throw bad("the worker sent a malformed callback during " + call);
            }
            if (!(message instanceof Reply reply) || reply.id() != id) {
                throw bad("the worker sent something else than the reply to " + call);
            }
            return outcome(reply, scope, call);
        }
    }

    private Reply outcome(Reply reply, CallScope scope, String call) {
        if (!reply.output().isEmpty() || reply.dropped() > 0) {
            studentOutput(scope, reply.output(), reply.dropped());
        }
        if (reply.failure() != null) {
            throw reply.failure();
        }
        if (reply.oversized() > 0) {
            throw new BadReply("the value returned by " + call + " is too large to send back (over "
                    + megabytes(settings.maxFrameBytes()) + ")");
        }
        return reply;
    }

    private void send(byte[] request, Instant deadline, CallScope scope, String call) {
        ScheduledFuture<?> alarm = request.length > PIPE_SAFE_BYTES ? alarms.at(deadline, this::kill) : null;
        try {
            process.send(request);
        } catch (IOException e) {
            if (!Instant.now().isBefore(deadline)) {
                kill();
                throw new CallTimedOut(scope.limit(), call);
            }
            // the worker is gone; its stdout tells the rest
        } finally {
            if (alarm != null) {
                alarm.cancel(false);
            }
        }
        if (broken) {
            throw new CallTimedOut(scope.limit(), call);
        }
    }

    private WorkerDied died(String call, List<StackTraceElement> exitFrames) {
        OptionalInt status = process.exitStatus(DEATH_GRACE);
        String stderr = process.stderr(Duration.ofMillis(500));
        kill();
        return DeathReport.describe(call, exitFrames, status, stderr, settings.heapMb());
    }

    private BadReply bad(String message) {
        kill();
        return new BadReply(message);
    }

    /** The worker caps the output, but it is untrusted: cap again, counting what this cuts too. */
    private void studentOutput(CallScope scope, String output, long dropped) {
        int cap = settings.outputCapBytes();
        if (output.length() <= cap) {
            scope.studentOutput(output, dropped);
        } else {
            long cut = output.substring(cap).getBytes(StandardCharsets.UTF_8).length;
            scope.studentOutput(output.substring(0, cap), dropped + cut);
        }
    }

    private byte[] request(String call, Body body) {
        BoundedBuffer buffer = new BoundedBuffer(settings.maxFrameBytes());
        try (JsonGenerator out = json.createGenerator(buffer)) {
            out.writeStartObject();
            body.write(out);
            out.writeEndObject();
        } catch (FrameTooLargeException e) {
            throw new IllegalArgumentException("the arguments of " + call + " are too large to send to the worker (over "
                    + megabytes(settings.maxFrameBytes()) + ")", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot send the arguments of " + call + ": " + e.getMessage(), e);
        }
        return buffer.toByteArray();
    }

    private static String megabytes(int bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    private interface Body {
        void write(JsonGenerator out) throws IOException;
    }
}
