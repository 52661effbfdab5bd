package nngrader.sandbox;

import nngrader.cds.ClassDataSharing;
import nngrader.sandbox.jail.Jail;
import com.fasterxml.jackson.core.JsonFactory;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import nngrader.sandbox.wire.ValueCodec;
import nngrader.sandbox.wire.WireJson;

/**
 * Starts, reuses and restarts worker JVMs for one grading run, and hands out proxies whose calls
 * run the student's code there. One worker serves every test until a failure (timeout, exit,
 * crash, unreadable reply) kills it; the next call then starts a fresh one, and objects of the
 * old worker report that they are gone.
 *
 * <pre>{@code
 * try (Sandbox sandbox = new Sandbox(WorkerSettings.defaults(List.of(classesDir), workDir))) {
 *     SoftmaxRegression s = sandbox.instantiate(SoftmaxRegression.class, "nn.softmax.Softmax", scope);
 *     double[] a = s.softmax(new double[] {1, 2});      // runs in the worker
 * }
 * }</pre>
 *
 * Calls are serialized: one call runs in the worker at a time.
 *
 * <p>A proxy belongs to its scope (a test). When the test ends ({@link #release}), the worker is told to let go
 * of the objects the test received, so that a suite of many big graphs fits in the worker's heap, and the test's
 * proxies fail at once if they are used again.
 */
public final class Sandbox implements StudentObjects, AutoCloseable {
    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(60);
    /** How long a worker of grader cds may take to write its class-data archive at its exit. */
    private static final Duration ARCHIVE_WRITING = Duration.ofSeconds(60);
    /** How long the worker may take to answer a release (dropping entries of two maps: milliseconds). */
    private static final Duration RELEASE_LIMIT = Duration.ofSeconds(5);

    private final WorkerSettings settings;
    private final List<String> command;
    private final Map<String, String> environment;
    private final JsonFactory json;
    private final ValueCodec values = new ValueCodec();
    private final Alarms alarms = new Alarms();
    private final ReentrantLock lock = new ReentrantLock();
    /** Worker start-up that happened during a scope's calls, given back to its deadline. */
    private final Map<CallScope, Duration> startupCredit = Collections.synchronizedMap(new WeakHashMap<>());
    /** What each scope holds in the workers; weak, so that a scope that is never released is not kept either. */
    private final Map<CallScope, ScopeHandles> scopes = Collections.synchronizedMap(new WeakHashMap<>());
    /** The workers' memory ceiling, which tells a student's out-of-memory death from a kill from outside; or null. */
    private final MemoryCeiling cgroups;
    /** Kills what a dead worker's processes left running (its detached children), before a fresh worker starts. */
    private final Runnable killLeftovers;
    /** The ceiling's OOM kills counted when the current call began. */
    private long outOfMemoryKills;
    /**
     * Time spent answering a stand-in's callbacks during a scope's calls (see {@link ReferenceCalls}), given back
     * to its deadline up to {@value #CALLBACK_CREDIT_LIMITS} times its limit, so that a loop of callbacks still ends.
     */
    private final Map<CallScope, Duration> callbackCredit = Collections.synchronizedMap(new WeakHashMap<>());
    private static final int CALLBACK_CREDIT_LIMITS = 4;
    private final Thread killOnExit = new Thread(this::killWorker, "sandbox-shutdown");
    private volatile WorkerClient current;
    private volatile ReferenceCalls referenceCalls = ReferenceCalls.NONE;
    private volatile boolean closed;

    public Sandbox(WorkerSettings settings) {
        this(settings, WorkerCommand.of(settings), WorkerCommand.environment());
    }

    /** With another command line, e.g. {@link WorkerCommand#of} wrapped to drop privileges. */
    public Sandbox(WorkerSettings settings, List<String> command, Map<String, String> environment) {
        this(settings, command, environment, null, () -> { });
    }

    /**
     * In a jail ({@link Jail#openSandbox()}): {@code cgroups} is the workers' memory ceiling (or null), and
     * {@code killLeftovers} kills what a dead worker's processes left running before a fresh worker starts.
     */
    public Sandbox(WorkerSettings settings, List<String> command, Map<String, String> environment, MemoryCeiling cgroups,
            Runnable killLeftovers) {
        this.cgroups = cgroups;
        this.killLeftovers = killLeftovers;
        this.settings = settings;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.json = WireJson.factory(settings.maxFrameBytes());
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * A proxy of {@code api} whose calls go to a new instance of {@code className} (created in the
     * worker with its no-argument constructor at the first call), within {@code scope}'s deadline.
     */
    @Override
    public <T> T instantiate(Class<T> api, String className, CallScope scope) {
        if (!api.isInterface()) {
            throw new IllegalArgumentException(api.getName() + " is not an interface");
        }
        RemoteObject remote = RemoteObject.unborn(this, api, className, scope);
        handlesOf(scope).instantiated(remote);
        return api.cast(remote.proxy());
    }

    /**
     * {@code scope}'s test has ended: its proxies fail from now on, and the worker lets go of the objects the test
     * received (by the counts it received them, so that an object another test received too stays). Skipped when
     * a call is still running (the worker is busy, or about to be killed by its deadline), and when the worker that
     * holds them has died or been replaced (they went with it). Never throws: a worker that fails to answer is killed,
     * and the next call starts a fresh one.
     */
    @Override
    public void release(CallScope scope) {
        ScopeHandles ended = scopes.remove(scope);
        if (ended == null || !lock.tryLock()) {
            if (ended != null) {
                ended.end(null);
            }
            return;
        }
        try {
            WorkerClient client = closed ? null : current;
            Map<Long, Long> counts = ended.end(client);
            if (client != null && client.usable() && !counts.isEmpty()) {
                client.release(counts, scope, Instant.now().plus(RELEASE_LIMIT));
            }
        } catch (RuntimeException e) {
            // the worker did not answer, or badly: it was killed, and the next call starts a fresh one
        } finally {
            lock.unlock();
        }
    }

    /**
     * Who answers the calls of stand-ins for submitted files that did not compile, from workers started from
     * now on; {@link ReferenceCalls#NONE} (refuse them) until set.
     */
    @Override
    public void answerStandInsWith(ReferenceCalls calls) {
        referenceCalls = calls;
    }

    /** Kills the worker and every process it started; a call still running fails at once. */
    @Override
    public void close() {
        closed = true;
        WorkerClient running = current;
        if (running != null && ClassDataSharing.mode() == ClassDataSharing.Mode.MAKE) {
            running.finish(ARCHIVE_WRITING);
        } else if (running != null) {
            running.kill();
        }
        lock.lock();
        try {
            closed = true;
            killWorker();
        } finally {
            lock.unlock();
        }
        alarms.close();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to
        }
    }

    /** The process id of the current worker, if one is running; for tests and diagnostics. */
    Long workerPid() {
        WorkerClient client = current;
        return client == null || !client.usable() ? null : client.pid();
    }

    Object call(RemoteObject target, Method method, Object[] args) {
        target.checkNotReleased();
        String call = target.className() + "." + method.getName();
        CallScope scope = target.scope();
        checkTypes(method);
        Instant deadline = deadline(scope);
        if (!Instant.now().isBefore(deadline)) {
            throw new CallTimedOut(scope.limit(), call);
        }
        acquire(deadline, scope, call);
        try {
            try {
                return callOnce(target, method, args, call, scope);
            } catch (WorkerDied died) {
                WorkerDied why = overTheCeiling(died, call);
                if (why.reason() != WorkerDied.Reason.KILLED || closed || !target.reborn()) {
                    throw why;
                }
                // killed from outside the grading, not by the student's code: once more in a fresh worker
                killWorker();
                return callOnce(target, method, args, call, scope);
            }
        } catch (WorkerDied died) {
            throw overTheCeiling(died, call);
        } finally {
            lock.unlock();
        }
    }

    private Object callOnce(RemoteObject target, Method method, Object[] args, String call, CallScope scope) {
        WorkerClient client = clientFor(target, call);
        Instant deadline = deadline(scope);
        handleIn(client, target);
        outOfMemoryKills = cgroups == null ? 0 : cgroups.outOfMemoryKills();
        return client.call(target.handle(), call, method, args, new GraderHandles(this, client, scope), scope,
                deadline);
    }

    /**
     * A death the memory ceiling dealt is the student's: their processes used too much memory. (Through
     * unshare a killed worker may look like any other crash: the ceiling's count tells.)
     */
    private WorkerDied overTheCeiling(WorkerDied died, String call) {
        if (died.reason() == WorkerDied.Reason.EXIT || died.reason() == WorkerDied.Reason.OUT_OF_MEMORY || cgroups == null
                || cgroups.outOfMemoryKills() <= outOfMemoryKills) {
            return died;
        }
        return new WorkerDied(WorkerDied.Reason.OUT_OF_MEMORY, "ran out of memory (the worker and the processes it"
                + " started may use " + cgroups.memoryBytes() / (1024 * 1024) + " MB together) during " + call,
                List.of());
    }

    /**
     * The handle of {@code target} in {@code client}'s worker, creating the object there if this is
     * its first use. Called with the lock held.
     */
    long handleIn(WorkerClient client, RemoteObject target) {
        if (target.client() == null) {
            long handle = client.create(target.api(), target.className(), target.scope(), deadline(target.scope()));
            target.created(client, handle);
            handlesOf(target.scope()).created(client, handle, target);
        } else if (target.client() != client) {
            throw restarted(target.className());
        }
        return target.handle();
    }

    /**
     * The proxy for a handle that {@code client}'s reply carried during a call of {@code scope}: the one the
     * scope already holds for it, or a new one. Called with the lock held.
     */
    RemoteObject received(CallScope scope, WorkerClient client, long handle, Class<?> api, String className) {
        return handlesOf(scope).arrived(client, handle, api,
                () -> RemoteObject.existing(this, api, className, scope, client, handle));
    }

    private ScopeHandles handlesOf(CallScope scope) {
        return scopes.computeIfAbsent(scope, s -> new ScopeHandles());
    }

    private WorkerClient clientFor(RemoteObject target, String call) {
        if (closed) {
            throw new IllegalStateException("the sandbox is closed");
        }
        if (target.client() != null) {
            if (target.client() != current || current.broken()) {
                throw restarted(call);
            }
            return current;
        }
        if (current == null || !current.usable()) {
            if (current != null) {
                killWorker();
                // a fresh worker starts clean: nothing of the last one holds memory or waits for it
                killLeftovers.run();
            }
            current = WorkerClient.start(command, environment, settings, json, values, alarms, STARTUP_LIMIT,
                    referenceCalls, this::grantCallbackTime);
            startupCredit.merge(target.scope(), current.startup(), Duration::plus);
        }
        return current;
    }

    private static WorkerDied restarted(String what) {
        return new WorkerDied(WorkerDied.Reason.RESTARTED,
                "cannot use " + what + ": the worker was restarted after an earlier failure", List.of());
    }

    private Instant deadline(CallScope scope) {
        return Deadlines.plus(Deadlines.plus(scope.deadline(), startupCredit.getOrDefault(scope, Duration.ZERO)),
                callbackCredit.getOrDefault(scope, Duration.ZERO));
    }

    private Duration grantCallbackTime(CallScope scope, Duration spent) {
        synchronized (callbackCredit) {
            Duration cap = scope.limit().multipliedBy(CALLBACK_CREDIT_LIMITS);
            Duration had = callbackCredit.getOrDefault(scope, Duration.ZERO);
            Duration granted = spent.compareTo(cap.minus(had)) <= 0 ? spent : cap.minus(had);
            if (granted.isNegative()) {
                return Duration.ZERO;
            }
            callbackCredit.put(scope, had.plus(granted));
            return granted;
        }
    }

    /** Both types checked before the call, so student code never runs for a value that cannot come back. */
    private void checkTypes(Method method) {
        for (java.lang.reflect.Type p : method.getGenericParameterTypes()) {
            values.check(p);
        }
        if (method.getReturnType() != void.class) {
            values.check(method.getGenericReturnType());
        }
    }

    private void acquire(Instant deadline, CallScope scope, String call) {
        try {
            long nanos = Deadlines.nanosUntil(deadline);
            if (lock.tryLock(Math.max(0, nanos), TimeUnit.NANOSECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new CallTimedOut(scope.limit(), call);
    }

    private void killWorker() {
        WorkerClient client = current;
        if (client != null) {
            client.kill();
        }
        current = null;
    }
}
